import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { requestsFor } from '../helpers.js';

// A page of its own: lazy-load.test.ts checks that connect.js is not loaded.
const CONNECT = '@mono.co/connect.js';

describe('<mono-link-button> on intent', () => {
  it('prefetches connect.js on hover, before any click, and shows nothing', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_lazy"></mono-link-button>`);
    expect(requestsFor(CONNECT)).to.deep.equal([]);
    const rect = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.x + 5), Math.round(rect.y + 5)] });
    await waitUntil(() => requestsFor(CONNECT).length > 0, 'connect.js requested after hover');
    await waitUntil(() => typeof (window as { Connect?: unknown }).Connect === 'function', 'connect.js evaluated');
    // The widget's frame is prepared for a click (intent.test.ts): hidden, and out of the focus order.
    await waitUntil(() => document.querySelector('iframe'), 'frame prepared');
    for (const frame of document.querySelectorAll('iframe')) {
      expect(getComputedStyle(frame).display).to.equal('none');
      frame.focus();
      expect(document.activeElement).to.not.equal(frame);
    }
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
