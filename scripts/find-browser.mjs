// Finds a Chrome or Chromium for the browser tests, installing Debian's
// chromium when none is present and apt can be used (a fresh CI box or dev
// container). Playwright's own browser download is not used: it needs hosts
// that locked-down machines cannot reach, and a system browser is enough.
import { aptInstall, aptUpdate, canUseApt } from './apt.mjs';
import { findExecutable } from './executables.mjs';

const CANDIDATES = {
  linux: [
    'chromium',
    'chromium-browser',
    'google-chrome-stable',
    'google-chrome',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['LOCALAPPDATA'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

export function findBrowser() {
  return findExecutable('CHROME_PATH', CANDIDATES[process.platform] ?? []);
}

export const HOW_TO_INSTALL = `No Chrome or Chromium was found for the browser tests.
Install one, or point CHROME_PATH at an existing one:
  Debian/Ubuntu:  sudo apt-get install -y chromium        (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium             (or install Google Chrome)
  Windows:        install Google Chrome
  Any:            CHROME_PATH=/path/to/chrome npm test`;

/** Returns the browser's path, installing Debian's chromium first when that is possible. */
export function ensureBrowser() {
  const existing = findBrowser();
  if (existing) return existing;
  if (!canUseApt()) throw new Error(HOW_TO_INSTALL);
  console.log('No Chrome or Chromium found: installing Debian\'s "chromium" package with apt-get (one time, about 30 s)…');
  aptUpdate();
  aptInstall(['chromium']);
  const installed = findBrowser();
  if (!installed) throw new Error(`apt-get installed chromium, but no executable was found.\n${HOW_TO_INSTALL}`);
  console.log(`Installed ${installed}.`);
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
