import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vue must leave <mono-…> tags to the browser's custom element registry.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mono-') } } })],
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../dist-examples/vue', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
