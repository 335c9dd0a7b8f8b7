import type { MonoErrorInfo } from '../../events/mono-error.js';
import { linkButtonHostedTable, type LinkButtonHostedMessages } from '../../elements/link-button/link-button.hosted.messages.js';
import { toErrorInfo } from '../error-info.js';
import { localize } from '../i18n/localize.js';
import { nearestLang } from '../i18n/nearest-lang.js';
import { providerDefined } from '../provider-pending.js';
import { cleanAddressBar, refIn, withoutRef } from './hosted-url.js';
import { waitForHostedLink, type HostedOutcome } from './hosted-wait.js';
import type { LinkOwner, LiveRun } from './link-flow.js';
import { fetcherFor } from './server-session.js';

/*
 * DESIGN.md "Hosted link", on the page's side: `<mono-link-button
 * mode="hosted">` sends the whole window to Mono's hosted page, and any
 * such button on the page Mono sends the user back to finishes the link.
 * Everything is read from the address (`mono_ref`) and the cookie the
 * backend set, so a page closed in between and opened again still finishes.
 * Loaded lazily: the button's entry only notices `mono_ref` and imports this.
 */

/** What the hosted flow reads of the button. */
export interface HostedInputs {
  scope?: string;
  accountId?: string;
  /** How long (ms) to wait for Mono's confirmation once back. Default two minutes. */
  hostedTimeout?: number;
}

type Owner = LinkOwner & { host: LinkOwner['host'] & HostedInputs };

/** Sessions a button on this page has taken on: one button does the work, however many see the ref. */
const claimed = new Set<string>();

/** The words in the button's language; waits for that language's table, so the announcement is not English by accident. */
async function words(host: HTMLElement): Promise<LinkButtonHostedMessages> {
  localize(host, linkButtonHostedTable);
  const lang = nearestLang(host).split('-')[0]!;
  const load = Object.hasOwn(linkButtonHostedTable.load, lang) ? linkButtonHostedTable.load[lang] : undefined;
  await Promise.resolve(load?.loaded).catch(() => {});
  return localize(host, linkButtonHostedTable);
}

/**
 * Frees the button and says `key` in its status region (shown while idle),
 * then `then()` fires the event: a handler that reads the button sees how it ended.
 */
async function end(owner: Owner, key: keyof LinkButtonHostedMessages, then: () => void): Promise<void> {
  owner.note = (await words(owner.host))[key];
  // The phase setter re-renders the button.
  owner.phase = 'idle';
  then();
}

class HostedRun implements LiveRun {
  readonly stop = new AbortController();

  constructor(private readonly owner: Owner) {}

  get active(): boolean {
    return !this.stop.signal.aborted;
  }

  /** `close()`, or the button left the page: stop, and leave the button ready. */
  close(): void {
    if (!this.active) return;
    this.stop.abort();
    if (this.owner.phase !== 'open') this.owner.phase = 'idle';
  }

  fail(error: MonoErrorInfo, key: keyof LinkButtonHostedMessages, phase: 'session' | 'config' = 'session'): Promise<void> {
    this.stop.abort();
    return end(this.owner, key, () => this.owner.emit('mono-error', { error, phase }));
  }
}

const UNSUPPORTED: MonoErrorInfo = {
  code: 'HOSTED_UNSUPPORTED',
  message: 'This fetcher cannot run a hosted link: it needs createHostedLink() and getHostedLink() (createHttpFetcher has both).',
};

/**
 * The click in hosted mode: asks the backend for Mono's hosted page with
 * this page (less any old `mono_ref`) as the way back, fires the cancelable
 * `mono-redirect`, then sends the window there.
 */
export function startHosted(owner: Owner): LiveRun {
  const run = new HostedRun(owner);
  void (async () => {
    const { host } = owner;
    owner.note = undefined;
    if (host.scope === 'payments') {
      return run.fail({ code: 'HOSTED_PAYMENTS_UNSUPPORTED', message: 'mode="hosted" links accounts; a payment opens in the widget.' }, 'notStarted', 'config');
    }
    owner.phase = 'loading';
    const fetcher = fetcherFor(host);
    if (!fetcher.createHostedLink || !fetcher.getHostedLink) return run.fail(UNSUPPORTED, 'notStarted');
    let url: string;
    try {
      const input = { redirectUrl: withoutRef(location.href), ...(host.accountId ? { accountId: host.accountId } : {}) };
      ({ url } = await fetcher.createHostedLink(input, { signal: run.stop.signal }));
    } catch (error) {
      if (run.active) await run.fail(toErrorInfo(error, 'HOSTED_NOT_STARTED'), 'notStarted');
      return;
    }
    if (!run.active) return;
    const go = host.dispatchEvent(new CustomEvent('mono-redirect', { detail: { url }, bubbles: true, composed: true, cancelable: true }));
    if (!go) {
      // The page opens it its own way (a native shell's browser tab): the button is free again.
      run.close();
      return;
    }
    // Busy until the page unloads. Back from Mono by the browser's Back button
    // out of the back/forward cache, the page shows this button as it left it: free it.
    addEventListener('pageshow', (event) => event.persisted && run.close(), { once: true, signal: run.stop.signal });
    location.assign(url);
  })();
  return run;
}

/** What went wrong, for `mono-error` and the words on screen; `undefined` once linked. */
function failure(outcome: HostedOutcome | undefined, error: unknown): { error: MonoErrorInfo; key: keyof LinkButtonHostedMessages } | undefined {
  if (outcome?.status === 'linked') return undefined;
  if (outcome?.status === 'failed') return { error: { code: 'HOSTED_LINK_FAILED', message: 'Mono reported that the hosted link failed.' }, key: 'failed' };
  if (outcome?.status === 'timeout') {
    return { error: { code: 'HOSTED_TIMEOUT', message: 'Mono had not confirmed the hosted link (no account_connected webhook for its ref) when the button stopped waiting.' }, key: 'timeout' };
  }
  const info = toErrorInfo(error, 'HOSTED_STATUS_FAILED');
  if (info.status === 404) {
    return {
      error: { ...info, code: 'HOSTED_SESSION_UNKNOWN', message: `The backend does not know this hosted session for this browser (unknown ref, or no binding cookie): ${info.message}` },
      key: 'failed',
    };
  }
  return { error: info, key: 'failed' };
}

/**
 * Back from Mono (`mono_ref` in the address): waits for the session
 * (polling, sped up by live events when re-authorising), fires `mono-linked`
 * or `mono-error` phase `session`, and takes `mono_ref` out of the address
 * bar. After a timeout the ref stays, so reloading the page asks again.
 * Only the first button to call this for a ref does anything.
 */
export async function resumeHosted(owner: Owner): Promise<void> {
  const ref = refIn(location.href);
  const { mode, fallback } = owner.host;
  if (!ref || claimed.has(ref) || (mode !== 'hosted' && fallback !== 'hosted')) return;
  claimed.add(ref);
  const { host } = owner;
  const run = new HostedRun(owner);
  owner.flow = run;
  owner.note = undefined;
  owner.phase = 'exchanging';
  // Its fetcher may come from a provider defined later, or a property set right after connecting.
  await providerDefined(host);
  await host.updateComplete;
  const fetcher = fetcherFor(host);
  let outcome: HostedOutcome | undefined;
  let thrown: unknown = UNSUPPORTED;
  if (fetcher.getHostedLink) {
    try {
      const getHostedLink = fetcher.getHostedLink.bind(fetcher);
      outcome = await waitForHostedLink({ getHostedLink, subscribe: fetcher.subscribe?.bind(fetcher) }, ref, { timeoutMs: host.hostedTimeout, accountId: host.accountId }, { signal: run.stop.signal });
    } catch (error) {
      thrown = error;
    }
  }
  if (!run.active) {
    // Stopped (the button left the page): another button, or this one back on the page, may take it on.
    claimed.delete(ref);
    return;
  }
  if (outcome?.status !== 'timeout') cleanAddressBar();
  const failed = failure(outcome, thrown);
  if (failed) return run.fail(failed.error, failed.key);
  run.stop.abort();
  const { accountId, duplicateOf } = outcome as { accountId: string; duplicateOf?: string };
  return end(owner, 'linked', () => owner.emit('mono-linked', duplicateOf ? { accountId, duplicateOf } : { accountId }));
}
