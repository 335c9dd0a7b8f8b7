import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-card/account-card.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import {
  accountBalanceAsString,
  accountMissingFields,
  accountOddCurrency,
  accountProcessingEmpty,
  accountWithoutId,
} from '../../fixtures/mono/account-partial-fields.js';
import { accountFlat } from '../../fixtures/mono/account-flat.js';
import { accountV2 } from '../../fixtures/mono/account-v2.js';
import type { MonoErrorEvent } from '../../../src/events/mono-error.js';
import { bodiesFetcher, captureWarnings, shadowText } from './mono-bodies.js';

const part = (el: MonoAccountCard, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

async function card(account: unknown): Promise<MonoAccountCard> {
  const el = await fixture<MonoAccountCard>(html`<mono-account-card account-id="acc" .fetcher=${bodiesFetcher({ account })}></mono-account-card>`);
  await waitUntil(() => part(el, 'balance') || el.shadowRoot!.querySelector('[role="alert"]'), 'settled');
  return el;
}

describe('<mono-account-card> with partial data', () => {
  it('shows a documented v2 account, masked, without its BVN', async () => {
    const el = await card(accountV2);
    expect(part(el, 'institution')).to.equal('Access Bank');
    expect(part(el, 'details')).to.equal('Digital savings account · •••• 7891');
    expect(part(el, 'balance')).to.equal('Balance: ₦4,821.50');
    expect(shadowText(el)).to.not.contain('0234567891');
    expect(shadowText(el)).to.not.contain('4821', 'the BVN digits');
    await expect(el).to.be.accessible();
  });

  it('shows the flat layout (lower-case status and currency)', async () => {
    const el = await card(accountFlat);
    expect(part(el, 'name')).to.equal('AMAKA OBI');
    expect(part(el, 'balance')).to.equal('Balance: ₦915.00');
    expect(part(el, 'status')).to.equal(undefined);
  });

  it('missing institution, name, number and balance: shows what it has, no error, no retry', async () => {
    const el = await card(accountMissingFields);
    expect(part(el, 'details')).to.equal('Current account');
    expect(part(el, 'balance')).to.equal('Balance unavailable');
    expect(part(el, 'institution')).to.equal(undefined);
    expect(part(el, 'name')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="retry"], [role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('still PROCESSING with null fields: says so, no field error', async () => {
    const el = await card(accountProcessingEmpty);
    expect(part(el, 'status')).to.equal('Fetching data from the bank…');
    expect(part(el, 'balance')).to.equal('Balance unavailable');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a balance it cannot read: the rest on screen, the field path for developers only', async () => {
    const warnings = captureWarnings();
    try {
      // Listening from the start: the error may come before fixture() returns.
      const errors: MonoErrorEvent[] = [];
      const el = await fixture<MonoAccountCard>(
        html`<mono-account-card account-id="acc" .fetcher=${bodiesFetcher({ account: accountBalanceAsString })} @mono-error=${(e: MonoErrorEvent) => errors.push(e)}></mono-account-card>`,
      );
      await waitUntil(() => errors.length > 0, 'mono-error');
      expect(errors).to.have.length(1);
      const [event] = errors as [MonoErrorEvent];
      expect(event.detail.phase).to.equal('fetch');
      expect(event.detail.error.code).to.equal('ACCOUNT_FIELDS_UNREADABLE');
      expect(event.detail.error.message).to.contain('data.account.balance should be a number, got string');
      await waitUntil(() => part(el, 'name'));
      expect(part(el, 'name')).to.equal('IFEOMA NWOSU');
      expect(part(el, 'balance')).to.equal('Balance unavailable');
      expect(shadowText(el)).to.not.contain('data.account');
      expect(warnings.messages.join('\n')).to.contain('data.account.balance');
    } finally {
      warnings.restore();
    }
  });

  it('a currency Intl cannot format is shown with its code, never as naira', async () => {
    const el = await card(accountOddCurrency);
    expect(part(el, 'balance')).to.equal('Balance: GHANA CEDI 1,500.00');
    expect(part(el, 'balance')).to.not.contain('₦');
  });

  it('no account id: an error in words for users; the field path goes to mono-error', async () => {
    const errors: MonoErrorEvent[] = [];
    const el = await fixture<MonoAccountCard>(
      html`<mono-account-card account-id="acc" .fetcher=${bodiesFetcher({ account: accountWithoutId })} @mono-error=${(e: MonoErrorEvent) => errors.push(e)}></mono-account-card>`,
    );
    await waitUntil(() => errors.length > 0, 'mono-error');
    expect(errors[0]!.detail.error.message).to.contain('data.account.id');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(part(el, 'base')).to.equal('This account could not be loaded. Retry');
    await expect(el).to.be.accessible();
  });
});
