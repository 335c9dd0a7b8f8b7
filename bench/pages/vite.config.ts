import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

// The benchmark pages, built against the package as published (dist/).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  // Served from the repository root, as /dist-bench/….
  base: '/dist-bench/',
  build: {
    modulePreload: { polyfill: false },
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: { 'link-entry': page('link-entry'), 'connect-direct': page('connect-direct'), list: page('list'), network: page('network') },
      output: { minify: true },
    },
  },
});
