import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AccountsMessages } from './accounts.messages.js';

/** What the dialog asks about. */
export interface DisconnectTarget {
  accountId: string;
  /** "GTBank ending 1234", in the question. */
  label: string;
  /** The Disconnect button that opened it: focus goes back there on cancel. */
  trigger: HTMLElement;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The "Disconnect this account?" question, as a modal `<dialog>`: labelled
 * by its title, focus on Cancel when it opens (the safe choice), Escape or
 * Cancel closes it and puts focus back on the button that opened it.
 * Confirming runs `onConfirm`; while that runs the dialog stays open and
 * busy, and a failure is said inside it.
 */
export class DisconnectDialog implements ReactiveController {
  target?: DisconnectTarget;
  busy = false;
  error?: string;

  constructor(
    private readonly host: Host,
    private readonly onConfirm: (target: DisconnectTarget) => Promise<boolean>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  async open(target: DisconnectTarget): Promise<void> {
    this.target = target;
    this.busy = false;
    this.error = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.cancel')?.focus();
  }

  /** Closes it; `returnFocus` false when the trigger is gone (the account was removed). */
  close(returnFocus: boolean): void {
    const trigger = this.target?.trigger;
    this.target = undefined;
    this.busy = false;
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
    this.host.requestUpdate();
    if (returnFocus && trigger?.isConnected) trigger.focus();
  }

  private onCancel = (event: Event) => {
    // Escape while the unlink is in flight would hide an answer still to come.
    event.preventDefault();
    if (!this.busy) this.close(true);
  };

  private confirm = async () => {
    const target = this.target;
    if (!target || this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    const done = await this.onConfirm(target);
    if (this.target !== target) return;
    this.busy = false;
    this.host.requestUpdate();
    if (!done) {
      // Said in words inside the dialog; focus stays on the confirm button for another try.
      await this.host.updateComplete;
      this.dialog?.querySelector<HTMLElement>('.confirm')?.focus();
    }
  };

  /** Fails the current attempt with `message` (shown in the dialog). */
  fail(message: string): void {
    this.error = message;
    this.host.requestUpdate();
  }

  template(text: AccountsMessages) {
    const target = this.target;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @cancel=${this.onCancel}>
      ${target
        ? html`<h2 id="confirm-title" part="dialog-title" class="dialog-title">${text.confirmTitle}</h2>
            <p id="confirm-text">${text.confirmText(target.label)}</p>
            ${this.error ? html`<p part="dialog-error" class="notice" role="alert">${this.error}</p>` : nothing}
            <div class="dialog-actions">
              <button type="button" class="action cancel" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => !this.busy && this.close(true)}>
                ${text.cancel}
              </button>
              <button type="button" part="confirm" class="action danger solid confirm" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.confirm}>
                ${this.busy ? text.disconnecting : text.confirm}
              </button>
            </div>`
        : nothing}
    </dialog>`;
  }
}
