import { LitElement } from 'lit';
import { unwatchLang, watchLang } from '../../core/i18n/lang-observer.js';

/** The `detail` of a library event, by name. */
export type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Base class: one typed way out for every event the library fires, and the
 * words on screen in the language around the element (its own `lang` or
 * the nearest ancestor's): it re-renders when that changes. `render()`
 * reads its messages with `localize(this, table)` (core/i18n/localize.ts).
 */
export class MonoElement extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /**
   * Fires a `mono-…` event. Every event bubbles and crosses shadow roots, so a
   * page can listen once on `document`.
   */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: DetailOf<K>): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
