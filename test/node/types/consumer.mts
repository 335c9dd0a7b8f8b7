// A consumer of the published package: compiled against dist/ (through
// package.json "exports") by TypeScript 5 with skipLibCheck false, in
// types.test.ts. Every line here is something the README promises.
import 'mono-connect-elements';
import { MonoLinkButton as LinkButtonClass, configure, createHttpFetcher, type MonoLinkedEvent, type MonoFetcher } from 'mono-connect-elements';
import 'mono-connect-elements/mono-transactions.js';
import { MonoLinkButton, MonoTransactions } from 'mono-connect-elements/react';
import type {} from 'mono-connect-elements/vue';
import { loadDataElements, type MonoTransactions as CdnTransactions } from 'mono-connect-elements/cdn/mono-connect-elements.js';
import * as React from 'react';

// Events are typed on document and window, not only on elements.
document.addEventListener('mono-linked', (e) => e.detail.accountId satisfies string);
window.addEventListener('mono-error', (e) => e.detail.phase satisfies string);
document.querySelector('mono-link-button')?.addEventListener('mono-close', (e) => e.detail.reason satisfies 'success' | 'user' | 'api');
document.querySelector('mono-transactions')?.addEventListener('mono-page-change', (e) => e.detail.page satisfies number);

const linked: MonoLinkedEvent['detail'] = { accountId: 'id', code: 'code' };
const fetcher: MonoFetcher = createHttpFetcher({ endpoint: '/api/mono' });
const button: LinkButtonClass = document.createElement('mono-link-button');
button.fetcher = fetcher;
button.exchange = true;

// The CDN file: the data elements' classes arrive with their chunk.
export const later: Promise<typeof CdnTransactions> = loadDataElements().then((loaded) => loaded.MonoTransactions);

// React wrappers: properties are props, events are typed onMono… props.
export const app = React.createElement(
  React.Fragment,
  null,
  React.createElement(MonoLinkButton, { exchange: true, onMonoLinked: (e) => e.detail.accountId satisfies string }),
  React.createElement(MonoTransactions, { accountId: linked.accountId, onMonoTransactionsLoaded: (e) => e.detail.total }),
);

// Message overrides are typed per element tag and key (README, Languages).
configure({ messages: { fr: { 'mono-link-button': { link: 'Lier mon compte' }, 'mono-transactions': { none: 'Rien pour l’instant.' } } } });
// @ts-expect-error a misspelt key fails type-checking
configure({ messages: { en: { 'mono-link-button': { lnik: 'Connect' } } } });
// @ts-expect-error so does a message of the wrong shape
configure({ messages: { en: { 'mono-institution-picker': { count: 'banks' } } } });
