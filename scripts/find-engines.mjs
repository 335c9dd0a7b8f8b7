// Finds what the browser tests need in each engine, and installs what is
// missing with apt where that is safe unasked (root on Debian/Ubuntu: CI, dev
// containers); anywhere else it says what to install. No tool downloads a
// browser of its own: Playwright, puppeteer and webdriverio only drive these.
//   chromium  Chrome/Chromium                     (CHROME_PATH; see find-browser.mjs)
//   firefox   Firefox (ESR or release)            (FIREFOX_PATH)
//   webkit    WebKitGTK's MiniBrowser, driven by WebKitWebDriver, on an Xvfb display,
//             with openssl for the throw-away certificate of the foreign origins
//             (MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH, OPENSSL_PATH)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall, aptUpdate, canUseApt, hasCandidate } from './apt.mjs';
import { findExecutable } from './executables.mjs';
import { findBrowser, HOW_TO_INSTALL as HOW_TO_INSTALL_CHROMIUM } from './find-browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX = {
  linux: ['firefox-esr', 'firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'],
  darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  win32: [`${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Mozilla Firefox\\firefox.exe`],
};

export function findFirefox() {
  return findExecutable('FIREFOX_PATH', FIREFOX[process.platform] ?? []);
}

/** MiniBrowser lives in a versioned, per-architecture directory (…/x86_64-linux-gnu/webkit2gtk-4.1/). */
function miniBrowserCandidates() {
  const found = [];
  for (const lib of ['/usr/lib', '/usr/libexec', '/usr/lib64']) {
    let entries = [];
    try {
      entries = readdirSync(lib, { withFileTypes: true });
    } catch {
      continue;
    }
    const dirs = [lib, ...entries.filter((e) => e.isDirectory() && e.name.endsWith('-linux-gnu')).map((e) => join(lib, e.name))];
    for (const dir of dirs) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) found.push(join(dir, api, 'MiniBrowser'));
    }
  }
  return found;
}

/** Each of WebKit's pieces, or undefined for the missing ones. */
export function findWebKit() {
  // WebKitGTK is Linux-only: elsewhere only explicit overrides count.
  const linux = process.platform === 'linux';
  return {
    miniBrowser: findExecutable('MINIBROWSER_PATH', linux ? miniBrowserCandidates() : []),
    driver: findExecutable('WEBKIT_DRIVER_PATH', linux ? ['WebKitWebDriver'] : []),
    xvfb: findExecutable('XVFB_PATH', linux ? ['Xvfb'] : []),
    openssl: findExecutable('OPENSSL_PATH', ['openssl']),
  };
}

const HOW_TO_INSTALL = {
  chromium: HOW_TO_INSTALL_CHROMIUM,
  firefox: `Firefox: sudo apt-get install -y firefox-esr (Debian; on Ubuntu, Firefox from Mozilla's apt repository); macOS: brew install --cask firefox; or set FIREFOX_PATH.`,
  webkit: `WebKit: the tests drive WebKitGTK on Linux. Debian/Ubuntu: sudo apt-get install -y webkit2gtk-driver xvfb openssl
  (or set MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH, OPENSSL_PATH). On macOS or Windows, run them in a Debian container.`,
};

/** What `engines` need, as { engine → paths }, with the apt packages for what is missing. */
function survey(engines) {
  const found = {};
  const missing = []; // [engine, apt package]
  if (engines.includes('chromium')) {
    found.chromium = { chrome: findBrowser() };
    if (!found.chromium.chrome) missing.push(['chromium', 'chromium']);
  }
  if (engines.includes('firefox')) {
    found.firefox = { firefox: findFirefox() };
    if (!found.firefox.firefox) missing.push(['firefox', 'firefox-esr']);
  }
  if (engines.includes('webkit')) {
    found.webkit = findWebKit();
    const { miniBrowser, driver, xvfb, openssl } = found.webkit;
    // webkit2gtk-driver brings libwebkit2gtk-4.1-0, which holds MiniBrowser.
    if (!miniBrowser || !driver) missing.push(['webkit', 'webkit2gtk-driver']);
    if (!xvfb) missing.push(['webkit', 'xvfb']);
    if (!openssl) missing.push(['webkit', 'openssl']);
  }
  return { found, missing };
}

/**
 * Paths for each of `engines`, installing missing packages with apt first
 * where possible. Throws with what to install, per engine, otherwise.
 */
export function ensureEngines(engines = ENGINES) {
  let { found, missing } = survey(engines);
  if (missing.length === 0) return found;
  const howTo = () => [...new Set(missing.map(([engine]) => engine))].map((engine) => HOW_TO_INSTALL[engine]).join('\n');
  if (!canUseApt()) throw new Error(`Missing for the browser tests:\n${howTo()}`);
  const packages = [...new Set(missing.map(([, name]) => name))];
  console.log(`Installing with apt-get for the browser tests (one time; about 1 minute and 900 MB with Firefox and WebKit): ${packages.join(' ')}`);
  aptUpdate();
  const unavailable = packages.filter((name) => !hasCandidate(name));
  if (unavailable.length > 0) throw new Error(`apt has no package ${unavailable.join(', ')} here.\n${howTo()}`);
  // With recommended packages, as the verified recipe installed them: the
  // engines' fonts and media bits come as recommendations.
  aptInstall(packages, { recommends: true });
  ({ found, missing } = survey(engines));
  if (missing.length > 0) throw new Error(`apt-get ran, but these are still missing:\n${howTo()}`);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const engines = process.argv.slice(2);
  try {
    console.log(JSON.stringify(ensureEngines(engines.length > 0 ? engines : ENGINES), null, 2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
