import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { configuredFetcher, getConfig } from '../../core/config.js';
import { monoContext, type MonoProvided } from '../../core/context.js';
import { ensureContextRoot } from '../../core/context-root.js';
import { toErrorInfo } from '../../core/error-info.js';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { MonoElement } from '../../core/mono-element.js';
import type { WidgetConfig, WidgetDriver } from '../../core/widget/types.js';
import { buildWidgetConfig, type LinkOptions, type MonoCustomer } from '../../core/widget/widget-config.js';
import type { WidgetSession } from '../../core/widget/widget-session.js';
import type { MonoCloseReason } from '../../events/mono-close.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import type { MonoWidgetEventData, MonoWidgetEventType } from '../../events/mono-event.js';
import { visuallyHidden } from '../../core/shared-styles.js';
import { linkButtonStyles } from './link-button.styles.js';

type Phase = 'idle' | 'loading' | 'open' | 'exchanging';

type WidgetRuntime = typeof import('../../core/widget/widget-runtime.js');

let runtime: Promise<WidgetRuntime> | undefined;

/** The widget machinery, fetched on first intent; a failed fetch is retried on the next. */
function loadRuntime(): Promise<WidgetRuntime> {
  runtime ??= import('../../core/widget/widget-runtime.js').catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

const STATUS_TEXT: Record<Phase, string> = {
  idle: '',
  loading: 'Opening Mono…',
  open: '',
  exchanging: 'Linking your account…',
};

/**
 * A button that opens Mono's widget, so a user can link a bank account (or
 * pay), and hands back the one-time code — or, with `exchange`, the account id
 * from your backend. Mono's script loads only when the user shows intent.
 *
 * @summary Opens Mono Connect and emits the one-time code.
 * @tagname mono-link-button
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
 * @fires mono-success - `{ code, data }` The user linked an account (payments: `data` is the charge).
 * @fires mono-linked - `{ accountId, code }` With `exchange`: the backend swapped the code for an account id.
 * @fires mono-close - `{ reason }` The widget was hidden: `success`, `user` or `api`.
 * @fires mono-error - `{ error: { code, message }, phase }` Something failed: `config`, `load`, `widget` or `exchange`.
 */
export class MonoLinkButton extends MonoElement {
  static override styles = [visuallyHidden, linkButtonStyles];
  static override shadowRootOptions = { ...MonoElement.shadowRootOptions, delegatesFocus: true };

  @consume({ context: monoContext, subscribe: true })
  @state()
  private provided?: MonoProvided;

  @query('button') private button!: HTMLButtonElement;

  @state() private phase: Phase = 'idle';

  private session?: WidgetSession;
  private opened = false;
  /** Counts open() calls, so a runtime that arrives after close() opens nothing. */
  private openCount = 0;

  /** Your Mono **public** key (`test_pk_…` / `live_pk_…`). A secret key is refused. */
  @property({ attribute: 'public-key' }) publicKey?: string;

  /** `auth` links an account; `payments` starts a payment described by `data`. */
  @property() scope: 'auth' | 'payments' = 'auth';

  /** Your reference for this session; Mono echoes it in every widget event. */
  @property() reference?: string;

  /** An existing Mono customer's id. Wins over `customer`. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** A new customer: `{ name, email, identity: { type, number } }`. */
  @property({ attribute: false }) customer?: MonoCustomer;

  /** Set to re-authorise this linked account instead of linking a new one. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Open the widget directly on this institution's login. */
  @property({ attribute: 'institution-id' }) institutionId?: string;

  /** With `institution-id`: `internet_banking` or `mobile_banking`. */
  @property({ attribute: 'auth-method' }) authMethod?: string;

  /** With `institution-id`: the account number the customer says is theirs. */
  @property({ attribute: 'account-number' }) accountNumber?: string;

  /** With `account-number`: have Mono check the linked account matches it. */
  @property({ type: Boolean, attribute: 'check-account-match' }) checkAccountMatch = false;

  /** Passed to Mono's widget as `data` (payment fields and the like). */
  @property({ attribute: false }) data?: Record<string, unknown>;

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** After success, exchange the code through the fetcher and fire `mono-linked`. */
  @property({ type: Boolean }) exchange = false;

  /** Backend access for `exchange`. Defaults to the provider's, then `configure()`'s, then `/api/mono`. */
  @property({ attribute: false }) fetcher?: MonoFetcher;

  /** What shows the widget. Defaults to the provider's, then `configure()`'s, then Mono's connect.js. */
  @property({ attribute: false }) driver?: WidgetDriver;

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
    // Hover or focus says the user may click soon: fetch the widget script then.
    this.addEventListener('pointerenter', this.onIntent);
    this.addEventListener('focusin', this.onIntent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerenter', this.onIntent);
    this.removeEventListener('focusin', this.onIntent);
    // A widget whose button left the page would report to no one.
    this.close();
  }

  /** Opens the widget. Does nothing while disabled or while this button's widget is opening or open. */
  open(): void {
    if (this.disabled || this.phase === 'loading' || this.phase === 'open') return;
    const { config, error } = buildWidgetConfig(this.linkOptions());
    if (error) {
      this.emit('mono-error', { error, phase: 'config' });
      return;
    }
    this.phase = 'loading';
    this.opened = false;
    const attempt = ++this.openCount;
    loadRuntime().then(
      (widgets) => {
        if (attempt === this.openCount && this.phase === 'loading') this.startSession(widgets, config);
      },
      (loadError: unknown) => {
        if (attempt !== this.openCount || this.phase !== 'loading') return;
        this.phase = 'idle';
        this.emit('mono-error', { error: toErrorInfo(loadError, 'WIDGET_LOAD_FAILED'), phase: 'load' });
      },
    );
  }

  /** Closes this button's widget, if open; `mono-close` follows with reason `api`. */
  close(): void {
    if (this.session) {
      this.session.close();
    } else if (this.phase === 'loading') {
      // Still fetching the widget code: nothing is on screen, so just stop.
      this.openCount++;
      void this.onWidgetClose('api');
    }
  }

  private startSession(widgets: WidgetRuntime, config: WidgetConfig): void {
    const driver = this.chosenDriver() ?? widgets.connectJsDriver();
    this.session = widgets.widgetCoordinator().open(driver, config, {
      onLoad: () => this.emit('mono-load', {}),
      onEvent: (type, data) => this.onWidgetEvent(type, data),
      onSuccess: (data) => this.onWidgetSuccess(data),
      onClose: (reason) => this.onWidgetClose(reason),
      onError: (widgetError) => this.emit('mono-error', { error: widgetError, phase: 'load' }),
    });
  }

  private linkOptions(): LinkOptions {
    return {
      publicKey: this.publicKey ?? this.provided?.publicKey ?? getConfig().publicKey,
      scope: this.scope,
      reference: this.reference,
      customerId: this.customerId,
      customer: this.customer,
      accountId: this.accountId,
      institutionId: this.institutionId,
      authMethod: this.authMethod,
      accountNumber: this.accountNumber,
      checkAccountMatch: this.checkAccountMatch,
      data: this.data,
    };
  }

  /** A driver set on the element, its provider or `configure()`; undefined means connect.js. */
  private chosenDriver(): WidgetDriver | undefined {
    return this.driver ?? this.provided?.driver ?? getConfig().driver;
  }

  private resolveFetcher(): MonoFetcher {
    return this.fetcher ?? this.provided?.fetcher ?? configuredFetcher();
  }

  private readonly onIntent = (): void => {
    if (this.disabled || this.phase !== 'idle') return;
    // A refused key loads nothing: the click will report why.
    if (buildWidgetConfig(this.linkOptions()).error) return;
    const driver = this.chosenDriver();
    loadRuntime()
      .then((widgets) => (driver ?? widgets.connectJsDriver()).preload())
      .catch(() => {
        // Reported when the user clicks and the load is retried.
      });
  };

  private onWidgetEvent(type: MonoWidgetEventType, data: MonoWidgetEventData): void {
    this.emit('mono-event', { type, data });
    if (type === 'OPENED' && !this.opened) {
      this.opened = true;
      this.phase = 'open';
      this.emit('mono-open', {});
    } else if (type === 'ERROR') {
      const error: MonoErrorInfo = {
        code: typeof data.errorType === 'string' && data.errorType ? data.errorType : 'WIDGET_ERROR',
        message: typeof data.errorMessage === 'string' && data.errorMessage ? data.errorMessage : 'The Mono widget reported an error.',
      };
      this.emit('mono-error', { error, phase: 'widget' });
    }
  }

  private onWidgetSuccess(data: Record<string, unknown>): void {
    const code = typeof data['code'] === 'string' ? data['code'] : '';
    this.emit('mono-success', { code, data });
    if (this.exchange && this.scope === 'auth' && code) void this.exchangeCode(code);
  }

  private async exchangeCode(code: string): Promise<void> {
    this.phase = 'exchanging';
    try {
      // Not aborted when the button leaves the page: the code is single-use,
      // and the backend records the account as it exchanges it.
      const { accountId } = await this.resolveFetcher().exchangeCode(code);
      this.emit('mono-linked', { accountId, code });
    } catch (error) {
      this.emit('mono-error', { error: toErrorInfo(error, 'EXCHANGE_FAILED'), phase: 'exchange' });
    } finally {
      if (this.phase === 'exchanging') this.phase = 'idle';
    }
  }

  private async onWidgetClose(reason: MonoCloseReason): Promise<void> {
    const returnFocus = this.shouldReturnFocus();
    this.session = undefined;
    if (this.phase !== 'exchanging') this.phase = 'idle';
    this.emit('mono-close', { reason });
    if (!returnFocus) return;
    await this.updateComplete;
    this.button?.focus();
  }

  /** Focus goes back to the button unless the user has already moved it somewhere else on the page. */
  private shouldReturnFocus(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this || active instanceof HTMLIFrameElement || active.id === 'mono-connect--widget-div';
  }

  private defaultLabel(): string {
    if (this.accountId) return 'Reconnect account';
    return this.scope === 'payments' ? 'Pay with Mono' : 'Link bank account';
  }

  override render() {
    const busy = this.phase === 'loading' || this.phase === 'exchanging';
    return html`
      <button
        part="base"
        type="button"
        ?disabled=${this.disabled || this.phase !== 'idle'}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${this.open}
      >
        <span part="spinner" aria-hidden="true" ?hidden=${!busy}></span>
        <span part="label"><slot>${this.defaultLabel()}</slot></span>
      </button>
      <span class="visually-hidden" role="status">${STATUS_TEXT[this.phase] || nothing}</span>
    `;
  }
}
