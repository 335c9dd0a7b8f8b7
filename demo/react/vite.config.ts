import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built against the package as published (dist/, through package.json
// "exports" and "sideEffects"), so this example checks what users get.
// Vite's own transform handles the JSX (automatic runtime); no React plugin needed.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../dist-examples/react', import.meta.url)), emptyOutDir: true },
});
