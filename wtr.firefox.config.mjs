// Browser tests in Firefox, driven by puppeteer over WebDriver BiDi (no
// geckodriver, no downloaded browser). Run through `npm run test:browsers`,
// which finds or installs Firefox and sets FIREFOX_PATH.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import base from './wtr.base.config.mjs';
import { findFirefox } from './scripts/find-engines.mjs';
import { foreignAnswer, isForeign } from './test/fixtures/foreign-origins.mjs';

const executablePath = findFirefox();
if (!executablePath) throw new Error('No Firefox found: run `npm run test:browsers firefox`, which says what to install, or set FIREFOX_PATH.');

export default {
  ...base,
  browsers: [
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath, headless: true },
      async createPage({ context }) {
        const page = await context.newPage();
        // Puppeteer's request interception covers frames too, over BiDi.
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.isInterceptResolutionHandled()) return;
          if (!isForeign(request.url())) return void request.continue();
          const { status, contentType, body } = foreignAnswer();
          void request.respond({ status, contentType, body });
        });
        return page;
      },
    }),
  ],
};
