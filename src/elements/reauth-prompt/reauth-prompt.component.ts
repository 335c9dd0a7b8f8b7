import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { MonoDataElement } from '../shared/data-element.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { tokens } from '../shared/shared-styles.js';
import { needsReauth } from './needs-reauth.js';
import { reauthPromptStyles } from './reauth-prompt.styles.js';
import { localize } from '../../core/i18n/localize.js';
import { reauthPromptTable } from './reauth-prompt.messages.js';

export type ReauthState = 'ok' | 'required';

/**
 * Invisible until the bank needs the user again (Mono's
 * `reauthorisation_required` webhook through your backend's event stream, or
 * an answer from your backend that says so), then a message and a
 * re-authorise button for this account. Gone again once Mono reports the
 * account re-authorised, or the user finishes re-authorising in the widget.
 * Needs `<mono-link-button>` (the whole package, or its own entry, defines it).
 *
 * @summary Asks the user to reconnect an account when the bank wants them back.
 * @tagname mono-reauth-prompt
 *
 * @csspart base - The notice, shown only in state `required`.
 * @csspart message - The sentence that says what is needed.
 * @csspart button - The `<mono-link-button>` that re-authorises the account.
 *
 * @cssprop --mono-warning - Colour of the notice's edge.
 * @cssprop --mono-surface - Background.
 * @cssprop --mono-text - Text colour.
 * @cssprop --mono-radius - Corner radius.
 *
 * @fires mono-reauth-required - `{ accountId }` The account needs re-authorisation; the prompt is shown.
 * @fires mono-reauthorized - `{ accountId }` The account was re-authorised; the prompt is hidden.
 * @fires mono-success - `{ code, data }` From the inner link button: the user finished re-authorising in the widget.
 * @fires mono-linked - `{ accountId, code }` From the inner link button: the backend took the re-authorisation's code.
 * @fires mono-error - `{ error, phase }` From the inner link button: re-authorising failed.
 */
export class MonoReauthPrompt extends MonoDataElement {
  static override styles = [tokens, reauthPromptStyles];

  /** `ok` (renders nothing) or `required` (asks the user to reconnect), reflected. */
  @property({ reflect: true }) state: ReauthState = 'ok';

  /** Passed to the inner link button; by default it finds the key as any link button does (provider, then `configure()`). */
  @property({ attribute: 'public-key' }) publicKey?: string;

  /** Answers from the backend that say "re-authorise", seen in the `mono-error` of any element on the page for this account. */
  private listening?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listening = new AbortController();
    globalThis.addEventListener?.('mono-error', (event) => this.onError(event), { signal: this.listening.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another account's state says nothing about this one.
    if (changed.has('accountId') && changed.get('accountId') !== undefined) this.state = 'ok';
  }

  /** Shows the prompt, as if the backend had said the account needs re-authorisation. */
  require(): void {
    if (this.state === 'required' || !this.accountId) return;
    this.state = 'required';
    this.emit('mono-reauth-required', { accountId: this.accountId });
  }

  private settle(): void {
    if (this.state === 'ok' || !this.accountId) return;
    this.state = 'ok';
    this.emit('mono-reauthorized', { accountId: this.accountId });
  }

  protected override onLiveEvent(event: MonoLiveEvent): void {
    if (event.accountId !== this.accountId) return;
    if (event.type === 'reauthorisation_required') this.require();
    else if (event.type === 'account_reauthorized') this.settle();
  }

  private onError(event: Event): void {
    const source = event.composedPath()[0] as { accountId?: unknown } | undefined;
    if (source === this || source?.accountId !== this.accountId) return;
    if (needsReauth((event as CustomEvent<{ error?: unknown }>).detail?.error)) this.require();
  }

  /** The user finished re-authorising in the widget. */
  private onSuccess(event: Event): void {
    if (event.target !== this.renderRoot.querySelector('mono-link-button')) return;
    this.settle();
  }

  override render() {
    if (this.state !== 'required' || !this.accountId) return nothing;
    const m = localize(this, reauthPromptTable);
    return html`<div part="base" role="alert">
      <p part="message">${m.required}</p>
      <mono-link-button
        part="button"
        account-id=${this.accountId}
        public-key=${this.publicKey ?? nothing}
        .fetcher=${this.fetcher}
        exchange
        @mono-success=${this.onSuccess}
        >${m.button}</mono-link-button
      >
    </div>`;
  }
}
