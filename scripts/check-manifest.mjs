// Fails when custom-elements.json is stale: editors and Storybook read it and
// the React and Vue wrappers are generated from it, so it must match the
// elements' JSDoc and code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The module paths whose entries differ between two manifests, so the message says where to look. */
function staleModules(fresh, committed) {
  const byPath = (manifest) => new Map((manifest.modules ?? []).map((module) => [module.path, JSON.stringify(module)]));
  const [a, b] = [byPath(fresh), byPath(committed)];
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path));
  if (paths.length === 0 && JSON.stringify(fresh) !== JSON.stringify(committed)) paths.push('top level');
  return paths;
}
// The analyzer resolves --outdir against the working directory.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const out = mkdtempSync(join(root, 'node_modules/.cache/cem-check-'));
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out.slice(root.length), '--quiet'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  } catch {
    // reported below
  }
  const stale = staleModules(JSON.parse(fresh), committed ? JSON.parse(committed) : { modules: [] });
  if (stale.length > 0) {
    console.error(`custom-elements.json is stale (${stale.join(', ')}): run \`npm run analyze && npm run generate:wrappers\` and commit the results.`);
    // Not process.exit(): the temporary folder is removed below.
    process.exitCode = 1;
  } else {
    console.log('custom-elements.json is current.');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
