import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { configuredFetcher } from '../../core/default-fetcher.js';
import { monoContext, type MonoProvided } from '../../core/context.js';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { LiveController } from './live-controller.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { MonoElement } from './mono-element.js';
import { providerDefined } from '../../core/provider-pending.js';

const WARN_AFTER_MS = 5000;
let warned = false;

/** Never settles unless `signal` aborts; warns once if a provider keeps a page waiting. */
const waitForAbort = (signal?: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    const timer = setTimeout(() => {
      if (warned) return;
      warned = true;
      console.warn(
        'mono-connect-elements: a data element is waiting for its <mono-provider>, which is not defined. ' +
          "Import 'mono-connect-elements/mono-provider.js' (or the whole package).",
      );
    }, WARN_AFTER_MS);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * What a data element is provided while its `<mono-provider>` is not
 * defined yet (see provider-pending.ts): a fetcher that sends nothing and
 * answers nothing. When the provider answers, `provided` changes, the
 * waiting call is superseded (aborted), and the real one goes where the
 * provider says.
 */
const AWAITING_PROVIDER: MonoProvided = {
  fetcher: {
    exchangeCode: (_code, init) => waitForAbort(init?.signal),
    getAccount: (_accountId, init) => waitForAbort(init?.signal),
    getTransactions: (_accountId, _query, init) => waitForAbort(init?.signal),
    getInstitutions: (init) => waitForAbort(init?.signal),
    listAccounts: (init) => waitForAbort(init?.signal),
  },
};

/** Base of the elements that read an account's data through a fetcher. */
export class MonoDataElement extends MonoElement {
  /** The Mono account id, as your backend got it from the code exchange. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Backend access. Defaults to the nearest `<mono-provider>`'s, then `configure()`'s, then `/api/mono`. */
  @property({ attribute: false }) fetcher?: MonoFetcher;

  // A state, so that a provider arriving or changing shows up in
  // `changed` (sourceChanged) and not only as an anonymous update.
  @state()
  protected provided?: MonoProvided;

  /** Asks the nearest provider, and again on every connect; created once there is a provider to ask. */
  private consumer?: ContextConsumer<typeof monoContext, this>;

  constructor() {
    super();
    // Live events for the account, through the fetcher's one shared stream
    // (DESIGN.md "Live state"). Polling stays: it is the fallback whenever
    // events do not arrive (no subscribe(), stream down, server without Redis).
    new LiveController(
      this,
      () => ({ accountId: this.accountId, fetcher: this.resolveFetcher() }),
      (event) => this.onLiveEvent(event),
    );
  }

  /** A live event about this element's account arrived. Subclasses react (reload, flip a status); the default ignores it. */
  protected onLiveEvent(_event: MonoLiveEvent): void {}

  override connectedCallback(): void {
    super.connectedCallback(); // an existing consumer asks again here
    // Not @consume, which asks at once: a provider defined late could not
    // answer yet (see provider-pending.ts).
    const defined = providerDefined(this);
    if (!defined) {
      this.consume();
      return;
    }
    this.provided = AWAITING_PROVIDER;
    void defined.then(() => {
      if (!this.isConnected) return; // it asks on its next connect
      this.consumer?.hostConnected();
      this.consume();
    });
  }

  /** Creates the consumer (on a connected host it asks at once), and ends an unanswered wait. */
  private consume(): void {
    this.consumer ??= new ContextConsumer(this, {
      context: monoContext,
      subscribe: true,
      callback: (provided) => {
        this.provided = provided;
      },
    });
    // No provider answered (the element was moved out of it): on down the lookup order.
    if (this.provided === AWAITING_PROVIDER) this.provided = undefined;
  }

  /**
   * Whether the account, or the fetcher it is read through, changed in this
   * update. A provider hands out a new object whenever any of its
   * properties changes (a new public key, a driver): that is a change of
   * source only if the fetcher it resolves to is another one.
   */
  protected sourceChanged(changed: PropertyValues): boolean {
    if (changed.has('accountId')) return true;
    if (!changed.has('fetcher') && !changed.has('provided')) return false;
    const before = lookUp(
      changed.has('fetcher') ? (changed.get('fetcher') as MonoFetcher | undefined) : this.fetcher,
      changed.has('provided') ? (changed.get('provided') as MonoProvided | undefined) : this.provided,
    );
    return before !== this.resolveFetcher();
  }

  /** The lookup order: own property → nearest provider → `configure()` → `/api/mono`. */
  protected resolveFetcher(): MonoFetcher {
    return lookUp(this.fetcher, this.provided);
  }
}

function lookUp(own: MonoFetcher | undefined, provided: MonoProvided | undefined): MonoFetcher {
  return own ?? provided?.fetcher ?? configuredFetcher();
}
