// Installing Debian/Ubuntu packages for the tests, only where that is safe to
// do unasked: running as root on a Debian-family machine (CI, dev containers).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolveCommand } from './executables.mjs';

export function canUseApt() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    resolveCommand('apt-get') !== undefined
  );
}

const env = () => ({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
// Another apt (unattended upgrades on a fresh machine, a second test command)
// may hold dpkg's lock: wait for it rather than fail the whole run.
const wait = ['-o', 'DPkg::Lock::Timeout=600'];

/** Refreshes the package lists; call once before hasCandidate()/aptInstall(). */
export function aptUpdate() {
  execFileSync('apt-get', [...wait, 'update', '-qq'], { stdio: 'inherit', env: env() });
}

/** Whether apt knows an installable version of `name` (Ubuntu has no firefox-esr, say). */
export function hasCandidate(name) {
  const policy = spawnSync('apt-cache', ['policy', name], { encoding: 'utf8', env: env() });
  const candidate = /Candidate:\s*(\S+)/.exec(policy.stdout ?? '')?.[1];
  return Boolean(candidate && candidate !== '(none)');
}

/** Installs `packages`; `recommends: true` also takes their recommended packages (fonts, codecs…). */
export function aptInstall(packages, { recommends = false } = {}) {
  const flags = recommends ? [] : ['--no-install-recommends'];
  execFileSync('apt-get', [...wait, 'install', '-y', '-qq', ...flags, ...packages], { stdio: 'inherit', env: env() });
}
