// Everything the README documents for an element is in custom-elements.json
// (what editors, Storybook and the React/Vue wrappers read): every
// attribute, property, method, event, slot, part and CSS custom property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readmeDocs, type Documented } from './readme-docs.js';

const root = new URL('../../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as {
  modules: Array<{ declarations?: Array<Record<string, unknown> & { tagName?: string }> }>;
};

const names = (list: unknown) => new Set(((list as Array<{ name: string }> | undefined) ?? []).map((item) => item.name));

/** The manifest's names for each kind on one element. */
function manifestNames(tag: string): Record<Documented['kind'], Set<string>> | undefined {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tag);
  if (!declaration) return undefined;
  const members = (declaration.members as Array<{ name: string; kind: string; privacy?: string }> | undefined) ?? [];
  const publicMembers = members.filter((member) => (member.privacy ?? 'public') === 'public');
  return {
    attribute: names(declaration.attributes),
    property: names(publicMembers.filter((member) => member.kind === 'field')),
    method: names(publicMembers.filter((member) => member.kind === 'method')),
    event: names(declaration.events),
    slot: names(declaration.slots),
    part: names(declaration.cssParts),
    'css property': names(declaration.cssProperties),
  };
}

const documented = readmeDocs(readme);

test('the README documents every element it has a section for', () => {
  assert.deepEqual(
    [...documented.keys()].sort(),
    ['mono-account-card', 'mono-account-status', 'mono-accounts', 'mono-institution-picker', 'mono-link-button', 'mono-provider', 'mono-reauth-prompt', 'mono-spending-summary', 'mono-statement-download', 'mono-transactions'],
  );
  // Guards the parser: a README reshaped so that nothing is read would pass every test below.
  for (const [tag, docs] of documented) assert.ok(docs.length >= 3, `read only ${docs.length} documented names for <${tag}>`);
});

for (const [tag, docs] of documented) {
  test(`custom-elements.json has everything the README documents for <${tag}>`, () => {
    const inManifest = manifestNames(tag);
    assert.ok(inManifest, `<${tag}> is documented in the README but not in custom-elements.json`);
    const missing = docs.filter((doc) => !inManifest[doc.kind].has(doc.name));
    assert.deepEqual(
      missing.map((doc) => `${doc.kind} ${doc.name === '' ? '(default)' : doc.name}`),
      [],
      `<${tag}>: documented in README.md, missing from custom-elements.json (fix the class JSDoc, then \`npm run analyze\`)`,
    );
  });
}
