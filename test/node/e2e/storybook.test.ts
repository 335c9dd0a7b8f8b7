// Builds Storybook (offline) and opens every story in Chromium: a story
// that throws or logs a console error fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchForErrors } from './browser.js';
import { serveStatic } from './serve-static.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = `${root}dist-examples/storybook`;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let stories: { id: string; title: string; name: string }[];

before(async () => {
  execFileSync(process.execPath, [`${root}node_modules/storybook/dist/bin/dispatcher.js`, 'build', '--disable-telemetry', '--quiet', '-o', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  const index = JSON.parse(readFileSync(`${outDir}/index.json`, 'utf8')) as { entries: Record<string, { id: string; type: string; title: string; name: string }> };
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  site = await serveStatic(outDir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('every element has stories for its states', () => {
  const titles = new Set(stories.map((story) => story.title));
  for (const tag of ['mono-link-button', 'mono-transactions', 'mono-account-status', 'mono-account-card']) {
    assert.ok(titles.has(`Elements/${tag}`), `no stories for ${tag}`);
  }
  const transactionStories = stories.filter((story) => story.title === 'Elements/mono-transactions').map((story) => story.name);
  for (const name of ['Ready', 'Loading', 'Processing', 'Empty', 'Fetch Error', 'Failed', 'Partial', 'Dark Theme', 'French Locale', 'Long History']) {
    assert.ok(transactionStories.includes(name), `mono-transactions has no "${name}" story`);
  }
});

test('every story renders without errors', async () => {
  const page = await browser.newPage();
  const problems = watchForErrors(page);
  for (const story of stories) {
    const before = problems.length;
    await page.goto(`${site.url}/iframe.html?id=${story.id}&viewMode=story`);
    await page.locator('#storybook-root > *').first().waitFor({ timeout: 15000 });
    // Let the story's first requests and renders settle.
    await page.waitForTimeout(400);
    const rendered = await page.evaluate(() => {
      const first = document.querySelector('#storybook-root')!.firstElementChild;
      const element = first?.tagName.startsWith('MONO-') ? first : first?.querySelector('[class], *');
      return Boolean(element && (element.shadowRoot ? element.shadowRoot.childElementCount > 0 : true));
    });
    assert.ok(rendered, `${story.id} rendered nothing`);
    assert.deepEqual(problems.slice(before), [], `${story.id} logged errors`);
  }
});
