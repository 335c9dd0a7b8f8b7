import { nearestLang } from './nearest-lang.js';

/**
 * The Intl locale for the amounts and dates of an element that sets no
 * `locale`: the language around it, in Nigeria unless its tag names a
 * region — none → `en-NG`, `fr` → `fr-NG` ("1 470,85 NGN", "26 nov. 2026"),
 * `fr-CI` stays `fr-CI`. `lang` chooses words and number style only: the
 * currency is always the data's (NGN), never the language's.
 */
export function formatLocale(element: Element): string {
  const lang = nearestLang(element) || 'en';
  return lang.includes('-') ? lang : `${lang}-NG`;
}
