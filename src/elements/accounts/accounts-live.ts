import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import type { MonoLinkedDetail } from '../../events/mono-linked.js';

export interface AccountsLiveSource {
  accountIds: readonly string[];
  fetcher: MonoFetcher;
}

export interface AccountsLiveCallbacks {
  /** A live event about one of the listed accounts. */
  live(event: MonoLiveEvent): void;
  /** Another element on the page unlinked an account. */
  unlinkedElsewhere(accountId: string): void;
  /** An account was linked on the page (a new one, or a re-authorised one). */
  linked(detail: MonoLinkedDetail): void;
}

/**
 * What the list hears from the rest of the page: live events for every
 * listed account (one subscription through the fetcher's shared stream,
 * renewed when the list changes), and `mono-unlinked` / `mono-linked` from
 * any element, on the document. All of it is let go on disconnect.
 */
export class AccountsLiveController implements ReactiveController {
  private subscription?: AbortController;
  private key = '';
  private fetcher?: MonoFetcher;
  private listening?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: () => AccountsLiveSource,
    private readonly callbacks: AccountsLiveCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listening = new AbortController();
    const { signal } = this.listening;
    // This list's own `mono-unlinked` has been handled already.
    const own = (event: Event) => event.composedPath().includes(this.host);
    globalThis.document?.addEventListener(
      'mono-unlinked',
      (event) => {
        if (!own(event)) this.callbacks.unlinkedElsewhere(event.detail.accountId);
      },
      { signal },
    );
    globalThis.document?.addEventListener('mono-linked', (event) => this.callbacks.linked(event.detail), { signal });
  }

  hostUpdated(): void {
    const { accountIds, fetcher } = this.source();
    const key = [...accountIds].sort().join(',');
    if (this.subscription && key === this.key && fetcher === this.fetcher) return;
    this.stop();
    this.key = key;
    this.fetcher = fetcher;
    if (!accountIds.length || !fetcher.subscribe) return;
    this.subscription = new AbortController();
    fetcher.subscribe(accountIds, (event) => this.callbacks.live(event), { signal: this.subscription.signal });
  }

  hostDisconnected(): void {
    this.listening?.abort();
    this.stop();
  }

  private stop(): void {
    this.subscription?.abort();
    this.subscription = undefined;
    this.key = '';
  }
}
