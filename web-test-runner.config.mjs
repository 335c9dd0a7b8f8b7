// Browser tests in Chromium (the system one, see scripts/find-browser.mjs),
// driven through Playwright: the config `npm test` uses. Shared settings are in
// wtr.base.config.mjs; this file adds only the launcher.
import { playwrightLauncher } from '@web/test-runner-playwright';
import base from './wtr.base.config.mjs';
import { findBrowser } from './scripts/find-browser.mjs';
import { foreignAnswer, isForeign } from './test/fixtures/foreign-origins.mjs';

export default {
  ...base,
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
        await context.route(isForeign, (route) => route.fulfill(foreignAnswer()));
        return context.newPage();
      },
    }),
  ],
};
