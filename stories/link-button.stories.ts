import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/link-button/link-button.js';
import { storyDriver, storyFetcher, storyPayment } from './story-helpers.js';

interface Args {
  publicKey: string;
  scope: 'auth' | 'payments';
  reference?: string;
  institutionId?: string;
  disabled: boolean;
  label: string;
}

// Every story runs on the sandbox driver and the in-memory backend: no keys, no network.
const fetcher = storyFetcher({ payment: storyPayment });
const driver = storyDriver(fetcher);

const meta: Meta<Args> = {
  title: 'Elements/mono-link-button',
  component: 'mono-link-button',
  args: { publicKey: 'test_pk_storybook', scope: 'auth', disabled: false, label: 'Link bank account' },
  argTypes: {
    scope: { control: 'inline-radio', options: ['auth', 'payments'] },
    institutionId: { control: 'select', options: [undefined, 'sandbox-gtbank', 'sandbox-kuda', 'sandbox-zenith'] },
  },
  render: (args) => html`<mono-link-button
    public-key=${args.publicKey}
    scope=${args.scope}
    reference=${ifDefined(args.reference)}
    institution-id=${ifDefined(args.institutionId)}
    ?disabled=${args.disabled}
    .driver=${driver}
    .fetcher=${fetcher}
    exchange
    .payment=${args.scope === 'payments' ? { orderId: 'storybook-1' } : undefined}
    >${args.label}</mono-link-button
  >`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Payments: Story = { args: { scope: 'payments', label: 'Pay ₦2,500.00' } };

export const SelectedInstitution: Story = { args: { institutionId: 'sandbox-gtbank', label: 'Link GTBank' } };

export const Disabled: Story = { args: { disabled: true } };

export const Themed: Story = {
  render: (args, context) => html`<div style="--mono-accent: #0f766e; --mono-radius: 999px; --mono-font-family: Georgia, serif">
    ${meta.render!(args, context)}
  </div>`,
};

export const DarkTheme: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: (args, context) => html`<div style="background:#111827;padding:2rem;--mono-accent:#60a5fa;--mono-on-accent:#0b1220">
    ${meta.render!(args, context)}
  </div>`,
};

export const SecretKeyRefused: Story = {
  args: { publicKey: 'test_sk_this_is_refused', label: 'Click: mono-error (config)' },
};
