// The phone pages, each built on its own as a consumer's one-page app would
// be (vite, against the package as published in dist/): built together, the
// pages would share chunks that no single app has, and over HTTP/1.1 on a
// slow network every extra chunk is a measured cost that is not ours.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));
const out = fileURLToPath(new URL('../dist-bench/phone/', import.meta.url));
export const PHONE_PAGES = ['phone-link', 'phone-connect', 'phone-transactions', 'phone-plain'] as const;

/** Path of a built page on the bench host (served from the repository root). */
export const builtPage = (name: (typeof PHONE_PAGES)[number]) => `/dist-bench/phone/${name}/${name}.html`;

export async function buildPhonePages(): Promise<void> {
  for (const name of PHONE_PAGES) {
    await build({
      configFile: false,
      root: pages,
      logLevel: 'error',
      base: `/dist-bench/phone/${name}/`,
      build: {
        modulePreload: { polyfill: false },
        target: 'es2022',
        outDir: `${out}${name}`,
        emptyOutDir: true,
        rolldownOptions: { input: { [name]: `${pages}${name}.html` }, output: { minify: true } },
      },
    });
  }
}
