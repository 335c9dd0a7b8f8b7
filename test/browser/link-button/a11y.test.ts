import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { createSandboxDriver } from '../../../src/testing/index.js';
import { LINK_EVENTS, recordEvents, settle } from '../helpers.js';
import { recording } from './recording-driver.js';

const innerButton = (el: MonoLinkButton) => el.shadowRoot!.querySelector('button')!;

async function tabTo(el: MonoLinkButton): Promise<void> {
  // A real Tab from a focusable element before the button.
  const before = document.createElement('input');
  before.setAttribute('aria-label', 'before');
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement).to.equal(innerButton(el));
  before.remove();
}

describe('<mono-link-button> as a button', () => {
  it('is accessible, with its label from the slot', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_a11y">Connect GTBank</mono-link-button>`);
    await expect(el).to.be.accessible();
    expect(innerButton(el).getAttribute('type')).to.equal('button');
    expect(innerButton(el).getAttribute('aria-busy')).to.equal('false');
  });

  // ' ' rather than 'Space': Playwright, puppeteer over BiDi and WebDriver all know it.
  for (const [name, key] of [['Enter', 'Enter'], ['Space', ' ']]) {
    it(`opens from the keyboard (${name}), is busy then disabled while live, and returns focus on close`, async () => {
      const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_a11y"></mono-link-button>`);
      const driver = createSandboxDriver({ openDelayMs: 100 });
      el.driver = driver;
      await tabTo(el);
      const opened = oneEvent(el, 'mono-open');
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(innerButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(innerButton(el).disabled).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part=spinner]'), 'the spinner while busy').to.exist;
      await expect(el).to.be.accessible();
      await opened;
      await el.updateComplete;
      expect(innerButton(el).getAttribute('aria-busy')).to.equal('false');
      expect(el.shadowRoot!.querySelector('[part=spinner]'), 'no spinner once open').to.equal(null);
      expect(innerButton(el).disabled).to.equal(true);
      const closed = oneEvent(el, 'mono-close');
      driver.exit();
      await closed;
      await waitUntil(() => el.shadowRoot!.activeElement === innerButton(el), 'focus back on the button');
      expect(innerButton(el).disabled).to.equal(false);
    });
  }

  it('does nothing when disabled', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_a11y" disabled></mono-link-button>`);
    const driver = recording(createSandboxDriver());
    el.driver = driver;
    const log = recordEvents(el, LINK_EVENTS);
    innerButton(el).click();
    el.open();
    // An open() that went ahead would be busy at once.
    await el.updateComplete;
    expect(innerButton(el).getAttribute('aria-busy')).to.equal('false');
    await settle(100);
    expect(log).to.deep.equal([]);
    expect(driver.opened).to.deep.equal([]);
    expect(innerButton(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a visible focus ring for keyboard focus', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_a11y"></mono-link-button>`);
    expect(getComputedStyle(innerButton(el)).boxShadow, 'no ring before focus').to.equal('none');
    await tabTo(el);
    expect(getComputedStyle(innerButton(el)).boxShadow).to.not.equal('none');
  });

  it('takes theme colours from custom properties set on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--mono-accent: rgb(10, 120, 60); --mono-button-radius: 2px"><mono-link-button public-key="test_pk_a11y"></mono-link-button></div>`,
    );
    const button = innerButton(wrapper.querySelector('mono-link-button')!);
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(10, 120, 60)');
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('2px');
  });
});
