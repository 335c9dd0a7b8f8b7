import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { createSandboxDriver } from '../../../src/testing/index.js';
import { settle, waitForConnectFrame, windowListenerCounts } from '../helpers.js';

interface PageCounts {
  messageListeners: number;
  iframes: number;
  styles: number;
  widgetContainers: number;
}

function pageCounts(): PageCounts {
  const listeners = windowListenerCounts();
  return {
    messageListeners: listeners['message'] ?? 0,
    iframes: document.querySelectorAll('iframe').length,
    styles: document.querySelectorAll('style').length,
    widgetContainers: document.querySelectorAll('#mono-connect--widget-div, [data-mono-sandbox]').length,
  };
}

describe('<mono-link-button> open/close cycles leave nothing behind', () => {
  it('connect.js: 50 cycles leave the same listeners, frames and styles as one', async function () {
    this.timeout(60000);
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_leak"></mono-link-button>`);
    const cycle = async () => {
      const loaded = waitForConnectFrame(el);
      el.open();
      await loaded;
      const closed = oneEvent(el, 'mono-close');
      el.close();
      await closed;
    };
    await cycle();
    await settle(2100); // let connect.js's show-timer run
    const afterOne = pageCounts();
    for (let i = 1; i < 50; i++) await cycle();
    await settle(2100);
    const afterFifty = pageCounts();
    expect(afterFifty).to.deep.equal(afterOne);
    expect(afterOne.iframes).to.equal(1);
    expect(afterOne.widgetContainers).to.equal(1);
    expect(getComputedStyle(document.getElementById('mono-connect--widget-div')!).display).to.equal('none');
  });

  it('sandbox driver: 50 cycles leave the same listeners, frames and styles as one', async function () {
    this.timeout(60000);
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_leak"></mono-link-button>`);
    el.driver = createSandboxDriver();
    const cycle = async () => {
      const opened = oneEvent(el, 'mono-open');
      el.open();
      await opened;
      const closed = oneEvent(el, 'mono-close');
      el.close();
      await closed;
    };
    await cycle();
    const afterOne = pageCounts();
    for (let i = 1; i < 50; i++) await cycle();
    const afterFifty = pageCounts();
    expect(afterFifty).to.deep.equal(afterOne);
  });
});
