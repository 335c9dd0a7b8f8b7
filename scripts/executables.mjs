// Finding programs on this machine: by absolute path, or by name on PATH.
// Shared by the scripts that look for browsers and their helpers.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` resolved on PATH (or checked as given when it contains a slash), else undefined. */
export function resolveCommand(name) {
  if (name.includes('/') || name.includes('\\')) return isExecutable(name) ? name : undefined;
  const which = process.platform === 'win32' ? 'where' : 'which';
  const found = spawnSync(which, [name], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.split(/\r?\n/)[0].trim() : '';
  return path && isExecutable(path) ? path : undefined;
}

/**
 * The program named by env var `envName` when it is set (an error when it is
 * not executable: a wrong override should not silently fall back), else the
 * first candidate that resolves, else undefined.
 */
export function findExecutable(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${envName} is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const candidate of candidates) {
    const path = resolveCommand(candidate);
    if (path) return path;
  }
  return undefined;
}
