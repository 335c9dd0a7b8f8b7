import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { configure } from '../../../src/core/config.js';
import { createSandboxDriver, type SandboxDriver } from '../../../src/testing/index.js';
import { LINK_EVENTS, recordEvents } from '../helpers.js';
import { sessionBackend } from './session-helpers.js';

function exchangeOnly(exchangeCode: MonoFetcher['exchangeCode']): MonoFetcher {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return { exchangeCode, getAccount: unused, getTransactions: unused };
}

async function sandboxButton(driver: SandboxDriver, markup = html`<mono-link-button public-key="test_pk_sandbox"></mono-link-button>`) {
  const el = await fixture<MonoLinkButton>(markup);
  el.driver = driver;
  return el;
}

describe('<mono-link-button> on the sandbox driver', () => {
  it('plays Mono\'s flow end to end from a sandboxed frame', async () => {
    const driver = createSandboxDriver({ issueCode: ({ institution }) => `code_${institution.id}` });
    const el = await sandboxButton(driver, html`<mono-link-button public-key="test_pk_sandbox" reference="ref-s"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    expect(driver.frame!.getAttribute('sandbox')).to.equal('allow-scripts allow-forms');
    const closed = oneEvent(el, 'mono-close');
    driver.link({ institutionId: 'sandbox-kuda' });
    const success = await oneEvent(el, 'mono-success');
    expect(success.detail).to.deep.equal({ code: 'code_sandbox-kuda', data: { code: 'code_sandbox-kuda' } });
    await closed;
    expect(log.filter((e) => e.type === 'mono-event').map((e) => e.detail.type)).to.deep.equal([
      'LOADED',
      'OPENED',
      'INSTITUTION_SELECTED',
      'SUBMIT_CREDENTIALS',
      'SUBMIT_MFA',
      'ACCOUNT_LINKED',
      'ACCOUNT_SELECTED',
      'SUCCESS',
    ]);
    const selected = log.find((e) => e.type === 'mono-event' && e.detail.type === 'INSTITUTION_SELECTED')!;
    expect(selected.detail.data).to.deep.include({ reference: 'ref-s', institution: { id: 'sandbox-kuda', name: 'Kuda' } });
    expect(log.at(-1)!.detail).to.deep.equal({ reason: 'success' });
    expect(document.querySelector('[data-mono-sandbox]')).to.equal(null);
  });

  it('exchanges the code through the fetcher and fires mono-linked', async () => {
    const driver = createSandboxDriver({ issueCode: () => 'code_xyz' });
    const el = await sandboxButton(driver, html`<mono-link-button public-key="test_pk_sandbox" exchange></mono-link-button>`);
    const exchanged: string[] = [];
    el.fetcher = exchangeOnly(async (code) => {
      exchanged.push(code);
      return { accountId: '5feec8ce95e8dc6a52e53257' };
    });
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    driver.link();
    const linked = await oneEvent(el, 'mono-linked');
    expect(linked.detail).to.deep.equal({ accountId: '5feec8ce95e8dc6a52e53257', code: 'code_xyz' });
    expect(exchanged).to.deep.equal(['code_xyz']);
  });

  it('uses the page-wide fetcher and driver from configure()', async () => {
    const driver = createSandboxDriver({ issueCode: () => 'code_configured' });
    configure({ driver, fetcher: exchangeOnly(async () => ({ accountId: 'acc_configured' })) });
    try {
      const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_sandbox" exchange></mono-link-button>`);
      setTimeout(() => el.open());
      await oneEvent(el, 'mono-open');
      driver.link();
      const linked = await oneEvent(el, 'mono-linked');
      expect(linked.detail.accountId).to.equal('acc_configured');
    } finally {
      configure({ driver: undefined, fetcher: undefined });
    }
  });

  it('reports a failed exchange as mono-error (exchange) and re-enables the button', async () => {
    const driver = createSandboxDriver({ issueCode: () => 'code_fail' });
    const el = await sandboxButton(driver, html`<mono-link-button public-key="test_pk_sandbox" exchange></mono-link-button>`);
    el.fetcher = exchangeOnly(async () => {
      throw Object.assign(new Error('The code has expired.'), { code: 'CODE_EXPIRED', status: 400 });
    });
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    driver.link();
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail).to.deep.equal({ phase: 'exchange', error: { code: 'CODE_EXPIRED', message: 'The code has expired.', status: 400 } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(false);
  });

  it('reports a widget error (wrong password) as mono-error (widget) and stays open', async () => {
    const driver = createSandboxDriver();
    const el = await sandboxButton(driver);
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    driver.fail();
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail).to.deep.equal({ phase: 'widget', error: { code: 'INVALID_CREDENTIALS', message: 'Incorrect username or password.' } });
    expect(document.querySelector('[data-mono-sandbox]')).to.not.equal(null);
    driver.exit();
    expect((await oneEvent(el, 'mono-close')).detail).to.deep.equal({ reason: 'user' });
  });

  it('gives the charge object for payments: the simulator\'s payment, completed by the sandbox widget', async () => {
    const { fetcher, simulator } = sessionBackend();
    const driver = createSandboxDriver({ simulator });
    const el = await sandboxButton(driver, html`<mono-link-button public-key="test_pk_sandbox" scope="payments" reference="pay-3"></mono-link-button>`);
    el.fetcher = fetcher;
    el.payment = { orderId: 'o1' };
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Pay with Mono');
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    driver.link();
    const success = await oneEvent(el, 'mono-success');
    const [payment] = simulator.payments.all;
    expect(success.detail.code).to.equal('');
    expect(success.detail.data).to.deep.include({ id: payment!.id, type: 'onetime-debit', amount: 150000, description: 'Order o1', status: 'successful', reference: payment!.reference });
  });

  it('abandons the simulator\'s payment when the user leaves the widget', async () => {
    const { fetcher, simulator } = sessionBackend();
    const driver = createSandboxDriver({ simulator });
    const el = await sandboxButton(driver, html`<mono-link-button public-key="test_pk_sandbox" scope="payments"></mono-link-button>`);
    el.fetcher = fetcher;
    el.payment = { orderId: 'o1' };
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    driver.exit();
    await oneEvent(el, 'mono-close');
    expect(simulator.payments.all[0]!.status).to.equal('abandoned');
  });

  it('closes the widget when the button leaves the page', async () => {
    const driver = createSandboxDriver();
    const el = await sandboxButton(driver);
    const closed: string[] = [];
    el.addEventListener('mono-close', (e) => closed.push(e.detail.reason));
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    el.remove();
    expect(closed).to.deep.equal(['api']);
    expect(document.querySelector('[data-mono-sandbox]')).to.equal(null);
  });
});
