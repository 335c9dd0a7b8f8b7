import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { createSandboxDriver } from '../../../src/testing/index.js';
import { LINK_EVENTS, addRelayFrame, connectFrame, recordEvents, relay, settle, waitForConnectFrame } from '../helpers.js';
import { recording } from './recording-driver.js';
import { sessionBackend } from './session-helpers.js';

// These tests run Mono's real connect.js. Its frame URL (https://connect.mono.co/…)
// and https://evil.test/ are answered by test/fixtures/message-relay.html
// (see web-test-runner.config.mjs), so messages carry real origins.

const linked = (code: string) => ({ type: 'mono.connect.widget.account_linked', data: { code } });

async function openButton(el: MonoLinkButton): Promise<HTMLIFrameElement> {
  const loaded = waitForConnectFrame(el);
  el.open();
  return loaded;
}

describe('<mono-link-button> with connect.js', () => {
  afterEach(async () => {
    for (const frame of document.querySelectorAll('iframe[src^="https://evil.test"], iframe[src^="https://connect.mono.co/other"]')) frame.remove();
  });

  it('reports every widget event with Mono\'s details, in order', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_events" reference="ref-42"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    const frame = await openButton(el);
    await oneEvent(el, 'mono-open'); // connect.js shows the frame 2 s after open()
    const institution = { id: 'inst-1', name: 'GTBank' };
    relay(
      frame,
      { type: 'mono.connect.institution_selected', data: { institution, authMethod: 'internet_banking', reference: 'ref-42' } },
      { type: 'mono.connect.auth_method_switched', data: { prevAuthMethod: 'internet_banking', authMethod: 'mobile_banking' } },
      { type: 'mono.connect.login_attempt', data: { institution } },
      { type: 'mono.connect.mfa_submitted', data: { mfaType: 'OTP' } },
      { type: 'mono.connect.error_occured', data: { errorType: 'INVALID_OTP', errorMessage: 'The code is wrong.' } },
      { type: 'mono.connect.account_linked', data: { institution } },
      { type: 'mono.connect.account_selected', data: { selectedAccountsCount: 2 } },
      linked('code_abc123'),
    );
    await oneEvent(el, 'mono-close');

    const widgetEvents = log.filter((e) => e.type === 'mono-event').map((e) => e.detail.type);
    expect(widgetEvents).to.deep.equal([
      'LOADED',
      'OPENED',
      'INSTITUTION_SELECTED',
      'AUTH_METHOD_SWITCHED',
      'SUBMIT_CREDENTIALS',
      'SUBMIT_MFA',
      'ERROR',
      'ACCOUNT_LINKED',
      'ACCOUNT_SELECTED',
      'SUCCESS',
    ]);
    const others = log.filter((e) => e.type !== 'mono-event').map((e) => e.type);
    expect(others).to.deep.equal(['mono-load', 'mono-open', 'mono-error', 'mono-success', 'mono-close']);
    const detail = (type: string, eventType?: string) =>
      log.find((e) => e.type === type && (!eventType || e.detail.type === eventType))!.detail;
    expect(detail('mono-event', 'INSTITUTION_SELECTED').data).to.deep.include({ institution, authMethod: 'internet_banking', reference: 'ref-42' });
    expect(detail('mono-event', 'AUTH_METHOD_SWITCHED').data).to.deep.include({ prevAuthMethod: 'internet_banking' });
    expect(detail('mono-event', 'ACCOUNT_SELECTED').data).to.deep.include({ selectedAccountsCount: 2 });
    expect(detail('mono-error')).to.deep.equal({ error: { code: 'INVALID_OTP', message: 'The code is wrong.' }, phase: 'widget' });
    expect(detail('mono-success')).to.deep.equal({ code: 'code_abc123', data: { code: 'code_abc123' } });
    expect(detail('mono-close')).to.deep.equal({ reason: 'success' });
    expect(detail('mono-load')).to.deep.equal({});
    expect(detail('mono-open')).to.deep.equal({});
    for (const entry of log) expect(entry.target).to.equal(el);
  });

  it('reports a user exit as EXIT then mono-close with reason "user"', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_exit"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    const frame = await openButton(el);
    relay(frame, { type: 'mono.connect.on_exit', data: { pageName: 'MFA' } }, { type: 'mono.connect.widget.closed', data: {} });
    const closed = await oneEvent(el, 'mono-close');
    expect(closed.detail).to.deep.equal({ reason: 'user' });
    const exit = log.find((e) => e.type === 'mono-event' && e.detail.type === 'EXIT');
    expect(exit?.detail.data).to.deep.include({ pageName: 'MFA' });
    expect(log.some((e) => e.type === 'mono-success')).to.equal(false);
  });

  it('reports close() as reason "api" and hides the widget', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_api"></mono-link-button>`);
    await openButton(el);
    setTimeout(() => el.close());
    const closed = await oneEvent(el, 'mono-close');
    expect(closed.detail).to.deep.equal({ reason: 'api' });
    expect(getComputedStyle(document.getElementById('mono-connect--widget-div')!).display).to.equal('none');
  });

  it('ignores a forged success posted from another origin while a session is live', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_forge"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    const frame = await openButton(el);
    const evil = await addRelayFrame('https://evil.test/relay');
    const pageSaw: unknown[] = [];
    const onMessage = (event: MessageEvent) => pageSaw.push(event.data);
    window.addEventListener('message', onMessage);
    relay(evil, linked('forged_code'), { type: 'mono.connect.widget.closed', data: {} }, { hello: 'not a Mono message' });
    await settle(300);
    window.removeEventListener('message', onMessage);
    expect(log.filter((e) => e.type === 'mono-success' || e.type === 'mono-close')).to.deep.equal([]);
    // The widget is still there and live: connect.js never saw the forged close.
    expect(connectFrame()).to.equal(frame);
    // Unrelated page messages are untouched; forged Mono ones never reach page listeners after ours.
    expect(pageSaw).to.deep.equal([{ hello: 'not a Mono message' }]);

    relay(frame, linked('genuine_code'));
    const success = await oneEvent(el, 'mono-success');
    expect(success.detail.code).to.equal('genuine_code');
  });

  it('ignores a message at Mono\'s origin from a frame that is not the widget', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_source"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    await openButton(el);
    const impostor = await addRelayFrame('https://connect.mono.co/other');
    relay(impostor, linked('wrong_source'));
    await settle(300);
    expect(log.filter((e) => e.type === 'mono-success')).to.deep.equal([]);
    setTimeout(() => el.close());
    await oneEvent(el, 'mono-close');
  });

  it('delivers events only to the button that opened the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mono-link-button id="a" public-key="test_pk_a"></mono-link-button>
      <mono-link-button id="b" public-key="test_pk_b"></mono-link-button>
    </div>`);
    const a = wrapper.querySelector<MonoLinkButton>('#a')!;
    const b = wrapper.querySelector<MonoLinkButton>('#b')!;
    const logA = recordEvents(a, LINK_EVENTS);
    const logB = recordEvents(b, LINK_EVENTS);

    let frame = await openButton(a);
    relay(frame, linked('code_for_a'));
    await oneEvent(a, 'mono-close');
    expect(logA.find((e) => e.type === 'mono-success')!.detail.code).to.equal('code_for_a');
    expect(logB).to.deep.equal([]);

    // B opening while A's widget is live takes over the page's one session.
    await openButton(a);
    const aClosed = oneEvent(a, 'mono-close');
    frame = await openButton(b);
    expect((await aClosed).detail).to.deep.equal({ reason: 'api' });
    const aCount = logA.length;
    relay(frame, linked('code_for_b'));
    await oneEvent(b, 'mono-close');
    expect(logB.find((e) => e.type === 'mono-success')!.detail.code).to.equal('code_for_b');
    expect(logA.length).to.equal(aCount);
    expect(logB.every((e) => e.target === b)).to.equal(true);
  });

  it('keeps a closed widget hidden, having reported OPENED once, past connect.js\'s 2 s show-timer', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_timer"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    const opened = oneEvent(el, 'mono-open'); // shown once the frame has loaded (intent.test.ts)
    await openButton(el);
    await opened;
    setTimeout(() => el.close());
    await oneEvent(el, 'mono-close');
    await settle(2200);
    const container = document.getElementById('mono-connect--widget-div')!;
    expect(getComputedStyle(container).display).to.equal('none');
    expect(getComputedStyle(connectFrame()!).visibility).to.equal('hidden');
    expect(log.filter((e) => e.type === 'mono-open')).to.have.length(1);
    expect(log.filter((e) => e.type === 'mono-event' && e.detail.type === 'OPENED')).to.have.length(1);
  });
});

describe('<mono-link-button> frame URL for each setup', () => {
  async function frameParams(el: MonoLinkButton): Promise<URLSearchParams> {
    const frame = await openButton(el);
    const url = new URL(frame.src);
    setTimeout(() => el.close());
    await oneEvent(el, 'mono-close');
    expect(url.origin).to.equal('https://connect.mono.co');
    return url.searchParams;
  }

  it('links with the key, scope, reference and an existing customer', async () => {
    const el = await fixture<MonoLinkButton>(
      html`<mono-link-button public-key="test_pk_url" reference="order-7" customer-id="65a1b2c3d4e5f60718293a4b"></mono-link-button>`,
    );
    const params = await frameParams(el);
    expect(params.get('key')).to.equal('test_pk_url');
    expect(params.get('scope')).to.equal('auth');
    expect(params.get('reference')).to.equal('order-7');
    expect(params.get('version')).to.equal('2023-12-14');
    expect(JSON.parse(params.get('data')!)).to.deep.equal({ customer: { id: '65a1b2c3d4e5f60718293a4b' } });
    expect(params.has('selectedInstitution')).to.equal(false);
  });

  it('creates a new customer from the customer property', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_url"></mono-link-button>`);
    const customer = { name: 'Ada Obi', email: 'ada@example.com', identity: { type: 'bvn', number: '22222222222' } };
    el.customer = customer;
    const params = await frameParams(el);
    expect(JSON.parse(params.get('data')!)).to.deep.equal({ customer });
  });

  it('opens on a selected institution with account match', async () => {
    const el = await fixture<MonoLinkButton>(
      html`<mono-link-button
        public-key="test_pk_url"
        institution-id="5f2d08be60b92e2888287702"
        auth-method="mobile_banking"
        account-number="0123456789"
        check-account-match
      ></mono-link-button>`,
    );
    const params = await frameParams(el);
    expect(JSON.parse(params.get('selectedInstitution')!)).to.deep.equal({
      id: '5f2d08be60b92e2888287702',
      auth_method: 'mobile_banking',
      account_number: '0123456789',
    });
    expect(params.get('check_account_match')).to.equal('true');
  });

  it('re-authorises an existing account when account-id is set', async () => {
    const el = await fixture<MonoLinkButton>(
      html`<mono-link-button public-key="test_pk_url" account-id="5feec8ce95e8dc6a52e53257" customer-id="cus_1"></mono-link-button>`,
    );
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Reconnect account');
    const params = await frameParams(el);
    expect(JSON.parse(params.get('data')!)).to.deep.equal({ customer: { id: 'cus_1' }, account: '5feec8ce95e8dc6a52e53257' });
  });

  it('opens a payment on the id the backend initiated, with the payments scope, passing other data through', async () => {
    const { fetcher, simulator } = sessionBackend();
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_url" scope="payments"></mono-link-button>`);
    el.fetcher = fetcher;
    el.payment = { orderId: 'o1' };
    el.data = { note: 'rent' };
    const params = await frameParams(el);
    expect(params.get('scope')).to.equal('payments');
    expect(JSON.parse(params.get('data')!)).to.deep.equal({ note: 'rent', payment_id: simulator.payments.all[0]!.id });
  });

  it('refuses an incomplete setup before the widget loads', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_url" auth-method="mobile_banking"></mono-link-button>`);
    // Any driver: the setup is checked before one is asked to load or open.
    const driver = recording(createSandboxDriver());
    el.driver = driver;
    setTimeout(() => el.open());
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail.phase).to.equal('config');
    expect(error.detail.error.code).to.equal('MISSING_INSTITUTION');
    expect(driver.preloads).to.equal(0);
    expect(driver.opened).to.deep.equal([]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.disabled, 'ready for another try').to.equal(false);
  });

  it('passes the charge object of a payment to mono-success', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_pay" scope="payments"></mono-link-button>`);
    el.fetcher = sessionBackend().fetcher;
    el.payment = { orderId: 'o1' };
    const frame = await openButton(el);
    const charge = { id: 'txn_1', type: 'onetime-debit', amount: 150000, status: 'successful', reference: 'pay-9' };
    relay(frame, { type: 'mono.connect.widget.charge_complete', data: charge });
    const success = await oneEvent(el, 'mono-success');
    expect(success.detail).to.deep.equal({ code: '', data: charge });
    await waitUntil(() => !el.shadowRoot!.querySelector('button')!.disabled);
  });
});
