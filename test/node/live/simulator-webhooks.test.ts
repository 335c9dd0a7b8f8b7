import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startHarness, postJson, type Harness } from '../server/harness.js';
import { openSse, type SseConnection } from './sse-client.js';

const SECRET = 'whsec_simulator';

/** The simulator posts Mono's webhooks to the proxy; the page's stream carries them. */
describe('simulator webhooks → proxy → event stream', () => {
  let harness: Harness;
  let accountId: string;
  let stream: SseConnection;

  before(async () => {
    harness = await startHarness({ webhookSecret: SECRET }, { processingMs: 300 });
    harness.simulator.setWebhook({ url: `${harness.url}/api/mono/webhooks`, secret: SECRET });
  });
  after(async () => {
    stream?.close();
    await harness.close();
  });

  test('on link: account_connected is delivered, then account_updated when the data is ready', async () => {
    const response = await harness.request('/api/mono/accounts/auth', { ...postJson({ code: harness.simulator.issueCode() }), user: 'ada' });
    accountId = ((await response.json()) as { id: string }).id;
    stream = await openSse(`${harness.url}/api/mono/events?account=${accountId}`, { 'x-test-user': 'ada' });
    const updated = await stream.nextEvent(3000);
    assert.equal(updated.event, 'account_updated');
    assert.deepEqual(JSON.parse(updated.data!), { accountId, dataStatus: 'AVAILABLE', retrievedData: ['identity', 'balance', 'transactions'] });
    assert.equal(harness.simulator.dataStatus(accountId), 'AVAILABLE');
    const sent = harness.simulator.webhookDeliveries.filter((delivery) => delivery.accountId === accountId);
    assert.deepEqual(
      sent.map(({ event, status }) => [event, status]),
      [
        ['mono.events.account_connected', 200],
        ['mono.events.account_updated', 200],
      ],
    );
  });

  test('on demand: re-auth needed, then cleared by a re-authorising link; unlinked', async () => {
    assert.equal(await harness.simulator.requireReauth(accountId), 200);
    assert.equal((await stream.nextEvent()).event, 'reauthorisation_required');
    const code = harness.simulator.issueCode({ accountId });
    assert.equal((await harness.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'ada' })).status, 200);
    assert.equal((await stream.nextEvent()).event, 'account_reauthorized');
    assert.equal(await harness.simulator.unlink(accountId), 200);
    const unlinked = await stream.nextEvent();
    assert.equal(unlinked.event, 'account_unlinked');
    assert.deepEqual(JSON.parse(unlinked.data!), { accountId });
  });

  test('the webhooks carry Mono’s secret: a proxy with another secret refuses them', async () => {
    harness.simulator.setWebhook({ url: `${harness.url}/api/mono/webhooks`, secret: 'whsec_wrong' });
    try {
      assert.equal(await harness.simulator.requireReauth('5f9a0c1b2d3e4f5a6b7c8d01'), 401);
    } finally {
      harness.simulator.setWebhook({ url: `${harness.url}/api/mono/webhooks`, secret: SECRET });
    }
  });
});
