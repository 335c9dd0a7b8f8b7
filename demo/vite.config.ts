import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

// The demo runs on the library's source, so edits show up without a build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: [
      { find: /^mono-connect-elements\/testing$/, replacement: src('testing/index.ts') },
      { find: /^mono-connect-elements\/react$/, replacement: src('react/index.ts') },
      { find: /^mono-connect-elements$/, replacement: src('index.ts') },
    ],
  },
  // Found late, Vite would optimise these on first use and reload the page mid-demo (and mid-test):
  // d3-array comes with <mono-spending-summary>, the virtualizer with <mono-transactions mode="infinite">.
  optimizeDeps: { include: ['d3-array', '@lit-labs/virtualizer'] },
  build: { target: 'es2022' },
  server: { host: '127.0.0.1', port: 5173 },
});
