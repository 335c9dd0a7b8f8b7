// Lit's css`…` literals reach the browser as written: comments, indentation
// and all. Nothing in our styles depends on that whitespace, so the build
// collapses it — in dist/ (for bundlers) and in the CDN file. The literals
// are found with a real parser, so a comment or a string that mentions
// css`…` is never mistaken for one.
import { parseAst } from 'rolldown/parseAst';

/** A cheap test first: only text that may hold a css`…` literal is parsed. */
const MAY_HOLD_CSS = /\bcss\s*`/;

/** Collapses what whitespace and comments can never matter in a CSS text. */
function minifyCss(body) {
  return (
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Only where a space can never matter: not around + (calc()), nor
      // before : (a descendant pseudo-class like `a :hover`).
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // 0.5em → .5em: a number's leading zero, after what can start a value.
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      .trim()
  );
}

/** Every css`…` tagged template without `${}` interpolation, as [start, end) of its quasi. */
function cssLiterals(program) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      node.tag.name === 'css' &&
      node.quasi.expressions.length === 0
    ) {
      found.push(node.quasi);
      return;
    }
    for (const key in node) if (key !== 'parent') visit(node[key]);
  };
  visit(program);
  return found;
}

/** Minifies the CSS inside css`…` literals that have no `${}` interpolation. */
export function minifyCssLiterals(code, filename = 'module.js') {
  if (!MAY_HOLD_CSS.test(code)) return code;
  const lang = /\.[cm]?ts$/.test(filename) ? 'ts' : 'js';
  const literals = cssLiterals(parseAst(code, { lang, sourceType: 'module' }, filename));
  let out = '';
  let at = 0;
  for (const quasi of literals.sort((a, b) => a.start - b.start)) {
    const raw = quasi.quasis[0].value.raw;
    out += code.slice(at, quasi.start) + '`' + minifyCss(raw) + '`';
    at = quasi.end;
  }
  return out + code.slice(at);
}

/** The same as a Vite/Rolldown plugin, for source files. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id) || !MAY_HOLD_CSS.test(code)) return null;
      return { code: minifyCssLiterals(code, id), map: null };
    },
  };
}
