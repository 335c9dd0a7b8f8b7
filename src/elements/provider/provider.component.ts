import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createLazyHttpFetcher } from '../../core/default-fetcher.js';
import { monoContext, type MonoProvided } from '../../core/context.js';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { MonoElement } from '../shared/mono-element.js';
import type { WidgetDriver } from '../../core/widget/types.js';
import type { MonoMessages } from '../../core/i18n/types.js';
import { loadLocalize } from '../../core/i18n/localize-lazily.js';

/**
 * Configures every Mono element inside it once: the public key, the backend
 * endpoint (or a whole fetcher), for link buttons the widget driver, and
 * the words elements show (`messages`). An element's own property still
 * wins over the provider's.
 *
 * @summary Gives descendants the public key, fetcher and message overrides.
 * @tagname mono-provider
 *
 * @slot - The page content that uses Mono elements.
 */
export class MonoProvider extends MonoElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Mono public key for the link buttons inside. */
  @property({ attribute: 'public-key' }) publicKey?: string;

  /** Base URL of your backend's Mono routes. */
  @property() endpoint = '/api/mono';

  /** A fetcher to use instead of the HTTP one on `endpoint`. */
  @property({ attribute: false }) fetcher?: MonoFetcher;

  /** The widget driver for link buttons inside (e.g. the sandbox driver). */
  @property({ attribute: false }) driver?: WidgetDriver;

  /**
   * Words for the elements inside instead of the built-in ones, by language
   * then element tag (see README, Languages). Win over `configure({ messages })`.
   */
  @property({ attribute: false }) messages?: MonoMessages;

  @provide({ context: monoContext })
  protected provided: MonoProvided = {};

  private endpointFetcher?: { endpoint: string; fetcher: MonoFetcher };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('publicKey') || changed.has('endpoint') || changed.has('fetcher') || changed.has('driver') || changed.has('messages')) {
      // A new object each time: consumers that subscribe are told only when it changes.
      this.provided = {
        publicKey: this.publicKey,
        fetcher: this.fetcher ?? this.fetcherForEndpoint(),
        driver: this.driver,
        messages: this.messages,
      };
    }
    // Data elements re-render as `provided` changes; this re-renders the
    // rest (link buttons), once the code that reads overrides is here.
    if (changed.has('messages')) void loadLocalize();
  }

  private fetcherForEndpoint(): MonoFetcher {
    if (this.endpointFetcher?.endpoint !== this.endpoint) {
      this.endpointFetcher = { endpoint: this.endpoint, fetcher: createLazyHttpFetcher({ endpoint: this.endpoint }) };
    }
    return this.endpointFetcher.fetcher;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
