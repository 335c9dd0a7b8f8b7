// A lazy chunk that imports other chunks costs a second round trip: the
// browser learns of them only once the chunk itself has arrived. In the CDN
// file, the widget runtime imported two small shared chunks that way, so a
// tap on a phone waited for the runtime, then for them (one more round trip,
// about 0.6 s on Slow 4G). Vite fixes this with a preload helper in apps, but
// not in library mode, which the CDN build is. This plugin does the same at
// each `import()` of a chunk: it first starts the imports of the chunks that
// one needs and the importer has not loaded, so they all travel together.
// Each extra import() is caught: a failure is reported by the real one.
import { posix } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

/** The chunks `file` imports statically, directly or not. */
function staticClosure(bundle, file, seen = new Set()) {
  for (const imported of bundle[file]?.imports ?? []) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticClosure(bundle, imported, seen);
  }
  return seen;
}

/** Every `import("…")` / import(`…`) with a literal source, as { start, end, specifier }. */
function dynamicImports(code) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'ImportExpression') {
      const { source } = node;
      const specifier =
        source.type === 'Literal' && typeof source.value === 'string'
          ? source.value
          : source.type === 'TemplateLiteral' && source.expressions.length === 0
            ? source.quasis[0].value.cooked
            : undefined;
      if (specifier !== undefined) found.push({ start: node.start, end: node.end, specifier });
    }
    for (const key in node) if (key !== 'type') visit(node[key]);
  };
  visit(parseAst(code));
  return found;
}

const relative = (from, to) => {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
};

/** Rewrites `code` (chunk `file` of `bundle`) so each lazy chunk's own imports start with it. */
export function preloadLazyDeps(bundle, file, code) {
  const loaded = staticClosure(bundle, file);
  loaded.add(file);
  const edits = [];
  for (const site of dynamicImports(code)) {
    const target = posix.join(posix.dirname(file), site.specifier);
    if (!bundle[target]) continue;
    const missing = [...staticClosure(bundle, target)].filter((dep) => !loaded.has(dep)).sort();
    if (missing.length === 0) continue;
    const original = code.slice(site.start, site.end);
    // Offsets from the parser must land on the expression itself, or the build stops here rather than ship a broken file.
    if (!original.startsWith('import(')) throw new Error(`preload-lazy-deps: ${file} at ${site.start} is not an import(): ${original.slice(0, 40)}`);
    const early = missing.map((dep) => `import(${JSON.stringify(relative(file, dep))}).catch(()=>{})`);
    edits.push({ ...site, text: `(${early.join(',')},${original})` });
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The Vite/Rolldown plugin: applies preloadLazyDeps to every chunk once the bundle's files are known. */
export function preloadLazyDepsPlugin() {
  return {
    name: 'mono:preload-lazy-deps',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.dynamicImports.length > 0) output.code = preloadLazyDeps(bundle, file, output.code);
      }
    },
  };
}
