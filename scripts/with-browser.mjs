// Runs a command with CHROME_PATH pointing at a usable Chrome/Chromium:
//   node scripts/with-browser.mjs wtr [args…]
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './find-browser.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-browser.mjs <command> [args…]');
  process.exit(2);
}
let browser;
try {
  browser = ensureBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
