import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/link-button/link-button.js';
import type { SimulatedPaymentStatus } from '../src/testing/index.js';
import { storyDriver, storyFetcher, storyPayment } from './story-helpers.js';

// Payments as DESIGN.md "Server-started sessions" has them: the page sends an
// order id, the in-memory backend prices it, the sandbox widget plays the
// payment, and the backend's verification decides what the page hears.

/** Shows what the button says, so each state is visible without devtools. */
function logOf(event: Event): void {
  const detail = (event as CustomEvent).detail;
  const output = (event.currentTarget as HTMLElement).parentElement!.querySelector('output')!;
  output.textContent = `${event.type} ${JSON.stringify(detail)}`;
}

function paymentStory(outcome: SimulatedPaymentStatus, label: string): StoryObj {
  return {
    render: () => {
      const fetcher = storyFetcher({ payment: storyPayment });
      fetcher.simulator.payments.outcome = outcome;
      return html`<div style="display:grid;gap:0.75rem;max-width:40rem">
        <mono-link-button
          public-key="test_pk_storybook"
          scope="payments"
          .payment=${{ orderId: 'storybook-1' }}
          .fetcher=${fetcher}
          .driver=${storyDriver(fetcher)}
          @mono-paid=${logOf}
          @mono-error=${logOf}
          >${label}</mono-link-button
        >
        <output>Click, pick a bank, log in: Mono will verify this payment as “${outcome}”.</output>
      </div>`;
    },
  };
}

const meta: Meta = {
  title: 'Payments/mono-link-button scope="payments"',
  component: 'mono-link-button',
};
export default meta;

/** Verified successful: `mono-paid` with the amount the backend decided (₦2,500). */
export const Successful = paymentStory('successful', 'Pay ₦2,500');
/** The bank declined: `mono-error` phase `payment`, code `PAYMENT_FAILED`; no `mono-paid`. */
export const Failed = paymentStory('failed', 'Pay (will fail)');
/** Not confirmed yet: `PAYMENT_PENDING`; give no value until the webhook says so. */
export const Pending = paymentStory('pending', 'Pay (stays pending)');
/** Not completed: `PAYMENT_ABANDONED`. */
export const Abandoned = paymentStory('abandoned', 'Pay (abandoned)');

/** An amount set in the page is refused before anything is asked: `mono-error` phase `config`. */
export const AmountSetInThePage: StoryObj = {
  render: () => html`<div style="display:grid;gap:0.75rem;max-width:40rem">
    <mono-link-button
      public-key="test_pk_storybook"
      scope="payments"
      .data=${{ amount: 100 }}
      .fetcher=${storyFetcher({ payment: storyPayment })}
      .driver=${storyDriver()}
      @mono-error=${logOf}
      >Pay ₦1 (tampered)</mono-link-button
    >
    <output>Click: the page's data.amount is refused.</output>
  </div>`,
};

/** A backend with no payment() option: `mono-error` phase `session`, no widget. */
export const NoPaymentRoute: StoryObj = {
  render: () => {
    const fetcher = storyFetcher();
    return html`<div style="display:grid;gap:0.75rem;max-width:40rem">
      <mono-link-button public-key="test_pk_storybook" scope="payments" .fetcher=${fetcher} .driver=${storyDriver(fetcher)} @mono-error=${logOf}
        >Pay</mono-link-button
      >
      <output>Click: this backend cannot take payments.</output>
    </div>`;
  },
};
