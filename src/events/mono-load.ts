export type MonoLoadDetail = Record<string, never>;
export type MonoLoadEvent = CustomEvent<MonoLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    /** The widget's frame has loaded (it may still be hidden). */
    'mono-load': MonoLoadEvent;
  }
}
