import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/spending-summary/spending-summary.js';
import type { MonoSpendingSummary } from '../../../src/elements/spending-summary/spending-summary.component.js';
import { rowsFetcher } from '../data/fixtures.js';
import { $, busyRows, DARK, state } from './summary-fixtures.js';

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

async function summary(style = ''): Promise<MonoSpendingSummary> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${style}><mono-spending-summary account-id="acc" months="6" end="2026-10-31" .fetcher=${rowsFetcher(busyRows(400, 6), 100)}></mono-spending-summary></div>`,
  );
  const el = wrapper.querySelector('mono-spending-summary')!;
  await state(el, 'ready');
  return el;
}

describe('<mono-spending-summary> colours', () => {
  for (const [theme, style] of [['light', ''], ['dark', DARK]] as const) {
    it(`bars stand out from the surface at 3:1 or more (${theme})`, async () => {
      const el = await summary(style);
      const surface = getComputedStyle($(el, '[part="base"]')!).backgroundColor;
      const shapes = {
        'money in (fill)': getComputedStyle($(el, 'rect.bar.in')!).fill,
        'money out (outline)': getComputedStyle($(el, 'rect.bar.out')!).stroke,
        'category (fill)': getComputedStyle($(el, '.category rect.bar')!).fill,
      };
      for (const [name, color] of Object.entries(shapes)) {
        expect(contrast(color, surface), `${name} ${color} on ${surface}`).to.be.at.least(3);
      }
    });
  }

  it('in forced colours, money in is solid and money out outlined, in system colours', async function () {
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      this.skip(); // The driver cannot emulate forced colours (only Chromium's can).
    }
    try {
      const el = await summary();
      const inBar = getComputedStyle($(el, 'rect.bar.in')!);
      const outBar = getComputedStyle($(el, 'rect.bar.out')!);
      expect(inBar.fill).to.not.equal(outBar.fill);
      expect(outBar.stroke).to.equal(inBar.fill, 'the outline is drawn in the solid bar\'s colour');
      expect(parseFloat(outBar.strokeWidth)).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});
