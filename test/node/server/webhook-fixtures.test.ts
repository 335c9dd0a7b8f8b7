import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { verifyWebhook, webhookAccountId, type MonoWebhookEvent } from '../../../src/server/index.js';
import { accountConnected, accountConnected2022 } from '../../fixtures/mono/webhook-account-connected.js';
import { accountUnlinked, accountUnlinkedUnderscoreId } from '../../fixtures/mono/webhook-account-unlinked.js';
import { accountUpdated, accountUpdated2020, accountUpdatedAfterSync } from '../../fixtures/mono/webhook-account-updated.js';
import { jobFailed, jobFinished } from '../../fixtures/mono/webhook-jobs-update.js';
import { accountReauthorized, reauthorisationRequired } from '../../fixtures/mono/webhook-reauthorisation.js';

const SECRET = 'whsec_fixture_tests';

/** Through verifyWebhook, as Mono would post it, so the fixtures are checked as received events. */
const received = (body: unknown) =>
  verifyWebhook(
    new Request('http://app.test/api/mono/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mono-webhook-secret': SECRET },
      body: JSON.stringify(body),
    }),
    SECRET,
  );

describe('webhookAccountId on every webhook Mono documents', () => {
  for (const [name, fixture, id] of [
    ['account_connected (data.id)', accountConnected, '68c985839212c1cdb5d2c18'],
    ['account_connected, 2022 layout', accountConnected2022, '60770aa8c5878a2af69ed849'],
    ['account_updated (data.account._id)', accountUpdated, '5f171a530295e231abca1153'],
    ['account_updated after a real-time sync', accountUpdatedAfterSync, '66e2d530c293212b39d34aa8'],
    ['account_updated, 2020 layout', accountUpdated2020, '5fbcde8f8699984153e65537'],
    ['reauthorisation_required', reauthorisationRequired, '5fbcde8f8699984153e65537'],
    ['account_reauthorized', accountReauthorized, '5fbcde8f8699984153e65537'],
    ['account_unlinked (data.account.id)', accountUnlinked, '60770aa8c5878a2af69ed849'],
    ['account_unlinked (data.account._id)', accountUnlinkedUnderscoreId, '60770aa8c5878a2af69ed849'],
    ['jobs.update finished (data.account is a string)', jobFinished, '681b12e922f90e2319dea1a'],
    ['jobs.update failed', jobFailed, '681b12e922f90e2319dea1a'],
  ] as const) {
    test(name, async () => {
      const event = await received(fixture);
      assert.equal(event.event, fixture.event);
      assert.equal(webhookAccountId(event), id);
    });
  }

  test('a job\'s own id is never taken for the account\'s', () => {
    assert.notEqual(webhookAccountId(jobFinished as MonoWebhookEvent), jobFinished.data.id);
    const { account: _, ...withoutAccount } = jobFinished.data;
    assert.equal(webhookAccountId({ event: 'mono.accounts.jobs.update', data: withoutAccount }), undefined);
  });

  test('data.id counts only for account_connected', () => {
    for (const name of ['mono.events.account_updated', 'mono.events.account_unlinked', 'mono.events.something_new']) {
      assert.equal(webhookAccountId({ event: name, data: { id: '5f9a0c1b2d3e4f5a6b7c8d09' } }), undefined, name);
    }
  });

  test('an id that could not be used in a path is no id', () => {
    for (const account of ['../other', '', { _id: 'a/b' }, { id: 42 }, null]) {
      assert.equal(webhookAccountId({ event: 'mono.events.account_updated', data: { account } } as unknown as MonoWebhookEvent), undefined);
    }
  });
});
