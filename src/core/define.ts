/**
 * Registers a custom element once. Importing two copies of the package, or a
 * per-element entry after the full one, must not throw at import: the first
 * definition wins, and a different class under the same tag is reported.
 * Outside a browser (SSR, Node tests) there is no registry and nothing to do.
 */
export function define(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, elementClass);
  } else if (existing !== elementClass) {
    // Short: this ships in every entry, the link button's smallest of all.
    console.warn(`mono-connect-elements: <${tagName}> defined twice (two copies?); the first stays.`);
  }
}
