// The analyzer reads src/*.ts, but only dist/ is published: a manifest that
// names src/ files sends editors, Storybook and wrapper generators to paths
// that do not exist in the installed package. Runs last (user plugins follow
// the analyzer's own in every phase), when inheritance and definitions are
// linked, and rewrites every module path to the file tsc emits for it.
import { posix } from 'node:path';

/** `src/elements/x.ts` or `/src/elements/x.js` → `dist/elements/x.js`. */
export function publishedPath(path, { from = 'src/', to = 'dist/' } = {}) {
  const relative = path.replace(/^\//, '');
  if (!relative.startsWith(from)) return path;
  return to + relative.slice(from.length).replace(/\.ts$/, '.js');
}

/**
 * Re-exports (`export type { X } from './x.messages.js'`) come out of the
 * analyzer as paths relative to the exporting module: resolved against its
 * `dir` first, so they too name a published file.
 */
function rewriteModules(value, options, dir) {
  if (Array.isArray(value)) {
    for (const item of value) rewriteModules(item, options, dir);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') {
        const resolved = /^\.\.?\//.test(inner) ? posix.join(dir, inner) : inner;
        value[key] = publishedPath(resolved, options);
      } else rewriteModules(inner, options, dir);
    }
  }
}

export function publishedPathsPlugin(options = {}) {
  return {
    name: 'mono: published module paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const dir = posix.dirname(module.path.replace(/^\//, ''));
        module.path = publishedPath(module.path, options);
        rewriteModules(module.declarations, options, dir);
        rewriteModules(module.exports, options, dir);
      }
      // In path order: the analyzer lists modules in the order its globs
      // happen to find them, which differs from run to run when patterns
      // overlap, and the committed file must be reproducible.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
