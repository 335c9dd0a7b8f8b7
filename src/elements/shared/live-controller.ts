import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';

/** What a live controller listens to: the host's account and the fetcher it resolves to. */
export interface LiveSource {
  accountId?: string;
  fetcher: MonoFetcher;
}

/**
 * Keeps a host subscribed to its account's live events through its fetcher
 * (`fetcher.subscribe`, shared EventSource): resubscribes after an update
 * that changed the account or the fetcher, unsubscribes on disconnect. A
 * fetcher without `subscribe` means no events, and the host keeps polling.
 *
 * The fetcher's cache speaks through here too (`fetcher.onRevalidate`): an
 * answer shown stale, read again in the background, had changed. For the
 * host that is what an `account_updated` says — read the account again —
 * so it arrives as one, never leaving the element (a page of rows was
 * read, so the data was readable when no status came with it).
 */
export class LiveController implements ReactiveController {
  private subscription?: AbortController;
  private current?: LiveSource;

  constructor(
    host: ReactiveControllerHost,
    private readonly source: () => LiveSource,
    private readonly onEvent: (event: MonoLiveEvent) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const next = this.source();
    if (this.subscription && next.accountId === this.current?.accountId && next.fetcher === this.current?.fetcher) return;
    this.stop();
    this.current = next;
    if (!next.accountId || (!next.fetcher.subscribe && !next.fetcher.onRevalidate)) return;
    this.subscription = new AbortController();
    const init = { signal: this.subscription.signal };
    next.fetcher.subscribe?.([next.accountId], (event) => this.onEvent(event), init);
    next.fetcher.onRevalidate?.(
      [next.accountId],
      ({ accountId, dataStatus }) => this.onEvent({ type: 'account_updated', accountId, dataStatus: dataStatus ?? 'AVAILABLE', retrievedData: [] }),
      init,
    );
  }

  hostDisconnected(): void {
    this.stop();
    this.current = undefined;
  }

  private stop(): void {
    this.subscription?.abort();
    this.subscription = undefined;
  }
}
