import { LitElement } from 'lit';

/** The `detail` of a library event, by name. */
export type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Base class: one typed way out for every event the library fires. */
export class MonoElement extends LitElement {
  /**
   * Fires a `mono-…` event. Every event bubbles and crosses shadow roots, so a
   * page can listen once on `document`.
   */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: DetailOf<K>): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}
