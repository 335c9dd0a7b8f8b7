// custom-elements.json is a valid manifest that points at what is published:
// the custom-elements-manifest JSON schema (ajv), module paths that are
// files in dist/ with their .d.ts, and a definition for every element that
// names a module users can import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const manifest = read('custom-elements.json');
const pkg = read('package.json');
const schema = createRequire(import.meta.url)('custom-elements-manifest/schema.json');

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
}
const modules = manifest.modules as Module[];

/** Every `module` string anywhere in the manifest (superclass, inheritedFrom, declarations, type references). */
function moduleReferences(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) moduleReferences(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') found.push(inner);
      else moduleReferences(inner, found);
    }
  }
  return found;
}

test('custom-elements.json matches the custom-elements-manifest schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
});

test('every module path names a published dist/ file', () => {
  const paths = [...modules.map((module) => module.path), ...moduleReferences(modules)];
  assert.deepEqual(paths.filter((path) => !/^dist\/.+\.js$/.test(path)), [], 'not a dist/*.js path');
  assert.ok(
    pkg.files.some((entry: string) => entry.replace(/\/$/, '') === 'dist'),
    'package.json "files" does not publish dist/',
  );
  if (!existsSync(new URL('dist/index.js', root))) return assert.fail('dist/ is missing: run `npm run build` first.');
  const missing = [...new Set(paths)].flatMap((path) =>
    [path, path.replace(/\.js$/, '.d.ts')].filter((file) => !existsSync(new URL(file, root))),
  );
  assert.deepEqual(missing, [], 'named in custom-elements.json but not built');
});

test('every element has a definition in a module that package.json exports', () => {
  const targets = new Set(
    Object.values(pkg.exports as Record<string, unknown>).flatMap((target) => JSON.stringify(target).match(/dist\/[^"]+\.js/g) ?? []),
  );
  const definitions = modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ ...entry, path: module.path })),
  );
  const tags = modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  assert.ok(tags.length >= 5, `only ${tags.length} elements in custom-elements.json`);
  for (const element of tags) {
    const definition = definitions.find((entry) => entry.name === element.tagName);
    assert.ok(definition, `<${element.tagName}> has no custom-element-definition export`);
    assert.equal(definition.declaration.name, element.name, `<${element.tagName}> is defined with another class`);
    assert.ok(targets.has(definition.path), `<${element.tagName}> is registered by ${definition.path}, which package.json "exports" does not offer`);
  }
});
