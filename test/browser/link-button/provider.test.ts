import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/provider/provider.js';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import type { MonoProvider } from '../../../src/elements/provider/provider.component.js';
import { createSandboxDriver } from '../../../src/testing/index.js';
import { recording } from './recording-driver.js';

// A provider defined after its buttons: provider-late.test.ts (its own page).
describe('<mono-link-button> inside <mono-provider>', () => {
  it('reads the provider when the user acts, so later changes count', async () => {
    const first = recording(createSandboxDriver());
    const provider = await fixture<MonoProvider>(html`<mono-provider public-key="test_pk_first" .driver=${first}><mono-link-button></mono-link-button></mono-provider>`);
    const button = provider.querySelector<MonoLinkButton>('mono-link-button')!;
    const second = recording(createSandboxDriver());
    provider.publicKey = 'test_pk_second';
    provider.driver = second;
    await provider.updateComplete;

    setTimeout(() => button.open());
    await oneEvent(button, 'mono-open');
    expect(first.opened).to.deep.equal([]);
    expect(second.opened).to.deep.equal(['test_pk_second']);
    const closed = oneEvent(button, 'mono-close');
    button.close();
    expect((await closed).detail).to.deep.equal({ reason: 'api' });
  });

  it('refuses a secret key that comes from the provider, loading nothing', async () => {
    const driver = recording(createSandboxDriver());
    const provider = await fixture<MonoProvider>(html`<mono-provider public-key="live_sk_not_a_real_key" .driver=${driver}><mono-link-button></mono-link-button></mono-provider>`);
    const button = provider.querySelector<MonoLinkButton>('mono-link-button')!;
    setTimeout(() => button.open());
    const error = await oneEvent(button, 'mono-error');
    expect(error.detail.phase).to.equal('config');
    expect(error.detail.error.code).to.equal('SECRET_KEY_REFUSED');
    expect(driver.preloads).to.equal(0);
    expect(driver.opened).to.deep.equal([]);
  });
});
