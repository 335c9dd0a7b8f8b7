import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';

/*
 * The hosted link against a real backend on the test page's own origin
 * (test/fixtures/hosted-backend.mjs: the proxy and the Mono API simulator),
 * so the browser itself keeps and sends the cookie that binds a session
 * to it. Nothing here navigates the test page: its address changes only by
 * history.replaceState, as if Mono had sent the user back to it, and is put
 * back after every test.
 */

export const ENDPOINT = '/hosted-fixture/api/mono';

/** Like a host's app: the HTTP fetcher on the backend's endpoint, no live events. */
export const hostedFetcher = (): MonoFetcher => createHttpFetcher({ endpoint: ENDPOINT, EventSource: false, retry: { retries: 1, baseDelayMs: 10 } });

export interface SimulatedSession {
  id: string;
  ref?: string;
  redirectUrl?: string;
  accountId?: string;
  scope: string;
  status: string;
  url: string;
}

export async function resetBackend(): Promise<void> {
  const answer = await fetch('/hosted-fixture/reset', { method: 'POST' });
  if (!answer.ok) throw new Error(`reset: HTTP ${answer.status}`);
}

export async function simulatedSessions(): Promise<SimulatedSession[]> {
  return (await fetch('/hosted-fixture/sessions').then((answer) => answer.json())) as SimulatedSession[];
}

const original = location.href;

/** The test page's address, as the app's page would be (the test runner's own query is kept). */
export function pageAt(path: string, extra = '', hash = ''): string {
  const url = new URL(original);
  url.pathname = path;
  const query = [url.search.slice(1), extra].filter(Boolean).join('&');
  url.search = query ? `?${query}` : '';
  url.hash = hash;
  history.replaceState(null, '', url.href);
  return url.href;
}

export function restorePage(): void {
  history.replaceState(null, '', original);
}

/**
 * What the user does on Mono's hosted page (the simulator's: plain HTML
 * forms), as the browser would submit them: pick the first bank, log in
 * with `password` (`fail` makes the bank refuse). Follows the 303 back and
 * answers the address Mono sent the user back to.
 */
export async function playHostedPage(url: string, password = 'sandbox'): Promise<string> {
  const page = new DOMParser().parseFromString(await fetch(url).then((answer) => answer.text()), 'text/html');
  const bank = page.querySelector<HTMLButtonElement>('button[name="institution"]')?.value ?? page.querySelector<HTMLInputElement>('input[name="institution"]')?.value;
  if (!bank) throw new Error(`no bank to pick on ${url}`);
  const post = (fields: Record<string, string>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
  if (page.querySelector('button[name="institution"]')) await post({ action: 'bank', institution: bank });
  const back = await post({ action: 'login', institution: bank, username: 'sandbox', password });
  if (!back.redirected) throw new Error(`the hosted page did not send the user back (HTTP ${back.status})`);
  return back.url;
}

/** The first event `name` on `document` after now. */
export const next = <K extends keyof DocumentEventMap>(name: K): Promise<DocumentEventMap[K]> =>
  new Promise((resolve) => document.addEventListener(name, resolve as (event: Event) => void, { once: true }));
