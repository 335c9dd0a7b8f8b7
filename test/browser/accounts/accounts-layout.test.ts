import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { MonoAccounts } from '../../../src/elements/accounts/accounts.component.js';
import { backend, mount, part, root, rows, SIMULATED_ACCOUNTS } from './fixtures.js';

const { available, failed, partial } = SIMULATED_ACCOUNTS;

/** Every control a finger may need, in the list and in the open dialog. */
const targets = (el: MonoAccounts) => [...root(el).querySelectorAll<HTMLElement>('button, mono-link-button')].filter((node) => node.getClientRects().length > 0);

function expectFits(el: MonoAccounts) {
  const box = el.getBoundingClientRect();
  for (const node of root(el).querySelectorAll<HTMLElement>('li.account, li.account *:not(.visually-hidden):not(.visually-hidden *)')) {
    const rect = node.getBoundingClientRect();
    if (!rect.width) continue;
    expect(rect.right, `${node.className || node.tagName} ends inside the element`).to.be.at.most(box.right + 0.5);
  }
  expect(el.scrollWidth).to.be.at.most(el.clientWidth);
}

describe('<mono-accounts>: 320 px and touch targets', () => {
  afterEach(() => fixtureCleanup());

  for (const width of ['320px', '414px']) {
    it(`at ${width}: no horizontal overflow, every target at least 44 × 44 px`, async () => {
      const fetcher = backend({ accounts: [available, failed, partial] });
      const { el } = await mount(fetcher, { width, extra: html`<button slot="add" style="min-height:44px">Add</button>` });
      // A row in every look: cooling down (with its countdown), FAILED (Reconnect), plain.
      part(rows(el)[0]!, 'refresh').click();
      await waitUntil(() => rows(el)[0]!.querySelector('[part="cooldown"]'));
      expectFits(el);
      for (const target of targets(el)) {
        const rect = target.getBoundingClientRect();
        expect(rect.height, `${target.textContent!.trim()} height`).to.be.at.least(44);
        expect(rect.width, `${target.textContent!.trim()} width`).to.be.at.least(44);
      }
      part(rows(el)[1]!, 'disconnect').click();
      await waitUntil(() => root(el).querySelector('dialog')!.open);
      const dialog = root(el).querySelector('dialog')!;
      // The dialog sits in the top layer, sized by the viewport (at most 28rem, and 1rem from each edge), not by the list.
      const box = dialog.getBoundingClientRect();
      expect(box.width).to.be.at.most(Math.min(448, innerWidth - 32) + 0.5);
      for (const button of dialog.querySelectorAll('button')) {
        const rect = button.getBoundingClientRect();
        expect(rect.height).to.be.at.least(44);
        expect(rect.right).to.be.at.most(box.right);
      }
      await expect(el).to.be.accessible();
    });
  }
});
