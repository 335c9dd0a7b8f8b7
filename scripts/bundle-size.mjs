// Measures what a page pays before intent: the entry chunk plus every chunk
// it imports statically, minified and gzipped, with Lit inside. Lazily
// imported chunks (connect.js, the virtualizer) are listed apart, with what
// each imports, so linkPath() can add up what one path fetches after intent.
// Two bundlers, as consumers minify the npm entries: Rolldown (through Vite,
// as the CDN file is built) and esbuild (`--bundle --splitting --minify`).
// Used by the size-budget test and by `npm run bench`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { build } from 'vite';
import { connectJsModule, connectJsPlugin } from './connect-js.mjs';
import { minifyCssLiterals, minifyCssLiteralsPlugin } from './minify-css-literals.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Rolldown through Vite, as the CDN build (see vite.cdn.config.ts). */
async function rolldownChunks(entry) {
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
      // As the CDN build: library mode alone keeps whitespace and comments,
      // strict entry signatures split shared code out, and what the main file
      // loads at once must be told to stay in it.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output
    .filter((item) => item.type === 'chunk')
    .map((chunk) => ({
      file: chunk.fileName,
      code: chunk.code,
      isEntry: chunk.isEntry,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      modules: Object.keys(chunk.modules),
    }));
}

/**
 * esbuild as a consumer runs it on the npm entries: bundled, split, minified.
 * Licence comments are left out of the files (`legalComments: 'external'`,
 * as webpack's default moves them to a .LICENSE.txt): the page never fetches them.
 */
async function esbuildChunks(entry) {
  const importerOf = connectJsPlugin();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'external',
    write: false,
    outdir: `${root}.bundle-size`,
    metafile: true,
    plugins: [
      {
        name: 'as-shipped',
        setup(build) {
          // Our css`…` literals as dist/ has them, and connect.js as we ship it.
          build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => ({ contents: minifyCssLiterals(readFileSync(path, 'utf8'), path), loader: 'ts' }));
          build.onResolve({ filter: /^@mono\.co\/connect\.js$/ }, ({ importer }) => {
            const id = importerOf.resolveId('@mono.co/connect.js', importer);
            return id ? { path: id, namespace: 'connect-js' } : undefined;
          });
          build.onLoad({ filter: /.*/, namespace: 'connect-js' }, async () => ({ contents: await connectJsModule(), loader: 'js' }));
        },
      },
    ],
  });
  const name = (path) => path.slice(path.lastIndexOf('/') + 1);
  const code = new Map(result.outputFiles.map((file) => [name(file.path), file.text]));
  return Object.entries(result.metafile.outputs)
    .filter(([path]) => path.endsWith('.js'))
    .map(([path, meta]) => ({
      file: name(path),
      code: code.get(name(path)),
      // Every import() target is an entry point to esbuild: the page's is the one asked for.
      isEntry: meta.entryPoint === entry,
      imports: meta.imports.filter((item) => item.kind === 'import-statement').map((item) => name(item.path)),
      dynamicImports: meta.imports.filter((item) => item.kind === 'dynamic-import' && !item.external).map((item) => name(item.path)),
      modules: Object.keys(meta.inputs),
    }));
}

/** Bundles `entry` (a path from the repo root) as a browser would load it. */
export async function measureEntry(entry, { bundler = 'rolldown' } = {}) {
  const list = bundler === 'esbuild' ? await esbuildChunks(entry) : await rolldownChunks(entry);
  const chunks = new Map(list.map((chunk) => [chunk.file, chunk]));
  const initial = staticClosure(chunks, [list.find((chunk) => chunk.isEntry).file]);
  const size = (chunk) => ({
    file: chunk.file,
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzipSync(chunk.code, { level: 9 }).length,
    imports: chunk.imports,
    dynamicImports: chunk.dynamicImports,
    modules: chunk.modules,
  });
  const initialChunks = [...initial].map((name) => size(chunks.get(name)));
  const lazyChunks = list.filter((chunk) => !initial.has(chunk.file)).map(size);
  return {
    entry,
    bundler,
    initialBytes: initialChunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    initialGzip: initialChunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
    initialModules: initialChunks.flatMap((chunk) => chunk.modules),
    initialChunks,
    lazyChunks,
  };
}

function staticClosure(chunks, roots) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !chunks.has(file)) return;
    seen.add(file);
    for (const next of chunks.get(file).imports) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * What one path fetches after intent: the lazy chunks holding the modules it
 * imports dynamically (`roots`, matched against module ids), with every lazy
 * chunk those import statically. The entry's chunks are already there.
 */
export function linkPath(size, roots) {
  const chunks = new Map(size.lazyChunks.map((chunk) => [chunk.file, chunk]));
  const starts = size.lazyChunks.filter((chunk) => chunk.modules.some((id) => roots.some((root) => root.test(id)))).map((chunk) => chunk.file);
  const files = [...staticClosure(chunks, starts)];
  const fetched = files.map((file) => chunks.get(file));
  return { chunks: fetched, gzip: fetched.reduce((sum, chunk) => sum + chunk.gzip, 0) };
}
