import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createLazyHttpFetcher } from '../../core/default-fetcher.js';
import { monoContext, type MonoProvided } from '../../core/context.js';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { MonoElement } from '../shared/mono-element.js';
import type { WidgetDriver } from '../../core/widget/types.js';

/**
 * Configures every Mono element inside it once: the public key, the backend
 * endpoint (or a whole fetcher) and, for link buttons, the widget driver.
 * An element's own property still wins over the provider's.
 *
 * @summary Gives descendants the public key and fetcher.
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

  @provide({ context: monoContext })
  protected provided: MonoProvided = {};

  private endpointFetcher?: { endpoint: string; fetcher: MonoFetcher };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('publicKey') || changed.has('endpoint') || changed.has('fetcher') || changed.has('driver')) {
      // A new object each time: consumers that subscribe are told only when it changes.
      this.provided = { publicKey: this.publicKey, fetcher: this.fetcher ?? this.fetcherForEndpoint(), driver: this.driver };
    }
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
