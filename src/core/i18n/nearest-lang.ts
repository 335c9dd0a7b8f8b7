import { closestComposed } from '../closest-composed.js';

/**
 * The language in effect for `element`, lower-cased: its own `lang`, else
 * the nearest ancestor's, looking out of shadow roots as inheritance does;
 * `''` when there is none (English).
 */
export function nearestLang(element: Element): string {
  return closestComposed<HTMLElement>(element, '[lang]')?.lang.toLowerCase() ?? '';
}
