import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-status/account-status.js';
import type { MonoAccountStatus } from '../../../src/elements/account-status/account-status.component.js';
import { accountFlat } from '../../fixtures/mono/account-flat.js';
import { accountPlaceholders, accountProcessingEmpty, accountWithoutId } from '../../fixtures/mono/account-partial-fields.js';
import { bodiesFetcher } from './mono-bodies.js';

const label = (el: MonoAccountStatus) => el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim();

async function status(account: unknown): Promise<MonoAccountStatus> {
  return fixture<MonoAccountStatus>(
    html`<mono-account-status account-id="acc" poll-interval="60000" .fetcher=${bodiesFetcher({ account })}></mono-account-status>`,
  );
}

describe('<mono-account-status> on the layouts Mono documents', () => {
  it('PROCESSING with empty and null fields: shows processing, not a field error', async () => {
    const el = await status(accountProcessingEmpty);
    await waitUntil(() => el.status === 'PROCESSING', 'processing');
    expect(label(el)).to.equal('Fetching data from the bank…');
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads a lower-case data_status flat on data', async () => {
    const el = await status(accountFlat);
    await waitUntil(() => el.status === 'AVAILABLE', 'available');
    expect(label(el)).to.equal('Data ready');
  });

  it('a placeholder status is UNKNOWN (keep checking), not a crash', async () => {
    const el = await status(accountPlaceholders);
    await waitUntil(() => el.status === 'UNKNOWN', 'unknown');
    expect(label(el)).to.equal('Checking data status…');
  });

  it('no account id: words for users on screen, the field path only in mono-error', async () => {
    const messages: string[] = [];
    const el = await fixture<MonoAccountStatus>(
      html`<mono-account-status
        account-id="acc"
        .fetcher=${bodiesFetcher({ account: accountWithoutId })}
        @mono-error=${(event: CustomEvent<{ error: { message: string } }>) => messages.push(event.detail.error.message)}
      ></mono-account-status>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="retry"]'), 'error shown');
    expect(label(el)).to.equal('The account’s data status could not be checked.');
    expect(messages.join()).to.contain('data.account.id should be a non-empty account id');
  });
});
