import { getConfig } from '../config.js';
import { requestProvided } from '../request-provided.js';
import { relocalize } from './lang-observer.js';
import { nearestLang } from './nearest-lang.js';
import type { Messages, MessageOverrides, MessageTable } from './types.js';

/**
 * The built-in table for `lang` if it has arrived. The first time it is
 * needed its import starts, and every element re-renders when it lands.
 * Meanwhile the layer is the pending import (no keys: English shows); a
 * failed import is tried again at the next render.
 */
function builtIn<T extends Messages>(table: MessageTable<T>, lang: string): object | false | undefined {
  // Own keys only: a `lang` of "constructor" must not reach Object's.
  const load = Object.hasOwn(table.load, lang) && table.load[lang]!;
  return (
    load &&
    (load.loaded ??= load().then(
      (module) => {
        load.loaded = module.default;
        relocalize();
      },
      () => (load.loaded = undefined),
    ))
  );
}

/**
 * What `element` says now, in the language around it (`nearestLang`).
 * Layers, each over the one before, for `en`, then the primary language
 * (`fr` of `fr-CI`), then the full tag; for each of them the built-in table,
 * then `configure({ messages })`, then the nearest `<mono-provider>`'s
 * `messages`. So a host's English override also shows in languages the
 * package does not ship, and a host can add a language whole. Overrides are
 * found by the element's tag name (or the table's own `tag`).
 */
export function localize<T extends Messages>(element: HTMLElement, table: MessageTable<T>): T {
  const lang = nearestLang(element);
  const overrides = [getConfig().messages, requestProvided(element)?.messages];
  const layers = ['en', lang.split('-')[0]!, lang].flatMap((tag) => [
    builtIn(table, tag),
    ...overrides.map((by) => by?.[tag]?.[table.tag ?? (element.localName as keyof MessageOverrides)]),
  ]);
  return Object.assign({}, table.en, ...layers);
}
