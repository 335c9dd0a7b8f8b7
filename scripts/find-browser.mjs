// Finds a Chrome or Chromium for the browser tests, installing Debian's
// chromium when none is present and apt can be used (a fresh CI box or dev
// container). Playwright's own browser download is not used: it needs hosts
// that locked-down machines cannot reach, and a system browser is enough.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

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

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function resolveCommand(name) {
  if (name.includes('/') || name.includes('\\')) return isExecutable(name) ? name : undefined;
  const which = process.platform === 'win32' ? 'where' : 'which';
  const found = spawnSync(which, [name], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.split(/\r?\n/)[0].trim() : '';
  return path && isExecutable(path) ? path : undefined;
}

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const candidate of CANDIDATES[process.platform] ?? []) {
    const path = resolveCommand(candidate);
    if (path) return path;
  }
  return undefined;
}

function canUseApt() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    resolveCommand('apt-get') !== undefined
  );
}

const HOW_TO_INSTALL = `No Chrome or Chromium was found for the browser tests.
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
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
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
