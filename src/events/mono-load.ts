export type MonoLoadDetail = Record<string, never>;
export type MonoLoadEvent = CustomEvent<MonoLoadDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    /** The widget's frame has loaded (it may still be hidden). */
    'mono-load': MonoLoadEvent;
  }
  interface DocumentEventMap {
    'mono-load': MonoLoadEvent;
  }
  interface WindowEventMap {
    'mono-load': MonoLoadEvent;
  }
}
