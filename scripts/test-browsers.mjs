// npm run test:browsers [-- chromium|firefox|webkit …] [-- other wtr args]
// The browser suite in each engine, one after another (never in parallel: the
// suite needs the page to itself and CI machines have few cores). Finds or
// installs what each engine needs first (scripts/find-engines.mjs), then runs
// that engine's wtr config and prints a summary. Exits non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, ensureEngines } from './find-engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CONFIGS = { chromium: 'web-test-runner.config.mjs', firefox: 'wtr.firefox.config.mjs', webkit: 'wtr.webkit.config.mjs' };

const args = process.argv.slice(2);
const chosen = args.filter((arg) => ENGINES.includes(arg));
const wtrArgs = args.filter((arg) => !ENGINES.includes(arg));
const engines = chosen.length > 0 ? ENGINES.filter((engine) => chosen.includes(engine)) : ENGINES;

let found;
try {
  found = ensureEngines(engines);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// The paths found are handed to the configs, which would otherwise search again.
const paths = {
  CHROME_PATH: found.chromium?.chrome,
  FIREFOX_PATH: found.firefox?.firefox,
  MINIBROWSER_PATH: found.webkit?.miniBrowser,
  WEBKIT_DRIVER_PATH: found.webkit?.driver,
  XVFB_PATH: found.webkit?.xvfb,
  OPENSSL_PATH: found.webkit?.openssl,
};
const env = {
  ...process.env,
  ...Object.fromEntries(Object.entries(paths).filter(([, path]) => path)),
  // Belt and braces: puppeteer must never fetch a browser of its own.
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PATH: `${root}node_modules/.bin${delimiter}${process.env.PATH}`,
};

const results = [];
for (const engine of engines) {
  console.log(`\n=== ${engine} (${CONFIGS[engine]}) ===`);
  const started = Date.now();
  // A failed run is run once more, and the summary says so: Firefox under
  // puppeteer's WebDriver BiDi sometimes ends the whole run without a report
  // partway through. A test that fails twice still fails the suite.
  let reruns = 0;
  let run;
  for (;;) {
    run = spawnSync('wtr', ['--config', CONFIGS[engine], ...wtrArgs], { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
    if (run.status === 0 || reruns === 1) break;
    reruns++;
    console.log(`\n=== ${engine}: the run failed or ended without a report (above); running it once more ===`);
  }
  results.push({ engine, ok: run.status === 0, reruns, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\nBrowser tests by engine:');
for (const { engine, ok, reruns, seconds } of results) {
  console.log(`  ${engine.padEnd(9)} ${ok ? 'passed' : 'FAILED'}  ${seconds} s${reruns ? ' (run twice: the first run failed)' : ''}`);
}
process.exit(results.every((result) => result.ok) ? 0 : 1);
