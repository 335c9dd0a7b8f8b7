import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/accounts/accounts.js';
import type { MonoAccounts } from '../../../src/elements/accounts/accounts.component.js';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { createMonoProxy } from '../../../src/server/proxy.js';
import { createMemoryFetcher, type MemoryFetcherOptions } from '../../../src/testing/memory-fetcher.js';
import { createMonoApiSimulator, SIMULATED_ACCOUNTS } from '../../../src/testing/simulator/simulator.js';

export { SIMULATED_ACCOUNTS };

/** The real in-memory backend (simulator → proxy → HTTP fetcher), with the user's accounts as given. */
export const backend = (options: MemoryFetcherOptions = {}) => createMemoryFetcher({ retry: { retries: 0 }, ...options });

/**
 * The same chain built here, so that a fetch double can stand in front of
 * the real proxy: it only fails (`fail` next requests answer 503) or
 * stalls requests, never answers for it. `owned` is the user's store.
 */
export function gatedBackend(ids: string[]) {
  const simulator = createMonoApiSimulator();
  const owned = [...ids];
  const gate = { fail: 0, stall: false, methods: [] as string[] };
  const proxy = createMonoProxy({
    secretKey: simulator.secretKey,
    apiBase: 'https://api.simulator.invalid',
    fetch: (request) => simulator.handle(request),
    authorize: () => true,
    listAccounts: () => owned,
    onUnlinked: (id) => void owned.splice(owned.indexOf(id), 1),
  });
  const fetcher = createHttpFetcher({
    endpoint: 'https://app.invalid/api/mono',
    retry: { retries: 0 },
    EventSource: false,
    fetch: (request) => {
      gate.methods.push(`${request.method} ${new URL(request.url).pathname}`);
      if (gate.stall) return new Promise<Response>(() => {});
      if (gate.fail > 0) {
        gate.fail--;
        return Promise.resolve(Response.json({ error: { code: 'HTTP_503', message: 'The backend is down (test).' } }, { status: 503 }));
      }
      return proxy(request);
    },
  });
  return { fetcher, simulator, owned, gate };
}

export const root = (el: MonoAccounts) => el.shadowRoot!;
export const rows = (el: MonoAccounts) => [...root(el).querySelectorAll<HTMLLIElement>('li.account')];
export const rowOf = (el: MonoAccounts, bank: string) => rows(el).find((row) => row.querySelector('[part="bank"]')!.textContent!.includes(bank));
export const part = (row: Element, name: string) => row.querySelector<HTMLElement>(`[part~="${name}"]`)!;
export const announced = (el: MonoAccounts) => root(el).querySelector('[part="announcer"]')!.textContent!.trim();
/** What the page shows of the list, as text, with runs of white space folded. */
export const shown = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Mounts a list on `fetcher` and waits for it to settle. */
export async function mount(fetcher: MonoFetcher, { width = '', extra = html`` } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width:${width}` : ''}>
      <button id="before">Before</button>
      <mono-accounts .fetcher=${fetcher} poll-interval="100" max-poll-interval="200">${extra}</mono-accounts>
    </div>`,
  );
  const el = wrapper.querySelector('mono-accounts')!;
  await waitUntil(() => el.state !== 'loading', 'the list loads', { timeout: 5000 });
  await el.updateComplete;
  return { el, wrapper };
}
