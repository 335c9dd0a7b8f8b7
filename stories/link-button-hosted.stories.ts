import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/link-button/link-button.js';
import { storyFetcher } from './story-helpers.js';

/*
 * <mono-link-button mode="hosted"> (README, Webviews and strict pages). A
 * story must not send Storybook's frame away to Mono, so each one cancels
 * `mono-redirect` and shows where the window would have gone. Coming back
 * (mono_ref in the address, the cookie the backend set) needs a real
 * origin: the browser tests and `npm start` play that part.
 */

interface Args {
  label: string;
  lang: string;
}

// The in-memory backend starts the hosted session at the simulator, for a customer of its own.
const fetcher = storyFetcher({ customer: () => ({ name: 'Ada Obi', email: 'ada@example.com', identity: { type: 'bvn', number: '22110033445' } }) });

function held(event: CustomEvent<{ url: string }>): void {
  event.preventDefault();
  const output = (event.target as HTMLElement).parentElement!.querySelector('output')!;
  output.textContent = `mono-redirect (cancelled here): the window would go to ${event.detail.url}`;
}

const meta: Meta<Args> = {
  title: 'Elements/mono-link-button/hosted',
  component: 'mono-link-button',
  args: { label: "Link through Mono's page", lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'fr'] } },
  render: (args) => html`<div lang=${args.lang} style="display: grid; gap: 0.75rem; justify-items: start; max-width: 100%">
    <mono-link-button public-key="test_pk_storybook" mode="hosted" .fetcher=${fetcher} @mono-redirect=${held}>${args.label}</mono-link-button>
    <output aria-live="polite" style="overflow-wrap: anywhere; font: 0.875rem/1.4 system-ui, sans-serif"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Press it: the backend starts Mono's hosted page, and `mono-redirect` says where the window goes. */
export const Hosted: Story = {};

/** Re-authorising an account through Mono's page: the label says so. */
export const Reconnect: Story = {
  args: { label: '' },
  render: (args) => html`<div lang=${args.lang} style="display: grid; gap: 0.75rem; justify-items: start; max-width: 100%">
    <mono-link-button public-key="test_pk_storybook" mode="hosted" account-id="5f9a0c1b2d3e4f5a6b7c8d01" .fetcher=${fetcher} @mono-redirect=${held}></mono-link-button>
    <output aria-live="polite" style="overflow-wrap: anywhere; font: 0.875rem/1.4 system-ui, sans-serif"></output>
  </div>`,
};

/** A backend without the hosted route, or one that refuses it: `mono-error` phase `session`, and the button says so. */
export const NotStarted: Story = {
  render: (args) => html`<div lang=${args.lang} style="display: grid; gap: 0.75rem; justify-items: start; max-width: 100%">
    <mono-link-button
      public-key="test_pk_storybook"
      mode="hosted"
      .fetcher=${storyFetcher()}
      @mono-redirect=${held}
      @mono-error=${(event: CustomEvent<{ error: { code: string } }>) => {
        const output = (event.target as HTMLElement).parentElement!.querySelector('output')!;
        output.textContent = `mono-error ${event.detail.error.code}`;
      }}
      >${args.label}</mono-link-button
    >
    <output aria-live="polite" style="overflow-wrap: anywhere; font: 0.875rem/1.4 system-ui, sans-serif"></output>
  </div>`,
};
