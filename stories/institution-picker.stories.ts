import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/institution-picker/institution-picker.js';
import '../src/elements/link-button/link-button.js';
import type { MonoFetcher } from '../src/core/fetcher/types.js';
import { darkTokens, storyDriver, storyFetcher } from './story-helpers.js';

interface Args {
  authMethod: string;
}

// getInstitutions() is answered by the in-memory fetcher itself, not the
// simulator, so its faults do not reach it: these stand in for them.
const failing = (): MonoFetcher => ({ ...storyFetcher(), getInstitutions: () => Promise.reject(new Error('The backend answered 502.')) });
const pending = (): MonoFetcher => ({ ...storyFetcher(), getInstitutions: () => new Promise(() => {}) });

const meta: Meta<Args> = {
  title: 'Elements/mono-institution-picker',
  component: 'mono-institution-picker',
  args: { authMethod: '' },
  argTypes: { authMethod: { control: 'select', options: ['', 'internet_banking', 'mobile_banking'] } },
  render: (args) => {
    const fetcher = storyFetcher();
    return html`<mono-institution-picker auth-method=${args.authMethod || undefined!} .fetcher=${fetcher} style="max-width: 24rem">
      <mono-link-button public-key="test_pk_storybook" .driver=${storyDriver(fetcher)} .fetcher=${fetcher} exchange>Link this bank</mono-link-button>
    </mono-institution-picker>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};
export const MobileBankingOnly: Story = { args: { authMethod: 'mobile_banking' } };
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('mono-institution-picker')!;
    await picker.updateComplete;
    const input = picker.shadowRoot!.querySelector('input')!;
    input.value = 'no such bank';
    input.dispatchEvent(new Event('input'));
  },
};
export const Loading: Story = {
  render: () => html`<mono-institution-picker .fetcher=${pending()}></mono-institution-picker>`,
};
export const FetchError: Story = {
  render: () => html`<mono-institution-picker .fetcher=${failing()}></mono-institution-picker>`,
};
export const Narrow320: Story = {
  render: (args, context) => html`<div style="width: 320px">${meta.render!(args, context)}</div>`,
};
export const DarkTheme: Story = {
  render: (args, context) => html`<div style=${darkTokens}>${meta.render!(args, context)}</div>`,
};
