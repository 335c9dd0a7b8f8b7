export interface MonoRedirectDetail {
  /** Mono's hosted page, where the whole window is about to go. */
  url: string;
}

/**
 * Fired by `<mono-link-button mode="hosted">` just before the window leaves
 * for Mono's hosted page. Cancelable: `preventDefault()` keeps the page, so
 * a native shell can open `detail.url` its own way (an in-app browser tab).
 */
export type MonoRedirectEvent = CustomEvent<MonoRedirectDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    /** The window is about to go to Mono's hosted page (cancelable). */
    'mono-redirect': MonoRedirectEvent;
  }
  interface DocumentEventMap {
    'mono-redirect': MonoRedirectEvent;
  }
  interface WindowEventMap {
    'mono-redirect': MonoRedirectEvent;
  }
}
