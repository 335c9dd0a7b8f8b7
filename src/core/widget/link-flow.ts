import type { MonoCloseReason } from '../../events/mono-close.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import type { MonoWidgetEventData, MonoWidgetEventType } from '../../events/mono-event.js';
import { getConfig } from '../config.js';
import { toErrorInfo } from '../error-info.js';
import type { MonoFetcher } from '../fetcher/types.js';
import type { DetailOf } from '../../elements/shared/mono-element.js';
import { requestProvided } from '../request-provided.js';
import { CONNECT_CONTAINER_ID, connectJsDriver } from './connect-driver.js';
import type { MonoWidgetMessage } from './mono-protocol.js';
import type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle } from './types.js';
import { fetcherFor, prefetchLinkSession } from './server-session.js';
import { intentConfig, prepareSession, verifyPayment } from './session-steps.js';
import { buildWidgetConfig, type LinkSetup } from './widget-config.js';
import { widgetCoordinator, type LiveWidget } from './widget-coordinator.js';
import { startHosted } from './hosted-lazy.js';
import { watchFrameBlocked } from './hosted-fallback.js';

export type LinkPhase = 'idle' | 'loading' | 'open' | 'exchanging' | 'verifying';

/** What a link flow reads of `<mono-link-button>`, when the widget opens. */
export interface LinkInputs extends LinkSetup {
  /** After success, exchange the code through the fetcher. */
  exchange?: boolean;
  fetcher?: MonoFetcher;
  driver?: WidgetDriver;
  /** `hosted`: Mono's hosted page in the whole window instead of the widget (DESIGN.md "Hosted link"). */
  mode?: string;
  /** `hosted`: when the widget cannot load, switch to the hosted page by itself. */
  fallback?: string;
}

/** A widget, or a hosted link, that the button may have to stop. */
export interface LiveRun {
  readonly active: boolean;
  close(): void;
}

/**
 * The button's link controller, as its flow sees it. The controller loads
 * with the button and owns the phase; a flow is its lazily loaded half, so
 * this is the one seam between what a page pays for at once and what it
 * pays for on intent.
 */
export interface LinkOwner {
  /** The button; `updateComplete` settles once it has rendered the phase. */
  readonly host: HTMLElement & LinkInputs & { readonly updateComplete: Promise<unknown> };
  phase: LinkPhase;
  /** What the button's status region says while idle: how the last hosted link ended. */
  note?: string;
  /** The run `close()` and leaving the page stop. */
  flow?: LiveRun;
  emit<K extends keyof HTMLElementEventMap>(name: K, detail: DetailOf<K>): void;
}

/** Own property → nearest provider → `configure()` → Mono's connect.js, asked when the user acts. */
const driverFor = (host: LinkInputs & HTMLElement): WidgetDriver =>
  host.driver ?? requestProvided(host)?.driver ?? getConfig().driver ?? connectJsDriver();

/**
 * Fetches what the widget needs (and the link session, with `exchange`),
 * then has the driver prepare the widget for the setup a click would open
 * with; nothing, when the setup would be refused anyway.
 */
export async function preloadLink(host: LinkInputs & HTMLElement, publicKey: string): Promise<void> {
  // Nothing of the widget's: Mono's page is loaded by the browser, and each
  // hosted session is started at Mono, so none is asked for before the click.
  if (host.mode === 'hosted') return;
  const { config } = buildWidgetConfig(host, publicKey);
  if (!config) return;
  prefetchLinkSession(host);
  const driver = driverFor(host);
  await driver.preload();
  if (!driver.prepare) return;
  const ready = await intentConfig(host, config);
  // The page's one session: nothing is prepared behind a widget that is up or on its way.
  if (ready && !widgetCoordinator().busy) await driver.prepare(ready);
}

/**
 * Checks the button's setup and opens the widget, as the page's one live
 * widget; a bad setup is reported before anything of Mono's loads.
 * `publicKey` has already passed `checkPublicKey()`.
 */
export function openLink(owner: LinkOwner, publicKey: string): LiveRun | undefined {
  if (owner.host.mode === 'hosted') return startHosted(owner);
  const { config, error } = buildWidgetConfig(owner.host, publicKey);
  if (error) {
    owner.phase = 'idle';
    owner.emit('mono-error', { error, phase: 'config' });
    return undefined;
  }
  const flow = new LinkFlow(owner, driverFor(owner.host), config);
  widgetCoordinator().begin(flow);
  void flow.mount();
  return flow;
}

/**
 * One button's widget from open to close, then the code exchange: the one
 * place where what a driver reports becomes the button's events. Gives the
 * button focus back when the widget goes.
 */
export class LinkFlow implements LiveWidget {
  private handle?: WidgetHandle;
  private ended = false;
  private opened = false;
  private reason: MonoCloseReason = 'user';
  private readonly loading = new AbortController();
  /** The payment the backend initiated (scope `payments`): verified after the widget's success. */
  private paymentReference?: string;

  constructor(
    private readonly owner: LinkOwner,
    readonly driver: WidgetDriver,
    private config: WidgetConfig,
  ) {}

  /** Whether this widget is loading or on screen. */
  get active(): boolean {
    return !this.ended;
  }

  get frame(): HTMLIFrameElement | null {
    return this.handle?.frame ?? null;
  }

  /** Closes the widget; the owner hears reason `api` unless it already succeeded. */
  close(): void {
    if (this.ended) return;
    if (this.reason !== 'success') this.reason = 'api';
    if (this.handle) this.handle.close();
    else this.loading.abort();
    // A driver whose close() did not report back still ends the flow.
    this.finish();
  }

  receive(message: MonoWidgetMessage): void {
    if (!this.ended) this.handle?.receive?.(message);
  }

  async mount(): Promise<void> {
    // Calls that come after the flow ended are dropped: connect.js keeps
    // callbacks on a shared prototype, so a late one may not be ours.
    const callbacks: WidgetCallbacks = {
      onLoad: () => this.active && this.owner.emit('mono-load', {}),
      onEvent: (type, data) => this.active && this.onEvent(type, data),
      onSuccess: (data) => this.active && this.onSuccess(data),
      onClose: () => this.finish(),
      onError: (error) => this.active && this.fail(error),
    };
    // What the backend decides comes first: the payment, or the link session.
    const prepared = await prepareSession(this.owner.host, this.config, this.loading.signal);
    if (!this.active) return;
    if (prepared.error) {
      this.owner.emit('mono-error', { error: prepared.error, phase: 'session' });
      // No widget was shown, so there is nothing to close: the button is ready for another try.
      this.finish(true);
      return;
    }
    this.config = prepared.config;
    this.paymentReference = prepared.paymentReference;
    let handle: WidgetHandle;
    try {
      handle = await this.driver.open(this.config, callbacks, this.loading.signal);
    } catch (error) {
      if (!this.active) return;
      this.owner.emit('mono-error', {
        error: { code: 'WIDGET_LOAD_FAILED', message: `The Mono widget could not be loaded: ${error instanceof Error ? error.message : String(error)}` },
        phase: 'load',
      });
      this.finish();
      this.fallBack();
      return;
    }
    if (!this.active) {
      handle.close();
      return;
    }
    this.handle = handle;
    // A CSP that forbids the widget's frame blocks it silently: the browser's report is all there is.
    watchFrameBlocked(this.driver.origin, () => this.active, () =>
      this.fail({ code: 'WIDGET_BLOCKED', message: `The page's Content-Security-Policy blocked the Mono widget's frame: allow ${this.driver.origin} in frame-src, or use mode="hosted" (fallback="hosted" switches by itself).` }),
    );
  }

  /** The widget failed outside its own UI: report it, and take the widget down. */
  private fail(error: MonoErrorInfo): void {
    this.owner.emit('mono-error', { error, phase: 'load' });
    this.close();
    this.fallBack();
  }

  /** `fallback="hosted"`: the widget could not load (a CSP forbids its frame, connect.js was blocked), so Mono's hosted page it is. */
  private fallBack(): void {
    const { owner } = this;
    if (owner.host.fallback === 'hosted' && owner.phase === 'idle') owner.flow = startHosted(owner);
  }

  private onEvent(type: MonoWidgetEventType, data: MonoWidgetEventData): void {
    this.owner.emit('mono-event', { type, data });
    if (type === 'OPENED' && !this.opened) {
      this.opened = true;
      this.owner.phase = 'open';
      this.owner.emit('mono-open', {});
    } else if (type === 'ERROR') {
      const error: MonoErrorInfo = {
        code: typeof data.errorType === 'string' && data.errorType ? data.errorType : 'WIDGET_ERROR',
        message: typeof data.errorMessage === 'string' && data.errorMessage ? data.errorMessage : 'The Mono widget reported an error.',
      };
      this.owner.emit('mono-error', { error, phase: 'widget' });
    }
  }

  private onSuccess(data: Record<string, unknown>): void {
    this.reason = 'success';
    const code = typeof data['code'] === 'string' ? data['code'] : '';
    this.owner.emit('mono-success', { code, data });
    if (this.config.scope === 'auth' && code && this.owner.host.exchange) void this.exchange(code);
    // The charge object came through the page: only the backend's verification says whether it was paid.
    if (this.config.scope === 'payments' && this.paymentReference) void this.verify(this.paymentReference);
  }

  private async verify(reference: string): Promise<void> {
    const { owner } = this;
    owner.phase = 'verifying';
    const result = await verifyPayment(fetcherFor(owner.host), reference);
    if ('paid' in result) owner.emit('mono-paid', result.paid);
    else owner.emit('mono-error', { error: result.error, phase: 'payment' });
    if (owner.phase === 'verifying') owner.phase = 'idle';
  }

  private async exchange(code: string): Promise<void> {
    const { owner } = this;
    owner.phase = 'exchanging';
    try {
      // Not aborted when the button leaves the page: the code is single-use,
      // and the backend records the account as it exchanges it.
      const { accountId, duplicateOf } = await fetcherFor(owner.host).exchangeCode(code);
      // Only present when the backend found one, so hosts can test `'duplicateOf' in detail`.
      owner.emit('mono-linked', duplicateOf ? { accountId, code, duplicateOf } : { accountId, code });
    } catch (error) {
      owner.emit('mono-error', { error: toErrorInfo(error, 'EXCHANGE_FAILED'), phase: 'exchange' });
    } finally {
      if (owner.phase === 'exchanging') owner.phase = 'idle';
    }
  }

  /** Ends the flow; `quiet` when no widget was ever shown (no `mono-close`). */
  private finish(quiet = false): void {
    if (this.ended) return;
    this.ended = true;
    widgetCoordinator().release(this);
    const { owner } = this;
    const { host } = owner;
    const active = document.activeElement;
    // Focus goes back to the button unless the user has moved it somewhere
    // else on the page: the widget's frame or container do not count.
    const refocus = !active || active === document.body || active === host || active instanceof HTMLIFrameElement || active.id === CONNECT_CONTAINER_ID;
    if (owner.phase !== 'exchanging' && owner.phase !== 'verifying') owner.phase = 'idle';
    if (!quiet) owner.emit('mono-close', { reason: this.reason });
    if (refocus) void host.updateComplete.then(() => host.focus());
  }
}
