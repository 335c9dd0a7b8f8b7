// npm run bench, section "intent": click → widget visible, with no intent
// first, after a hover and after keyboard focus, next to connect.js used
// directly (setup() at page load, open() on click), in one run.
import type { BrowserContext, Page } from 'playwright-core';
import { figure, type Figure } from './stats.js';

type NewContext = () => Promise<{ context: BrowserContext; page: Page }>;
export type Intent = 'none' | 'hover' | 'focus';

async function intentToWidget(newContext: NewContext, url: string, button: string, intent: Intent): Promise<{ frame: number; visible: number }> {
  const { context: ctx, page } = await newContext();
  let frameAt = 0;
  page.on('request', (request) => {
    if (!frameAt && request.url().startsWith('https://connect.mono.co')) frameAt = performance.now();
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  frameAt = 0; // a page that prepares its frame earlier (at load, on intent) counts 0: nothing is asked after the click
  const target = page.locator(button).first();
  if (intent === 'hover') await target.hover();
  if (intent === 'focus') await target.focus();
  // The time a user takes between pointing at the button and pressing it.
  if (intent !== 'none') await page.waitForTimeout(500);
  const clicked = performance.now();
  if (intent === 'focus') await page.keyboard.press('Enter');
  else await target.click();
  await page.waitForFunction(() => {
    const frame = document.getElementById('mono-connect--frame-id');
    return frame && getComputedStyle(frame).visibility === 'visible';
  }, null, { timeout: 10000, polling: 'raf' });
  const visible = performance.now() - clicked;
  await ctx.close();
  return { frame: frameAt ? Math.max(0, frameAt - clicked) : 0, visible };
}

async function intentFigures(newContext: NewContext, url: string, button: string, intent: Intent, runs: number) {
  const frames: number[] = [];
  const visibles: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { frame, visible } = await intentToWidget(newContext, url, button, intent);
    frames.push(frame);
    visibles.push(visible);
  }
  return { frame: figure(frames), visible: figure(visibles) };
}

export interface IntentFigures {
  cdnNoHover: { frame: Figure; visible: Figure };
  cdnHover: { frame: Figure; visible: Figure };
  cdnFocus: { frame: Figure; visible: Figure };
  connectDirect: { frame: Figure; visible: Figure };
}

export async function intentBench(newContext: NewContext, origin: string, runs: number): Promise<IntentFigures> {
  const cdn = `${origin}/bench/pages/cdn.html`;
  const button = 'mono-link-button button';
  return {
    cdnNoHover: await intentFigures(newContext, cdn, button, 'none', runs),
    cdnHover: await intentFigures(newContext, cdn, button, 'hover', runs),
    cdnFocus: await intentFigures(newContext, cdn, button, 'focus', runs),
    connectDirect: await intentFigures(newContext, `${origin}/dist-bench/connect-direct.html`, '#link', 'none', runs),
  };
}
