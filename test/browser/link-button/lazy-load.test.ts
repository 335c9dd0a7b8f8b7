import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { requestsFor, settle } from '../helpers.js';

// Nothing here may load connect.js: once imported it stays in the page, so
// the hover that does load it is tested in prefetch.test.ts (its own page).
const CONNECT = '@mono.co/connect.js';

describe('<mono-link-button> loads nothing before intent', () => {
  it('renders without requesting connect.js or touching the page', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_lazy"></mono-link-button>`);
    await settle(100);
    expect(requestsFor(CONNECT)).to.deep.equal([]);
    expect((window as { Connect?: unknown }).Connect).to.equal(undefined);
    expect(document.querySelectorAll('iframe')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Link bank account');
  });

  it('refuses a secret key on click: mono-error (config), no widget, no request', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_sk_not_a_real_key"></mono-link-button>`);
    const stylesBefore = document.head.querySelectorAll('style').length;
    const button = el.shadowRoot!.querySelector('button')!;
    const rect = button.getBoundingClientRect();
    // Hovering with a refused key must not prefetch either.
    await sendMouse({ type: 'move', position: [Math.round(rect.x + 5), Math.round(rect.y + 5)] });
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'mono-error');
    expect(event.detail.phase).to.equal('config');
    expect(event.detail.error.code).to.equal('SECRET_KEY_REFUSED');
    expect(event.detail.error.message).to.not.contain('test_sk_not_a_real_key');
    await settle(100);
    expect(requestsFor(CONNECT)).to.deep.equal([]);
    expect(document.querySelectorAll('iframe')).to.have.length(0);
    expect(document.head.querySelectorAll('style').length).to.equal(stylesBefore);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('refuses a missing key the same way', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button></mono-link-button>`);
    setTimeout(() => el.open());
    const event = await oneEvent(el, 'mono-error');
    expect(event.detail).to.deep.include({ phase: 'config' });
    expect(event.detail.error.code).to.equal('MISSING_PUBLIC_KEY');
    await settle(100);
    expect(requestsFor(CONNECT)).to.deep.equal([]);
    expect(document.querySelectorAll('iframe')).to.have.length(0);
  });
});
