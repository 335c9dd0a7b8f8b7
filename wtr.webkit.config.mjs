// Browser tests in WebKit: WebKitGTK's MiniBrowser, driven by WebKitWebDriver
// (WebDriver classic) on a private Xvfb display. Run through
// `npm run test:browsers`, which finds or installs what this needs.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './wtr.base.config.mjs';
import { findWebKit } from './scripts/find-engines.mjs';
import { startForeignOriginProxy } from './scripts/foreign-origin-proxy.mjs';
import { startWebKitDriver } from './scripts/webkit-driver.mjs';

const { miniBrowser, driver, xvfb, openssl } = findWebKit();
if (!miniBrowser || !driver || !xvfb || !openssl) {
  throw new Error('WebKit is not fully installed: run `npm run test:browsers webkit`, which says what to install.');
}
// The WebDriver `proxy` capability is ignored by WebKitGTK: MiniBrowser's own flags are used.
const proxy = await startForeignOriginProxy({ openssl });
const webkit = await startWebKitDriver({ driver, xvfb });
process.on('exit', webkit.stop);

export default {
  ...base,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: webkit.port,
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // Else webdriverio 9 asks for BiDi, and WebKitWebDriver refuses the session.
        'wdio:enforceWebDriverClassic': true,
        acceptInsecureCerts: true,
        'webkitgtk:browserOptions': {
          binary: miniBrowser,
          args: ['--automation', `--proxy=http://${proxy}`, '--ignore-host=localhost', '--ignore-host=127.0.0.1', '--ignore-tls-errors'],
        },
      },
    }),
  ],
};
