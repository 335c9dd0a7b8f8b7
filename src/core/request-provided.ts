import { ContextEvent } from '@lit/context';
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
  host.dispatchEvent(
    new ContextEvent(monoContext, host, (value) => {
      provided = value;
    }, false),
  );
  return provided;
}
