import { relocalize } from './lang-observer.js';
import { nearestLang } from './nearest-lang.js';
import type { Messages, MessageTable } from './types.js';

let full: typeof import('./localize.js').localize | undefined;

/**
 * Fetches the real `localize()` (localize.ts), then re-renders every
 * element with it: when a language other than English is in effect, and
 * when `configure()` or a provider is given messages. Called again while
 * pending, it costs a re-render; a failed fetch is tried again next time.
 */
export function loadLocalize(): Promise<void> {
  return import('./localize.js').then(
    (module) => {
      full = module.localize;
      relocalize();
    },
    () => {},
  );
}

/**
 * `localize()` for the link button, whose entry has no bytes to spare
 * (README, Benchmarks): the English table as it is until the real
 * `localize()` is on the page (see `loadLocalize`); from then on, the real
 * one. Data elements use localize.ts directly.
 */
export function localizeLazily<T extends Messages>(element: HTMLElement, table: MessageTable<T>): T {
  if (full) return full(element, table);
  if (!/^(en)?(-|$)/.test(nearestLang(element))) void loadLocalize();
  return table.en;
}
