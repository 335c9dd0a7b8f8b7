import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';

// The CDN build: one ES module with Lit inside for a plain
// <script type="module">. connect.js (and anything else imported lazily)
// becomes a sibling chunk in dist/cdn/, loaded from the same folder on intent.
export default defineConfig({
  plugins: [minifyCssLiteralsPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'mono-connect-elements.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace and comments in ES output; the CDN
        // file is for browsers, not bundlers, so minify it fully.
        minify: true,
      },
    },
  },
});
