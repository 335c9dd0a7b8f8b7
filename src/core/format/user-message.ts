import type { MonoErrorInfo } from '../../events/mono-error.js';

/**
 * What a user reads for an error. A response the fetcher could not read
 * carries field paths (`data.account.id should be …`): those are for
 * developers, who get them in `mono-error` and the console, so the screen
 * says `fallback` instead. Other messages (network, the proxy's own) are
 * already written for people — in English: for an element in another
 * language (`lang`, from nearestLang) the screen says `fallback`, its own
 * words in that language, and the detail stays in `mono-error`.
 */
export function userMessage(error: MonoErrorInfo | undefined, fallback: string, lang = ''): string {
  if (!error || error.code === 'INVALID_RESPONSE' || !error.message || !/^(en)?(-|$)/.test(lang)) return fallback;
  return error.message;
}
