import { closestComposed } from './closest-composed.js';

const PROVIDER = 'mono-provider';

/*
 * The one way this library handles a <mono-provider> whose class is defined
 * after the elements inside it have upgraded (per-element entries loaded in
 * any order, a provider's chunk that arrives late): an element that finds
 * itself inside such a provider waits for it to be defined, and for its
 * first update (which sets what it provides), before it asks for context.
 * Meanwhile it sends nothing: asking the default endpoint would send an
 * account id to a backend the page never chose, and a button would open
 * with the wrong key or driver. Waiting at the consumer needs no help from
 * entries (import order), from the document (a ContextRoot replaying
 * requests) or from the provider, so it covers every way a page can load.
 */

/**
 * Resolves once the `<mono-provider>` around `element` that is not defined
 * yet is defined and has rendered once; `undefined` when there is none.
 * Looks out of shadow roots too, as a context request travels.
 */
export function providerDefined(element: Element): Promise<unknown> | undefined {
  const provider = closestComposed<Element & { updateComplete?: Promise<unknown> }>(element, `${PROVIDER}:not(:defined)`);
  return provider && customElements.whenDefined(PROVIDER).then(() => provider.updateComplete);
}
