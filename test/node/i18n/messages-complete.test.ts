// Every language ships every message English has, with English's shape: a
// string where English has a string, a function of as many arguments where
// English has a function. TypeScript checks this too (Translation<T>); this
// test also catches a table typed loosely, a loader that points at the wrong
// module, and a new element whose English table has no French yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Messages, MessageTable } from '../../../src/core/i18n/types.js';

const root = new URL('../../../', import.meta.url).pathname;
const REQUIRED = ['fr'];

const messageFiles = readdirSync(join(root, 'src/elements'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.messages.ts'))
  .sort();

const isTable = (value: unknown): value is MessageTable<Messages> =>
  typeof value === 'object' && value !== null && 'en' in value && 'load' in value;

test('there are message tables to check', () => {
  assert.ok(messageFiles.length >= 1, 'no src/elements/**/*.messages.ts found');
});

for (const file of messageFiles) {
  test(`${file}: every language has every English message, with its shape`, async () => {
    const module = (await import(pathToFileURL(join(root, 'src/elements', file)).href)) as Record<string, unknown>;
    const tables = Object.entries(module).filter(([, value]) => isTable(value)) as [string, MessageTable<Messages>][];
    assert.ok(tables.length > 0, `${file} exports no message table ({ en, load }): its element cannot be translated`);
    for (const [name, table] of tables) {
      for (const lang of REQUIRED) assert.ok(Object.hasOwn(table.load, lang), `${name} has no ${lang} table`);
      for (const [lang, load] of Object.entries(table.load)) {
        const translated = (await load()).default as Messages;
        const where = `${name}.${lang}`;
        assert.deepEqual(Object.keys(translated).sort(), Object.keys(table.en).sort(), `${where}: keys differ from English`);
        for (const [key, english] of Object.entries(table.en)) {
          const message = translated[key];
          assert.equal(typeof message, typeof english, `${where}.${key}: ${typeof message} where English has a ${typeof english}`);
          if (typeof english === 'function') {
            assert.equal((message as (...args: unknown[]) => string).length, english.length, `${where}.${key}: takes a different number of arguments`);
          } else {
            assert.ok((message as string).trim().length > 0, `${where}.${key} is empty`);
          }
        }
      }
    }
  });
}
