export type MonoOpenDetail = Record<string, never>;
export type MonoOpenEvent = CustomEvent<MonoOpenDetail>;

declare global {
  interface HTMLElementEventMap {
    /** The widget is visible to the user. */
    'mono-open': MonoOpenEvent;
  }
}
