import type { ContextCallback } from '@lit/context';
import { monoContext, type MonoProvided } from './context.js';

/**
 * What the nearest `<mono-provider>` gives, asked once at the moment it is
 * needed. An element that needs it only on a user's action (the link
 * button) asks then, instead of subscribing from connect: by then any
 * provider on the page is defined, however late it was loaded, and the page
 * pays for no subscription machinery before intent.
 */
export function requestProvided(host: HTMLElement): MonoProvided | undefined {
  let provided: MonoProvided | undefined;
  const callback: ContextCallback<MonoProvided | undefined> = (value) => {
    provided = value;
  };
  // The context protocol's request, as a plain event: providers read its
  // fields, never its class, and @lit/context's ContextEvent class would
  // join the smallest entry only to set them.
  host.dispatchEvent(
    Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: monoContext,
      contextTarget: host,
      callback,
      subscribe: false,
    }),
  );
  return provided;
}
