// Lit's css`…` literals reach the browser as written: comments, indentation
// and all. Nothing in our styles depends on that whitespace, so the build
// collapses it — in dist/ (for bundlers) and in the CDN file.

const CSS_LITERAL = /\bcss\s*`([^`]*)`/g;

/** Minifies the CSS inside css`…` literals that have no `${}` interpolation. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_LITERAL, (whole, body) => {
    if (body.includes('${')) return whole;
    const minified = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Only where a space can never matter: not around + (calc()), nor
      // before : (a descendant pseudo-class like \`a :hover\`).
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${minified}\``;
  });
}

/** The same as a Vite/Rolldown plugin, for source files. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
