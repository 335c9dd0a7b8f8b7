export type MonoOpenDetail = Record<string, never>;
export type MonoOpenEvent = CustomEvent<MonoOpenDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    /** The widget is visible to the user. */
    'mono-open': MonoOpenEvent;
  }
  interface DocumentEventMap {
    'mono-open': MonoOpenEvent;
  }
  interface WindowEventMap {
    'mono-open': MonoOpenEvent;
  }
}
