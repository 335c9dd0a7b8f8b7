import { defineConfig } from 'vite';
import { connectJsPlugin } from './scripts/connect-js.mjs';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';
import { preloadLazyDepsPlugin } from './scripts/preload-lazy-deps.mjs';

// The CDN build: one ES module with Lit inside for a plain
// <script type="module">. The data elements, the widget runtime, connect.js
// and the virtualizer become sibling chunks in dist/cdn/chunks/, loaded from
// the same folder when a page needs them. connect.js is Mono's own sources
// without axios (scripts/connect-js.mjs), its licence beside it.
export default defineConfig({
  // preloadLazyDepsPlugin: a lazy chunk's own imports travel with it (one round trip, not two).
  plugins: [minifyCssLiteralsPlugin(), connectJsPlugin(), preloadLazyDepsPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    lib: {
      entry: 'src/cdn/index.ts',
      formats: ['es'],
      fileName: () => 'mono-connect-elements.js',
    },
    rolldownOptions: {
      // Lets the bundler keep Lit and the shared core inside the main file
      // (which then also exports them to its lazy chunks) instead of
      // splitting them into extra chunks every page would fetch up front.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Every module the main file loads at once stays in it. Without this,
        // two lazy chunks that share Lit with it (the data elements and the
        // spending summary) make rolldown move Lit and the context into
        // common chunks the page must fetch before anything runs.
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace and comments in ES output; the CDN
        // file is for browsers, not bundlers, so minify it fully.
        minify: true,
      },
    },
  },
});
