import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { recordEvents, settle } from '../helpers.js';
import { announced, backend, mount, part, root, rows, shown, SIMULATED_ACCOUNTS } from './fixtures.js';

const { available, processing } = SIMULATED_ACCOUNTS;
const realtimeCalls = (fetcher: ReturnType<typeof backend>) => fetcher.simulator.requests.filter((request) => request.path.endsWith('/balance')).length;

describe('<mono-accounts>: refresh', () => {
  afterEach(() => fixtureCleanup());

  it('a finished refresh: mono-refreshed, then the button waits out the cool-down, focusable, with the time left', async () => {
    const fetcher = backend({ accounts: [available] });
    const { el } = await mount(fetcher);
    const log = recordEvents(el, ['mono-refreshed']);
    const button = part(rows(el)[0]!, 'refresh');
    button.focus();
    button.click();
    await waitUntil(() => log.length === 1, 'mono-refreshed');
    expect(log[0]!.detail).to.deep.include({ accountId: available, status: 'finished' });
    await el.updateComplete;
    const refresh = part(rows(el)[0]!, 'refresh');
    expect(refresh.getAttribute('aria-disabled')).to.equal('true');
    // Focus stays where the user was (aria-disabled, not disabled).
    expect(root(el).activeElement).to.equal(refresh);
    const cooldown = part(rows(el)[0]!, 'cooldown');
    expect(refresh.getAttribute('aria-describedby')).to.equal(cooldown.id);
    expect(cooldown.querySelector('[aria-hidden="true"]')!.textContent).to.match(/^Again in (5:00|4:59)$/);
    expect(shown(cooldown.querySelector('.visually-hidden')!)).to.equal('Refreshed a moment ago. You can refresh again in 5 minutes.');
    // The countdown is seen, not announced: it is outside the live region, which said it once.
    expect(announced(el)).to.match(/is up to date\.$/);
    refresh.click();
    await settle(200);
    expect(realtimeCalls(fetcher)).to.equal(1, 'no second billed refresh');
    await expect(el).to.be.accessible();
  });

  it('a 429 from the backend: trusts Retry-After, counts down live, then Refresh works again', async () => {
    const fetcher = backend({ accounts: [available], refreshCooldownMs: 2500 });
    await fetcher.refreshAccount!(available); // refreshed elsewhere a moment ago
    const { el } = await mount(fetcher);
    const errors = recordEvents(el, ['mono-error', 'mono-refreshed']);
    part(rows(el)[0]!, 'refresh').click();
    await waitUntil(() => rows(el)[0]!.querySelector('[part="cooldown"]'), 'the cool-down is shown');
    const time = () => rows(el)[0]!.querySelector('[part="cooldown"] [aria-hidden="true"]')?.textContent;
    expect(time()).to.match(/^Again in 0:0[23]$/);
    const first = time();
    await waitUntil(() => time() !== first, 'the countdown moves', { timeout: 2000 });
    expect(announced(el)).to.match(/You can refresh again in \d seconds?\.$/);
    expect(errors, 'a cool-down is not an error').to.deep.equal([]);
    await waitUntil(() => part(rows(el)[0]!, 'refresh').getAttribute('aria-disabled') === 'false', 'Refresh works again', { timeout: 5000 });
    expect(rows(el)[0]!.querySelector('[part="cooldown"]')).to.equal(null);
    part(rows(el)[0]!, 'refresh').click();
    await waitUntil(() => errors.length === 1, 'refreshed');
    expect(errors[0]!.type).to.equal('mono-refreshed');
  });

  it('a job still processing: progress, then follows the account until it is AVAILABLE; mono-refreshed processing, then finished', async () => {
    const fetcher = backend({ accounts: [processing], processingMs: 1500 });
    fetcher.simulator.setRefreshOutcome(processing, 'processing');
    const { el } = await mount(fetcher);
    expect(rows(el)[0]!.dataset['status']).to.equal('PROCESSING');
    const log = recordEvents(el, ['mono-refreshed']);
    part(rows(el)[0]!, 'refresh').click();
    await waitUntil(() => log.length === 1, 'the refresh is answered');
    expect(log[0]!.detail).to.deep.include({ accountId: processing, status: 'processing' });
    expect(log[0]!.detail.jobId).to.match(/^[0-9a-f]{24}$/);
    await el.updateComplete;
    expect(rows(el)[0]!.querySelector('progress')).to.exist;
    expect(shown(part(rows(el)[0]!, 'refresh'))).to.contain('Refreshing…');
    expect(announced(el)).to.match(/^Refreshing .* ending \d{4}\.$/);
    await expect(el).to.be.accessible();
    await waitUntil(() => log.length === 2, 'the job’s data arrives', { timeout: 5000 });
    expect(log[1]!.detail).to.deep.include({ accountId: processing, status: 'finished' });
    await el.updateComplete;
    expect(rows(el)[0]!.dataset['status']).to.equal('AVAILABLE');
    expect(rows(el)[0]!.querySelector('progress')).to.equal(null);
    expect(shown(part(rows(el)[0]!, 'status'))).to.contain('Up to date');
    expect(part(rows(el)[0]!, 'refresh').getAttribute('aria-disabled')).to.equal('true', 'then the cool-down');
  });

  it('a refresh the bank refuses (job failed: re-authorise) offers Reconnect and tells developers', async () => {
    const fetcher = backend({ accounts: [available] });
    fetcher.simulator.setRefreshOutcome(available, 'failed');
    const { el } = await mount(fetcher);
    const log = recordEvents(el, ['mono-error', 'mono-refreshed']);
    part(rows(el)[0]!, 'refresh').click();
    await waitUntil(() => rows(el)[0]!.querySelector('mono-link-button'), 'Reconnect offered');
    expect(log.map((entry) => [entry.type, entry.detail.error?.code])).to.deep.equal([['mono-error', 'REAUTHORISATION_REQUIRED']]);
    expect(shown(part(rows(el)[0]!, 'notice'))).to.equal('Your bank needs you to sign in again.');
    expect(rows(el)[0]!.querySelector('mono-link-button')!.getAttribute('account-id')).to.equal(available);
    await expect(el).to.be.accessible();
  });

  it('a refresh that fails for another reason says so on the row', async () => {
    const fetcher = backend({ accounts: [available] });
    const { el } = await mount(fetcher);
    fetcher.simulator.faults.serverErrors = 1;
    const log = recordEvents(el, ['mono-error']);
    part(rows(el)[0]!, 'refresh').click();
    await waitUntil(() => log.length === 1, 'mono-error');
    await el.updateComplete;
    expect(shown(part(rows(el)[0]!, 'notice'))).to.match(/could not be refreshed\.$/);
    expect(part(rows(el)[0]!, 'refresh').getAttribute('aria-disabled')).to.equal('false', 'nothing was billed: it may be tried again');
    expect(realtimeCalls(fetcher)).to.equal(1, 'never retried by itself');
  });
});
