import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { MonoLinkedEvent } from '../src/events/mono-linked.js';
import { storyDriver, storyFetcher } from './story-helpers.js';

const meta: Meta = {
  title: 'Flows/Link then read',
  component: 'mono-provider',
};
export default meta;

/** Mono's five steps on the sandbox: link, exchange, wait for data, read transactions. */
export const WholeFlow: StoryObj = {
  render: () => {
    const fetcher = storyFetcher({ processingMs: 3000 });
    const onLinked = (event: MonoLinkedEvent) => {
      const root = (event.target as HTMLElement).closest('mono-provider')!;
      for (const element of root.querySelectorAll('mono-account-status, mono-account-card, mono-transactions')) {
        element.setAttribute('account-id', event.detail.accountId);
        (element as HTMLElement).hidden = false;
      }
    };
    return html`<mono-provider public-key="test_pk_storybook" .fetcher=${fetcher} .driver=${storyDriver(fetcher)}>
      <mono-link-button exchange @mono-linked=${onLinked}>Link a bank account</mono-link-button>
      <div style="display:grid;gap:1rem;margin-top:1rem">
        <mono-account-status hidden poll-interval="500"></mono-account-status>
        <mono-account-card hidden></mono-account-card>
        <mono-transactions hidden poll-interval="500"></mono-transactions>
      </div>
    </mono-provider>`;
  },
};
