export interface MonoPageChangeDetail {
  /** The 1-based page now shown. */
  page: number;
}

export type MonoPageChangeEvent = CustomEvent<MonoPageChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    /** The user moved to another page, and it has loaded. */
    'mono-page-change': MonoPageChangeEvent;
  }
}
