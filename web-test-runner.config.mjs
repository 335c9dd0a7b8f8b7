// Browser tests: real Chromium (the system one, see scripts/find-browser.mjs)
// driven through Playwright, so that tests can intercept Mono's widget origin
// and read page internals (event listeners) over CDP.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findBrowser } from './scripts/find-browser.mjs';

const commonjs = fromRollup(rollupCommonjs);

// Pages served at foreign origins, so that origin checks meet real
// cross-origin frames: Mono's widget origin, and an attacker's.
const relayPage = readFileSync(new URL('./test/fixtures/message-relay.html', import.meta.url), 'utf8');
const FOREIGN_HOSTS = new Set(['connect.mono.co', 'evil.test']);

/** Server commands the tests call through `executeServerCommand`. */
function pageInternals() {
  return {
    name: 'page-internals',
    async executeCommand({ command, session }) {
      if (command !== 'count-window-listeners') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        const counts = {};
        for (const { type } of listeners) counts[type] = (counts[type] ?? 0) + 1;
        return counts;
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Lit prints a one-line dev-mode banner in every page; everything else is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    pageInternals(),
    // @mono.co/connect.js is a webpack UMD bundle (module.exports = connect).
    commonjs({
      include: ['**/node_modules/@mono.co/connect.js/**'],
      // plugin-commonjs >= 22 wraps modules (export { x as __require }) unless
      // strictRequires is false, and the dev server cannot build that proxy.
      strictRequires: false,
    }),
    // es2022, never 'auto': legacy decorators need lowering in Chromium.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? findBrowser(),
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      async createPage({ context }) {
        await context.route(
          (url) => FOREIGN_HOSTS.has(url.hostname),
          (route) => route.fulfill({ status: 200, contentType: 'text/html', body: relayPage }),
        );
        return context.newPage();
      },
    }),
  ],
};
