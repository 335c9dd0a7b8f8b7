// What every engine's browser-test run shares: files, plugins, the test page.
// Each engine's config adds only its launcher:
//   web-test-runner.config.mjs  Chromium (Playwright)   `npm test`
//   wtr.firefox.config.mjs      Firefox (puppeteer, BiDi)
//   wtr.webkit.config.mjs       WebKitGTK (WebDriver)
// `npm run test:browsers` runs all three (scripts/test-browsers.mjs).
// Nothing here may depend on one engine or driver: tests read page internals
// in the page (test/fixtures/window-listeners.js), and foreign origins are
// answered by each launcher from test/fixtures/foreign-origins.mjs.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { connectJsPlugin } from './scripts/connect-js.mjs';
import { liveEventsMiddleware } from './test/fixtures/live-events.mjs';
import { hostedBackendMiddleware } from './test/fixtures/hosted-backend.mjs';
import { phonePlugins } from './test/browser/phone/phone-plugins.mjs';

const commonjs = fromRollup(rollupCommonjs);
const windowListeners = readFileSync(new URL('./test/fixtures/window-listeners.js', import.meta.url), 'utf8');

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: leak and focus tests need the page to themselves, and
  // WebDriver launchers need it to use whole sessions rather than iframes.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // wtr's own page plus, first in <head>, the window-listener bookkeeping, so
  // it sees every listener the code under test adds.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>${windowListeners}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // Lit prints a one-line dev-mode banner in every page; everything else is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A Server-Sent Events stand-in on the test origin (test/fixtures/live-events.mjs).
  // And the real proxy + simulator for the hosted link, whose cookie needs a real origin (test/fixtures/hosted-backend.mjs).
  middleware: [liveEventsMiddleware, hostedBackendMiddleware],
  plugins: [
    // connect.js as every build we ship has it: its sources without axios
    // (scripts/connect-js.mjs), served under the package's URL.
    fromRollup(connectJsPlugin)(),
    // @mono.co/connect.js is a webpack UMD bundle (module.exports = connect).
    commonjs({
      include: ['**/node_modules/@mono.co/connect.js/**'],
      // plugin-commonjs >= 22 wraps modules (export { x as __require }) unless
      // strictRequires is false, and the dev server cannot build that proxy.
      strictRequires: false,
    }),
    // Story files and screenshot baselines for test/browser/phone.
    ...phonePlugins(),
    // es2022, never 'auto': legacy decorators need lowering in every engine.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
};
