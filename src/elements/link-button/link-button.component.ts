import { html, nothing, type PropertyDeclarations } from 'lit';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { MonoElement } from '../shared/mono-element.js';
import type { LinkPhase } from '../../core/widget/link-flow.js';
import type { WidgetDriver } from '../../core/widget/types.js';
import type { MonoCustomer } from '../../core/widget/widget-config.js';
import { LinkController } from './link-controller.js';
import { localizeLazily } from '../../core/i18n/localize-lazily.js';
import { linkButtonTable } from './link-button.messages.js';
import { linkButtonStyles } from './link-button.styles.js';

/**
 * A button that opens Mono's widget, so a user can link a bank account (or
 * pay), and hands back the one-time code — or, with `exchange`, the account id
 * from your backend. Mono's script loads only when the user shows intent.
 *
 * @summary Opens Mono Connect and emits the one-time code.
 * @tagname mono-link-button
 *
 * @attr mode - `widget` (default) or `hosted`: Mono's hosted page in the whole window, for webviews and pages whose CSP forbids frames (README, Webviews and strict pages).
 * @attr fallback - `hosted`: a widget button that cannot load its widget switches to the hosted page by itself.
 *
 * @slot - The button's label. Defaults to "Link bank account" ("Pay with Mono" for payments, "Reconnect account" when re-authorising).
 *
 * @csspart base - The native `<button>`.
 * @csspart label - The label wrapper around the slot.
 * @csspart spinner - The busy indicator, shown while the widget loads or the code is exchanged.
 *
 * @cssprop --mono-button-background - Button background. Defaults to `--mono-accent`, then Mono blue.
 * @cssprop --mono-button-color - Button text colour. Defaults to `--mono-on-accent`, then white.
 * @cssprop --mono-button-border - Button border.
 * @cssprop --mono-button-radius - Corner radius. Defaults to `--mono-radius`, then 0.5rem.
 * @cssprop --mono-button-padding - Inner spacing.
 * @cssprop --mono-button-font - Font shorthand. Its family defaults to `--mono-font-family`.
 * @cssprop --mono-button-focus-ring - Box shadow drawn on keyboard focus.
 *
 * @fires mono-load - `{}` The widget's frame has loaded.
 * @fires mono-open - `{}` The widget is visible.
 * @fires mono-event - `{ type, data }` Every widget event (OPENED, EXIT, INSTITUTION_SELECTED, …, LOADED, SUCCESS).
 * @fires mono-success - `{ code, data }` The user linked an account (payments: `data` is the charge, not yet verified).
 * @fires mono-linked - `{ accountId, code }` With `exchange`: the backend swapped the code for an account id. In hosted mode, back from Mono: `{ accountId }` (no code reaches the browser).
 * @fires mono-redirect - `{ url }` Hosted mode: the window is about to go to Mono's hosted page. Cancelable: `preventDefault()` keeps the page (e.g. to open `url` in a native shell's browser tab).
 * @fires mono-close - `{ reason }` The widget was hidden: `success`, `user` or `api`.
 * @fires mono-paid - `{ reference, status, amount, currency }` Payments: your backend verified with Mono that the payment succeeded.
 * @fires mono-error - `{ error: { code, message }, phase }` Something failed: `config`, `load`, `widget`, `exchange`, `session` (the backend would not start the session, or a hosted link did not finish) or `payment` (not verified as successful).
 */
export class MonoLinkButton extends MonoElement {
  static override styles = linkButtonStyles;
  // Typed as ShadowRootInit, not inferred: the inferred type spells out this
  // compiler's DOM lib, which other TypeScript versions' libs do not match.
  static override shadowRootOptions: ShadowRootInit = { ...MonoElement.shadowRootOptions, delegatesFocus: true };

  // Declared here rather than with decorators, which would add their helpers
  // to the one entry that must stay smallest (see README, Benchmarks). Only
  // what an attribute sets or the template shows: the objects read when the
  // user acts (customer, data, fetcher, driver, payment) are plain fields.
  static override properties: PropertyDeclarations = {
    publicKey: { attribute: 'public-key' },
    scope: {},
    reference: {},
    customerId: { attribute: 'customer-id' },
    accountId: { attribute: 'account-id' },
    institutionId: { attribute: 'institution-id' },
    authMethod: { attribute: 'auth-method' },
    accountNumber: { attribute: 'account-number' },
    checkAccountMatch: { type: Boolean, attribute: 'check-account-match' },
    disabled: { type: Boolean, reflect: true },
    exchange: { type: Boolean },
    mode: {},
    fallback: {},
  };

  /** Owns the phase and the widget; this class renders and forwards. */
  private readonly link = new LinkController(this, (name, detail) => this.emit(name, detail));

  /** Your Mono **public** key (`test_pk_…` / `live_pk_…`). A secret key is refused. */
  publicKey?: string;

  /** `auth` links an account; `payments` starts the payment your backend decides from `payment`. */
  scope: 'auth' | 'payments' = 'auth';

  /** Your reference for this session; Mono echoes it in every widget event. */
  reference?: string;

  /** An existing Mono customer's id. Wins over `customer`. */
  customerId?: string;

  /** A new customer: `{ name, email, identity: { type, number } }`. */
  customer?: MonoCustomer;

  /** Set to re-authorise this linked account instead of linking a new one. */
  accountId?: string;

  /** Open the widget directly on this institution's login. */
  institutionId?: string;

  /** With `institution-id`: `internet_banking` or `mobile_banking`. */
  authMethod?: string;

  /** With `institution-id`: the account number the customer says is theirs. */
  accountNumber?: string;

  /** With `account-number`: have Mono check the linked account matches it. */
  checkAccountMatch = false;

  /** Passed to Mono's widget as `data`. Never an amount: `data.amount` is refused (`mono-error` phase `config`). */
  data?: Record<string, unknown>;

  /**
   * Payments: what the page tells your backend about the payment, e.g.
   * `{ orderId }`, posted to `{endpoint}/payments`; the backend's `payment()`
   * decides the amount. Read when the user clicks.
   */
  // A plain field, not a reactive property: nothing renders it, and the entry stays smallest.
  payment?: Record<string, unknown>;

  /** Disables the button. */
  disabled = false;

  /** After success, exchange the code through the fetcher and fire `mono-linked`. */
  exchange = false;

  /** Backend access for `exchange`. Defaults to the provider's, then `configure()`'s, then `/api/mono`. */
  fetcher?: MonoFetcher;

  /** What shows the widget. Defaults to the provider's, then `configure()`'s, then Mono's connect.js. */
  driver?: WidgetDriver;

  /**
   * `widget` (default): Mono's widget in a frame on this page. `hosted`:
   * the whole window goes to Mono's hosted page and comes back with
   * `mono_ref` in the address, and the button finishes the link by itself
   * (for webviews and pages whose CSP forbids frames). Set it as an attribute
   * in the page's HTML, so the button sees it when the page loads back.
   */
  mode?: 'widget' | 'hosted';

  /** `hosted`: when the widget cannot load (`mono-error` phase `load`, e.g. a CSP blocks its frame), switch to the hosted page by itself. */
  fallback?: 'hosted';

  /** Hosted mode: how long (ms) to wait for Mono's confirmation once back on the page. Default 120000. */
  // A plain field, not a reactive property: nothing renders it, and the entry stays smallest.
  hostedTimeout?: number;

  /** Opens the widget. Does nothing while disabled or while this button's widget is opening or open. */
  open(): void {
    void this.link.open();
  }

  /** Closes this button's widget, if open; `mono-close` follows with reason `api`. */
  close(): void {
    this.link.close();
  }

  override render() {
    const { phase } = this.link;
    // The words in the language around the button (README, Languages).
    const m = localizeLazily(this, linkButtonTable);
    const busy = phase !== 'idle' && phase !== 'open';
    const label = this.accountId ? m.reconnect : this.scope === 'payments' ? m.pay : m.link;
    // No whitespace between tags: this template ships in the smallest entry.
    // The status says what the button is busy with: its messages are keyed
    // by phase, and say nothing while idle or open.
    return html`<button part="base" type="button" ?disabled=${this.disabled || phase !== 'idle'} aria-busy=${busy} @click=${this.open}
      >${busy ? html`<span part="spinner" aria-hidden="true"></span>` : nothing}<span part="label"><slot>${label}</slot></span></button
      ><span class="visually-hidden" role="status">${(m as Partial<Record<LinkPhase, string>>)[phase] ?? this.link.note}</span>`;
  }
}
