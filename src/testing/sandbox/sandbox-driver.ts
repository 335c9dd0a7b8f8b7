import type { MonoWidgetEventData } from '../../events/mono-event.js';
import { EVENT_OF_MESSAGE, MonoMessage, SUCCESS_MESSAGES, type MonoWidgetMessage } from '../../core/widget/mono-protocol.js';
import type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle } from '../../core/widget/types.js';
import { SANDBOX_INSTITUTIONS, type SandboxInstitution } from './sandbox-institutions.js';
import { SANDBOX_LINKED, sandboxPageHtml } from './sandbox-page.js';
import type { MonoApiSimulator } from '../simulator/simulator.js';

export interface SandboxLinkContext {
  institution: SandboxInstitution;
  config: WidgetConfig;
}

export interface SandboxDriverOptions {
  /**
   * Issues the one-time code the widget reports. Point it at the Mono API
   * simulator so the code can be exchanged; the default makes a random
   * `sandbox_code_…` that only a fetcher which accepts anything would take.
   */
  issueCode?: (context: SandboxLinkContext) => string | Promise<string>;
  /** Builds the charge object for the `payments` scope. */
  charge?: (context: SandboxLinkContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /**
   * The Mono API simulator behind the page's fetcher: codes come from it
   * (unless `issueCode` is given: for the account being re-authorised, else
   * the sandbox user's account at the bank picked), and a payment the widget opens on
   * (`data.payment_id`) is the simulator's: the widget shows its amount,
   * completing it sets its status (`simulator.payments.outcome`), and
   * leaving the widget abandons it, as Mono's widget would.
   */
  simulator?: Pick<MonoApiSimulator, 'issueCode' | 'payments'>;
  /** Banks to offer. */
  institutions?: readonly SandboxInstitution[];
  /** Delay between the frame loading and the widget showing, like Mono's loader. Default 0. */
  openDelayMs?: number;
}

const randomId = (): string => Math.random().toString(36).slice(2, 12);

function defaultCharge({ config, institution }: SandboxLinkContext): Record<string, unknown> {
  const data = config.data ?? {};
  return {
    id: `sandbox_txn_${randomId()}`,
    type: data['type'] ?? 'onetime-debit',
    amount: data['amount'],
    description: data['description'],
    reference: data['reference'] ?? config.reference,
    status: 'successful',
    institution: { id: institution.id, name: institution.name },
  };
}

class SandboxHandle implements WidgetHandle {
  readonly frame: HTMLIFrameElement;
  private readonly container: HTMLDivElement;
  private closed = false;
  private shown = false;
  /** Commands given before the page is up; sent once it shows. */
  private readonly queued: Record<string, unknown>[] = [];
  private showTimer?: ReturnType<typeof setTimeout>;
  private succeeded = false;

  constructor(
    private readonly options: SandboxDriverOptions,
    private readonly config: WidgetConfig,
    private readonly callbacks: WidgetCallbacks,
  ) {
    const institutions = options.institutions ?? SANDBOX_INSTITUTIONS;
    this.container = document.createElement('div');
    this.container.dataset['monoSandbox'] = '';
    this.container.style.cssText =
      'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;background:rgb(0 0 0 / 0.55);visibility:hidden;';
    this.frame = document.createElement('iframe');
    this.frame.title = 'Mono sandbox widget';
    // No allow-same-origin: the page runs at an opaque origin and cannot
    // touch the host page, exactly like a cross-origin widget.
    this.frame.setAttribute('sandbox', 'allow-scripts allow-forms');
    this.frame.style.cssText = 'border:0;width:100%;height:100%;background:transparent;';
    // Like Mono's widget, show the payment the server initiated, not figures from the page.
    const initiated = this.paymentId ? options.simulator?.payments.get(this.paymentId) : undefined;
    this.frame.srcdoc = sandboxPageHtml({
      scope: config.scope,
      reference: config.reference,
      institutions,
      selectedInstitutionId: config.selectedInstitution?.id,
      authMethod: config.selectedInstitution?.auth_method,
      reauthorising: Boolean(config.reauthoriseAccountId),
      payment: config.scope !== 'payments' ? undefined : initiated ? { amount: initiated.amount, description: initiated.description } : config.data,
    });
    this.frame.addEventListener('load', this.onFrameLoad, { once: true });
    this.container.append(this.frame);
    document.body.append(this.container);
  }

  private readonly onFrameLoad = (): void => {
    if (this.closed) return;
    this.callbacks.onLoad();
    this.callbacks.onEvent('LOADED', { timestamp: Date.now() });
    this.showTimer = setTimeout(() => {
      this.container.style.visibility = 'visible';
      this.frame.focus();
      this.shown = true;
      this.post({ sandboxCommand: 'show' });
      for (const message of this.queued.splice(0)) this.post(message);
    }, this.options.openDelayMs ?? 0);
  };

  /** Acts in the sandbox page as its user would, once it is showing. */
  command(message: Record<string, unknown>): void {
    if (this.shown) this.post(message);
    else this.queued.push(message);
  }

  /** The sandbox page accepts messages from its parent only. */
  private post(message: Record<string, unknown>): void {
    if (!this.closed) this.frame.contentWindow?.postMessage(message, '*');
  }

  receive({ type, data = {} }: MonoWidgetMessage): void {
    if (this.closed) return;
    if (type === SANDBOX_LINKED) {
      void this.reportResult(data['institution'] as SandboxInstitution);
    } else if (SUCCESS_MESSAGES.has(type)) {
      this.succeeded = true;
      this.callbacks.onSuccess({ ...data });
      this.callbacks.onEvent('SUCCESS', { ...data });
      this.close();
    } else if (type === MonoMessage.closed) {
      this.close();
    } else if (EVENT_OF_MESSAGE[type]) {
      this.callbacks.onEvent(EVENT_OF_MESSAGE[type], { ...(data as MonoWidgetEventData) });
    }
  }

  private async reportResult(institution: SandboxInstitution): Promise<void> {
    const context = { institution, config: this.config };
    try {
      if (this.config.scope === 'payments') {
        const charge = await this.charge(context);
        this.command({ sandboxResult: { type: MonoMessage.chargeComplete, data: charge } });
      } else {
        const { simulator } = this.options;
        // The simulator's code is for the account being re-authorised (Mono keeps its id), else for the
        // user's account at the bank picked here, so linking that bank again is a re-link.
        const accountId = this.config.reauthoriseAccountId;
        const issue =
          this.options.issueCode ?? (simulator ? () => simulator.issueCode({ accountId, institutionId: institution.id }) : () => `sandbox_code_${randomId()}`);
        const code = await issue(context);
        this.command({ sandboxResult: { type: MonoMessage.linked, data: { code } } });
      }
    } catch (error) {
      this.callbacks.onError({
        code: 'SANDBOX_ISSUE_FAILED',
        message: `The sandbox could not issue a result: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /** The payment id the widget was opened on (DESIGN.md "Server-started sessions"). */
  private get paymentId(): string | undefined {
    const id = this.config.scope === 'payments' ? this.config.data?.['payment_id'] : undefined;
    return typeof id === 'string' ? id : undefined;
  }

  private async charge(context: SandboxLinkContext): Promise<Record<string, unknown>> {
    if (this.options.charge) return this.options.charge(context);
    const { simulator } = this.options;
    if (!simulator || !this.paymentId) return defaultCharge(context);
    const charge = simulator.payments.complete(this.paymentId);
    if (!charge) throw new Error(`the simulator has no payment ${this.paymentId}`);
    return charge;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.succeeded && this.paymentId) this.options.simulator?.payments.abandon(this.paymentId);
    clearTimeout(this.showTimer);
    this.container.remove();
    this.callbacks.onClose();
  }
}

/**
 * A widget driver that runs Mono's flow offline: a sandboxed frame plays the
 * widget's messages, so the element's whole path (origin and source checks
 * included) runs as it would against Mono. For tests, Storybook and demos.
 *
 * @example
 * ```js
 * import { createSandboxDriver } from 'mono-connect-elements/testing';
 * button.driver = createSandboxDriver();
 * ```
 */
export class SandboxDriver implements WidgetDriver {
  /** A frame sandboxed without `allow-same-origin` posts from the opaque origin. */
  readonly origin = 'null';
  private handle?: SandboxHandle;

  constructor(private readonly options: SandboxDriverOptions = {}) {}

  async preload(): Promise<void> {}

  async open(config: WidgetConfig, callbacks: WidgetCallbacks, signal?: AbortSignal): Promise<WidgetHandle> {
    signal?.throwIfAborted();
    const handle = new SandboxHandle(this.options, config, {
      ...callbacks,
      onClose: () => {
        if (this.handle === handle) this.handle = undefined;
        callbacks.onClose();
      },
    });
    this.handle = handle;
    return handle;
  }

  /** The open widget's frame, if any. */
  get frame(): HTMLIFrameElement | undefined {
    return this.handle?.frame;
  }

  /** Acts as the user: picks a bank (default: the selected one, else the first), logs in, passes MFA. */
  link(options: { institutionId?: string } = {}): void {
    this.handle?.command({ sandboxCommand: 'link', institutionId: options.institutionId });
  }

  /** Acts as the user entering a wrong password: the widget reports an ERROR event. */
  fail(): void {
    this.handle?.command({ sandboxCommand: 'fail' });
  }

  /** Acts as the user closing the widget. */
  exit(): void {
    this.handle?.command({ sandboxCommand: 'exit' });
  }
}

/** A new sandbox driver. */
export function createSandboxDriver(options?: SandboxDriverOptions): SandboxDriver {
  return new SandboxDriver(options);
}
