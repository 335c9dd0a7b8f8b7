// Finds redis-server for the live-events tests and the benchmark, installing
// Debian's redis-server package when none is present and apt can be used
// (a fresh CI box or dev container), as find-browser.mjs does for Chromium.
// The tests start their own server on a free loopback port; nothing is
// left running and no system service is used.
import { aptInstall, aptUpdate, canUseApt } from './apt.mjs';
import { findExecutable } from './executables.mjs';

const CANDIDATES = ['redis-server', '/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'];

export function findRedis() {
  return findExecutable('REDIS_SERVER', CANDIDATES);
}

export const HOW_TO_INSTALL = `No redis-server was found for the Redis bus tests (Redis 6.2 or newer).
Install one, or point REDIS_SERVER at an existing binary:
  Debian/Ubuntu:  sudo apt-get install -y redis-server
  Fedora:         sudo dnf install -y redis               (or valkey)
  macOS:          brew install redis
  Windows:        use WSL, or Memurai
  Any:            REDIS_SERVER=/path/to/redis-server npm test`;

/** Returns redis-server's path, installing Debian's redis-server first when that is possible. */
export function ensureRedis() {
  const existing = findRedis();
  if (existing) return existing;
  if (!canUseApt()) throw new Error(HOW_TO_INSTALL);
  console.log('No redis-server found: installing Debian\'s "redis-server" package with apt-get (one time, about 10 s)…');
  aptUpdate();
  aptInstall(['redis-server']);
  const installed = findRedis();
  if (!installed) throw new Error(`apt-get installed redis-server, but no executable was found.\n${HOW_TO_INSTALL}`);
  console.log(`Installed ${installed}.`);
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureRedis());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
