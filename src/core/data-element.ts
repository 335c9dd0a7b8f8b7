import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { configuredFetcher } from './default-fetcher.js';
import { monoContext, type MonoProvided } from './context.js';
import { ensureContextRoot } from './context-root.js';
import type { MonoFetcher } from './fetcher/types.js';
import { MonoElement } from './mono-element.js';
import { awaitingProvider, insideUndefinedProvider } from './provider-pending.js';

/** Base of the elements that read an account's data through a fetcher. */
export class MonoDataElement extends MonoElement {
  /** The Mono account id, as your backend got it from the code exchange. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Backend access. Defaults to the nearest `<mono-provider>`'s, then `configure()`'s, then `/api/mono`. */
  @property({ attribute: false }) fetcher?: MonoFetcher;

  // A state, so that a provider arriving or changing shows up in
  // `changed` (sourceChanged) and not only as an anonymous update.
  @consume({ context: monoContext, subscribe: true })
  @state()
  protected provided?: MonoProvided;

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  /** Whether the account, or the fetcher it is read through, may have changed. */
  protected sourceChanged(changed: PropertyValues): boolean {
    return changed.has('accountId') || changed.has('fetcher') || changed.has('provided');
  }

  /** The lookup order: own property → nearest provider → `configure()` → `/api/mono`. */
  protected resolveFetcher(): MonoFetcher {
    if (this.fetcher) return this.fetcher;
    if (this.provided?.fetcher) return this.provided.fetcher;
    if (insideUndefinedProvider(this)) return awaitingProvider;
    return configuredFetcher();
  }
}
