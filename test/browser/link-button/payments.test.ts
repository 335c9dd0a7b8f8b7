import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { createSandboxDriver, type SimulatedPaymentStatus } from '../../../src/testing/index.js';
import { LINK_EVENTS, connectFrame, recordEvents, relay, settle, waitForConnectFrame } from '../helpers.js';
import { recordConfigs, sessionBackend } from './session-helpers.js';

async function payButton(fetcher: MonoFetcher) {
  const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_pay" scope="payments"></mono-link-button>`);
  el.fetcher = fetcher;
  return el;
}

describe('<mono-link-button scope="payments">: the server decides and verifies', () => {
  it('a page that edits the amount cannot change what Mono is asked for; mono-paid carries the verified amount', async () => {
    const { fetcher, simulator, wire } = sessionBackend();
    const { driver, configs } = recordConfigs(createSandboxDriver({ simulator }));
    const el = await payButton(fetcher);
    el.driver = driver;
    el.payment = { orderId: 'o1', amount: 1 }; // as a user might edit it in devtools
    const log = recordEvents(el, [...LINK_EVENTS, 'mono-paid']);
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    const [initiated] = simulator.payments.all;
    expect(initiated!.amount).to.equal(150000);
    expect(configs[0]!.data).to.deep.equal({ payment_id: initiated!.id });
    driver.link();
    const paid = await oneEvent(el, 'mono-paid');
    expect(paid.detail).to.deep.equal({ reference: initiated!.reference, status: 'successful', amount: 150000, currency: 'NGN' });
    expect(log.map((e) => e.type).filter((type) => type !== 'mono-event')).to.deep.equal(['mono-load', 'mono-open', 'mono-success', 'mono-close', 'mono-paid']);
    expect(wire.requests.map((line) => line.split(' ').slice(0, 2).join(' '))).to.deep.equal([
      'POST https://app.invalid/api/mono/payments',
      `GET https://app.invalid/api/mono/payments/${initiated!.reference}`,
    ]);
  });

  for (const outcome of ['failed', 'pending', 'abandoned'] as SimulatedPaymentStatus[]) {
    it(`a ${outcome} verification never fires mono-paid: mono-error phase payment`, async () => {
      const { fetcher, simulator } = sessionBackend();
      simulator.payments.outcome = outcome;
      const driver = createSandboxDriver({ simulator });
      const el = await payButton(fetcher);
      el.driver = driver;
      el.payment = { orderId: 'o1' };
      const log = recordEvents(el, ['mono-paid', 'mono-error', 'mono-success']);
      setTimeout(() => el.open());
      await oneEvent(el, 'mono-open');
      driver.link();
      const error = await oneEvent(el, 'mono-error');
      expect(error.detail.phase).to.equal('payment');
      expect(error.detail.error.code).to.equal(`PAYMENT_${outcome.toUpperCase()}`);
      await settle(50);
      expect(log.map((e) => e.type)).to.deep.equal(['mono-success', 'mono-error']);
    });
  }

  it('a charge object forged through the widget\'s channel is not a payment: only the backend\'s verification counts', async () => {
    const { fetcher, simulator } = sessionBackend();
    const el = await payButton(fetcher);
    el.payment = { orderId: 'o1' };
    const log = recordEvents(el, ['mono-paid', 'mono-error', 'mono-success']);
    const loaded = waitForConnectFrame(el);
    el.open();
    const frame = await loaded;
    const url = new URL(connectFrame()!.src);
    const [initiated] = simulator.payments.all;
    // Mono's widget gets the payment id and scope, never an amount.
    expect(url.searchParams.get('scope')).to.equal('payments');
    expect(JSON.parse(url.searchParams.get('data')!)).to.deep.equal({ payment_id: initiated!.id });
    await oneEvent(el, 'mono-open');
    relay(frame, { type: 'mono.connect.widget.charge_complete', data: { amount: 1, status: 'successful', reference: 'forged' } });
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail).to.deep.include({ phase: 'payment' });
    expect(error.detail.error.code).to.equal('PAYMENT_PENDING');
    expect(log.map((e) => e.type)).to.deep.equal(['mono-success', 'mono-error']);
  });

  it('data.amount set in the page is refused with phase config, before anything is asked', async () => {
    const { fetcher, simulator, wire } = sessionBackend();
    const { driver, configs } = recordConfigs(createSandboxDriver({ simulator }));
    const el = await payButton(fetcher);
    el.driver = driver;
    el.data = { amount: 100, description: 'tampered' };
    el.payment = { orderId: 'o1' };
    setTimeout(() => el.open());
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail.phase).to.equal('config');
    expect(error.detail.error.code).to.equal('AMOUNT_IN_PAGE');
    expect(error.detail.error.message).to.match(/payment property/);
    await settle(50);
    expect(wire.requests).to.deep.equal([]);
    expect(configs).to.deep.equal([]);
  });

  it('a backend without payments (no payment option: 404) is mono-error phase session, and no widget', async () => {
    const { fetcher } = sessionBackend({ payment: undefined });
    const { driver, configs } = recordConfigs(createSandboxDriver());
    const el = await payButton(fetcher);
    el.driver = driver;
    setTimeout(() => el.open());
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail).to.deep.include({ phase: 'session' });
    expect(error.detail.error.code).to.equal('PAYMENTS_ROUTE_MISSING');
    expect(configs).to.deep.equal([]);
  });

  it('says so while the payment is checked', async () => {
    const { fetcher, simulator } = sessionBackend();
    simulator.faults.latencyMs = 0;
    const driver = createSandboxDriver({ simulator });
    const el = await payButton(fetcher);
    el.driver = driver;
    el.payment = { orderId: 'o1' };
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    simulator.faults.latencyMs = 200;
    driver.link();
    await oneEvent(el, 'mono-success');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Checking your payment…');
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-busy')).to.equal('true');
    await oneEvent(el, 'mono-paid');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-busy')).to.equal('false');
  });
});
