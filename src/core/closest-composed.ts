/**
 * The nearest inclusive ancestor of `element` that matches `selector`,
 * looking out of shadow roots into their hosts' trees as well: what a
 * composed event or an inherited `lang` crosses, `closest()` does not.
 */
export function closestComposed<E extends Element = Element>(element: Element, selector: string): E | undefined {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    const found = node.closest<E>(selector);
    if (found) return found;
  }
  return undefined;
}
