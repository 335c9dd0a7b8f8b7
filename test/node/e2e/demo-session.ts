import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startDemo, type Demo } from '../../../demo/server.js';
import { launchBrowser } from './browser.js';

export interface DemoSession {
  demo: Demo;
  browser: Browser;
}

/** `npm start`'s demo and a browser, started before a file's tests and stopped after them. */
export function useDemo(): DemoSession {
  const session = {} as DemoSession;
  before(async () => {
    session.demo = await startDemo({ port: 0, processingMs: 1500 });
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.demo?.close();
  });
  return session;
}

/** Opens the demo and waits until its sandbox says it is ready. */
export async function openDemo(page: Page, demo: Demo): Promise<void> {
  await page.goto(demo.url);
  await page.getByRole('status').filter({ hasText: 'Sandbox' }).waitFor();
}
