import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-card/account-card.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';

const part = (el: MonoAccountCard, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<mono-account-card>', () => {
  it('shows bank, name, masked number, type and balance', async () => {
    const fetcher = createMemoryFetcher();
    const account = fetcher.simulator.account(SIMULATED_ACCOUNTS.available)!;
    const el = await fixture<MonoAccountCard>(html`<mono-account-card account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${fetcher}></mono-account-card>`);
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'name'), 'loaded');
    expect(part(el, 'institution')).to.equal(account.bank.name);
    expect(part(el, 'name')).to.equal(account.name);
    const type = account.type.charAt(0) + account.type.slice(1).toLowerCase();
    expect(part(el, 'details')).to.equal(`${type} · •••• ${account.accountNumber.slice(-4)}`);
    expect(el.shadowRoot!.textContent).to.not.contain(account.accountNumber);
    const naira = new Intl.NumberFormat('en-NG', { style: 'currency', currency: 'NGN' }).format(account.balance / 100);
    expect(part(el, 'balance')).to.equal(`Balance: ${naira}`);
    expect(part(el, 'status')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says when only partial data is available', async () => {
    const el = await fixture<MonoAccountCard>(html`<mono-account-card account-id=${SIMULATED_ACCOUNTS.partial} .fetcher=${createMemoryFetcher()}></mono-account-card>`);
    await waitUntil(() => part(el, 'status'));
    expect(part(el, 'status')).to.contain('Partial data');
  });

  it('shows an error with a retry that recovers', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 0 } });
    fetcher.simulator.faults.serverErrors = 1;
    // Listening from the start: the error may come before fixture() returns.
    const errors: CustomEvent[] = [];
    const el = await fixture<MonoAccountCard>(
      html`<mono-account-card account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${fetcher} @mono-error=${(e: CustomEvent) => errors.push(e)}></mono-account-card>`,
    );
    await waitUntil(() => errors.length > 0, 'mono-error');
    expect(errors[0]!.detail).to.deep.include({ phase: 'fetch' });
    expect(errors[0]!.detail.error).to.deep.include({ code: 'UPSTREAM_ERROR', status: 502 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    (el.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => part(el, 'name'), 'loaded after retry');
  });
});
