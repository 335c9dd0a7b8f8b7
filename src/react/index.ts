// React wrappers (@lit/react): typed props for every property and an
// `onMono…` prop for every event. React 19 can also use the tags directly;
// these wrappers add types and behave the same in React 18.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MonoAccountCard as MonoAccountCardElement } from '../elements/account-card/account-card.js';
import { MonoAccountStatus as MonoAccountStatusElement } from '../elements/account-status/account-status.js';
import { MonoLinkButton as MonoLinkButtonElement } from '../elements/link-button/link-button.js';
import { MonoProvider as MonoProviderElement } from '../elements/provider/provider.js';
import { MonoTransactions as MonoTransactionsElement } from '../elements/transactions/transactions.js';
import type { MonoCloseEvent } from '../events/mono-close.js';
import type { MonoErrorEvent } from '../events/mono-error.js';
import type { MonoWidgetEvent } from '../events/mono-event.js';
import type { MonoLinkedEvent } from '../events/mono-linked.js';
import type { MonoLoadEvent } from '../events/mono-load.js';
import type { MonoOpenEvent } from '../events/mono-open.js';
import type { MonoPageChangeEvent } from '../events/mono-page-change.js';
import type { MonoStatusChangeEvent } from '../events/mono-status-change.js';
import type { MonoSuccessEvent } from '../events/mono-success.js';
import type { MonoTransactionsLoadedEvent } from '../events/mono-transactions-loaded.js';

const onMonoError = 'mono-error' as EventName<MonoErrorEvent>;

export const MonoProvider = createComponent({
  tagName: 'mono-provider',
  elementClass: MonoProviderElement,
  react: React,
});

export const MonoLinkButton = createComponent({
  tagName: 'mono-link-button',
  elementClass: MonoLinkButtonElement,
  react: React,
  events: {
    onMonoLoad: 'mono-load' as EventName<MonoLoadEvent>,
    onMonoOpen: 'mono-open' as EventName<MonoOpenEvent>,
    onMonoEvent: 'mono-event' as EventName<MonoWidgetEvent>,
    onMonoSuccess: 'mono-success' as EventName<MonoSuccessEvent>,
    onMonoLinked: 'mono-linked' as EventName<MonoLinkedEvent>,
    onMonoClose: 'mono-close' as EventName<MonoCloseEvent>,
    onMonoError,
  },
});

export const MonoAccountStatus = createComponent({
  tagName: 'mono-account-status',
  elementClass: MonoAccountStatusElement,
  react: React,
  events: {
    onMonoStatusChange: 'mono-status-change' as EventName<MonoStatusChangeEvent>,
    onMonoError,
  },
});

export const MonoTransactions = createComponent({
  tagName: 'mono-transactions',
  elementClass: MonoTransactionsElement,
  react: React,
  events: {
    onMonoPageChange: 'mono-page-change' as EventName<MonoPageChangeEvent>,
    onMonoTransactionsLoaded: 'mono-transactions-loaded' as EventName<MonoTransactionsLoadedEvent>,
    onMonoError,
  },
});

export const MonoAccountCard = createComponent({
  tagName: 'mono-account-card',
  elementClass: MonoAccountCardElement,
  react: React,
  events: { onMonoError },
});
