import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/accounts/accounts.js';
import type { MonoAccounts } from '../../../src/elements/accounts/accounts.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { createMemoryFetcher, type MemoryFetcherOptions } from '../../../src/testing/memory-fetcher.js';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/simulator/simulator.js';

export { SIMULATED_ACCOUNTS };

/** The real in-memory backend (simulator → proxy → HTTP fetcher), with the user's accounts as given. */
export const backend = (options: MemoryFetcherOptions = {}) => createMemoryFetcher({ retry: { retries: 0 }, ...options });

export const root = (el: MonoAccounts) => el.shadowRoot!;
export const rows = (el: MonoAccounts) => [...root(el).querySelectorAll<HTMLLIElement>('li.account')];
export const rowOf = (el: MonoAccounts, bank: string) => rows(el).find((row) => row.querySelector('[part="bank"]')!.textContent!.includes(bank))!;
export const announced = (el: MonoAccounts) => root(el).querySelector('[part="announcer"]')!.textContent!.trim();

/** Mounts a list on `fetcher` in a 320–414 px-agnostic wrapper and waits for it to settle. */
export async function mount(fetcher: MonoFetcher, attributes = html``, width = '') {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width:${width}` : ''}><mono-accounts .fetcher=${fetcher} refresh-cooldown="300" poll-interval="100" max-poll-interval="200">${attributes}</mono-accounts></div>`,
  );
  const el = wrapper.querySelector('mono-accounts')!;
  await waitUntil(() => el.state !== 'loading', 'the list loads', { timeout: 5000 });
  await el.updateComplete;
  return { el, wrapper };
}
