// Measures what a page pays before intent: the entry chunk plus every chunk
// it imports statically, minified and gzipped, with Lit inside. Lazily
// imported chunks (connect.js, the virtualizer) are listed apart.
// Used by the size-budget test and by `npm run bench`.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { connectJsPlugin } from './connect-js.mjs';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Bundles `entry` (a path from the repo root) as a browser would load it. */
export async function measureEntry(entry) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // connect.js as we ship it (scripts/connect-js.mjs): its sources, without axios.
    plugins: [minifyCssLiteralsPlugin(), connectJsPlugin()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // As the CDN build (see vite.cdn.config.ts): library mode alone keeps
      // whitespace and comments, strict entry signatures split shared code out,
      // and what the main file loads at once must be told to stay in it.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry);
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const next of chunks.get(fileName).imports) visit(next);
  };
  visit(entryChunk.fileName);
  const size = (chunk) => ({ file: chunk.fileName, bytes: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length });
  const initialChunks = [...initial].map((name) => size(chunks.get(name)));
  const lazyChunks = [...chunks.values()].filter((chunk) => !initial.has(chunk.fileName)).map(size);
  const modules = (names) => names.flatMap((name) => Object.keys(chunks.get(name).modules));
  return {
    entry,
    initialBytes: initialChunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    initialGzip: initialChunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
    initialModules: modules([...initial]),
    initialChunks,
    lazyChunks,
  };
}
