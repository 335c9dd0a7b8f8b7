export interface MonoPageChangeDetail {
  /** The 1-based page now shown. */
  page: number;
}

export type MonoPageChangeEvent = CustomEvent<MonoPageChangeDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    /** The user moved to another page, and it has loaded. */
    'mono-page-change': MonoPageChangeEvent;
  }
  interface DocumentEventMap {
    'mono-page-change': MonoPageChangeEvent;
  }
  interface WindowEventMap {
    'mono-page-change': MonoPageChangeEvent;
  }
}
