// Types for Vue templates: `"types": ["mono-connect-elements/vue"]` in the
// app's tsconfig makes vue-tsc check every <mono-…> tag's props and @mono-…
// handlers. (Vue still needs `isCustomElement` for the tags; see README.)
import type { DefineComponent } from 'vue';
import type { MonoAccountCard } from '../elements/account-card/account-card.component.js';
import type { MonoAccountStatus } from '../elements/account-status/account-status.component.js';
import type { MonoLinkButton } from '../elements/link-button/link-button.component.js';
import type { MonoProvider } from '../elements/provider/provider.component.js';
import type { MonoTransactions } from '../elements/transactions/transactions.component.js';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `@mono-status-change` in a template is the `onMonoStatusChange` prop. */
type Handlers<Names extends keyof HTMLElementEventMap> = {
  [Name in Names as Name extends string ? `on${Pascal<Name>}` : never]?: (event: HTMLElementEventMap[Name]) => void;
};

type ElementComponent<Element, Props extends keyof Element, Events extends keyof HTMLElementEventMap = never> = DefineComponent<
  Partial<Pick<Element, Props>> & Handlers<Events>
>;

type DataProps = 'accountId' | 'fetcher';

declare module 'vue' {
  interface GlobalComponents {
    'mono-provider': ElementComponent<MonoProvider, 'publicKey' | 'endpoint' | 'fetcher' | 'driver'>;
    'mono-link-button': ElementComponent<
      MonoLinkButton,
      | 'publicKey'
      | 'scope'
      | 'reference'
      | 'customerId'
      | 'customer'
      | 'accountId'
      | 'institutionId'
      | 'authMethod'
      | 'accountNumber'
      | 'checkAccountMatch'
      | 'data'
      | 'disabled'
      | 'exchange'
      | 'fetcher'
      | 'driver',
      'mono-load' | 'mono-open' | 'mono-event' | 'mono-success' | 'mono-linked' | 'mono-close' | 'mono-error'
    >;
    'mono-account-status': ElementComponent<
      MonoAccountStatus,
      DataProps | 'pollInterval' | 'maxPollInterval' | 'timeout',
      'mono-status-change' | 'mono-error'
    >;
    'mono-transactions': ElementComponent<
      MonoTransactions,
      DataProps | 'page' | 'type' | 'start' | 'end' | 'narration' | 'locale' | 'currency' | 'infinite' | 'noFilters' | 'pollInterval' | 'maxPollInterval' | 'timeout',
      'mono-page-change' | 'mono-transactions-loaded' | 'mono-error'
    >;
    'mono-account-card': ElementComponent<MonoAccountCard, DataProps | 'locale', 'mono-error'>;
  }
}

export {};
