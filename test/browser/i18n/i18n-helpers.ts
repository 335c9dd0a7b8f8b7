import { waitUntil } from '@open-wc/testing';

/** The text an element shows in its shadow root at `selector`, trimmed. */
export const shownText = (element: Element, selector: string): string =>
  element.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

/** Waits until `element` shows `text` at `selector` (a language's table may still be loading). */
export async function untilShown(element: Element, selector: string, text: string): Promise<void> {
  await waitUntil(() => shownText(element, selector) === text, `expected "${text}", saw "${shownText(element, selector)}"`, { timeout: 3000 });
}
