import type { MonoCloseReason } from '../../events/mono-close.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import type { MonoWidgetEventData, MonoWidgetEventType } from '../../events/mono-event.js';
import { configuredFetcher } from '../default-fetcher.js';
import { toErrorInfo } from '../error-info.js';
import type { MonoFetcher } from '../fetcher/types.js';
import type { DetailOf } from '../mono-element.js';
import { connectJsDriver } from './connect-driver.js';
import type { WidgetDriver } from './types.js';
import { buildWidgetConfig, type LinkSetup } from './widget-config.js';
import { widgetCoordinator, type WidgetSession } from './widget-session.js';

export type LinkPhase = 'idle' | 'loading' | 'open' | 'exchanging';

/** What a link flow needs from the `<mono-link-button>` that owns it. */
export interface LinkFlowHost {
  /** The button's attributes and properties, read when the widget opens. */
  readonly setup: LinkSetup;
  phase(): LinkPhase;
  setPhase(phase: LinkPhase): void;
  emit<K extends keyof HTMLElementEventMap>(name: K, detail: DetailOf<K>): void;
  /** The element's, its provider's or `configure()`'s driver; none means connect.js. */
  driver(): WidgetDriver | undefined;
  /** The element's or its provider's fetcher; none means `configure()`'s, then `/api/mono`. */
  fetcher(): MonoFetcher | undefined;
  /** Whether a success should be exchanged for an account id (the `exchange` attribute). */
  exchanges(): boolean;
  /** The widget is gone (or never came): the host resets and reports `mono-close`. */
  closed(reason: MonoCloseReason): void;
}

/**
 * One link button's part of Mono's steps 1–3 once the user has shown intent:
 * the full setup check, the widget session, its events, and the code
 * exchange. It lives in the lazily loaded runtime so that the button itself
 * stays a few hundred bytes over Lit; the button keeps what must work
 * before anything loads (its key check, its state, and focus).
 */
export class LinkFlow {
  private session?: WidgetSession;
  private opened = false;

  constructor(private readonly host: LinkFlowHost) {}

  /** Whether this button's widget is loading or on screen. */
  get live(): boolean {
    return this.session !== undefined;
  }

  /** Fetches what the widget needs, unless the setup would be refused anyway. */
  preload(publicKey: string): Promise<void> {
    if (buildWidgetConfig(this.host.setup, publicKey).error) return Promise.resolve();
    return (this.host.driver() ?? connectJsDriver()).preload();
  }

  /** Checks the setup and opens the widget; a bad setup is reported before anything of Mono's loads. */
  open(publicKey: string): void {
    const { config, error } = buildWidgetConfig(this.host.setup, publicKey);
    if (error) {
      this.host.setPhase('idle');
      this.host.emit('mono-error', { error, phase: 'config' });
      return;
    }
    this.opened = false;
    const exchangeable = config.scope === 'auth';
    this.session = widgetCoordinator().open(this.host.driver() ?? connectJsDriver(), config, {
      onLoad: () => this.host.emit('mono-load', {}),
      onEvent: (type, data) => this.onEvent(type, data),
      onSuccess: (data) => this.onSuccess(data, exchangeable),
      onClose: (reason) => {
        this.session = undefined;
        this.host.closed(reason);
      },
      onError: (widgetError) => this.host.emit('mono-error', { error: widgetError, phase: 'load' }),
    });
  }

  /** Closes the widget; the host hears `closed('api')` unless it already succeeded. */
  close(): void {
    this.session?.close();
  }

  private onEvent(type: MonoWidgetEventType, data: MonoWidgetEventData): void {
    this.host.emit('mono-event', { type, data });
    if (type === 'OPENED' && !this.opened) {
      this.opened = true;
      this.host.setPhase('open');
      this.host.emit('mono-open', {});
    } else if (type === 'ERROR') {
      const error: MonoErrorInfo = {
        code: typeof data.errorType === 'string' && data.errorType ? data.errorType : 'WIDGET_ERROR',
        message: typeof data.errorMessage === 'string' && data.errorMessage ? data.errorMessage : 'The Mono widget reported an error.',
      };
      this.host.emit('mono-error', { error, phase: 'widget' });
    }
  }

  private onSuccess(data: Record<string, unknown>, exchangeable: boolean): void {
    const code = typeof data['code'] === 'string' ? data['code'] : '';
    this.host.emit('mono-success', { code, data });
    if (exchangeable && code && this.host.exchanges()) void this.exchange(code);
  }

  private async exchange(code: string): Promise<void> {
    this.host.setPhase('exchanging');
    try {
      // Not aborted when the button leaves the page: the code is single-use,
      // and the backend records the account as it exchanges it.
      const { accountId } = await (this.host.fetcher() ?? configuredFetcher()).exchangeCode(code);
      this.host.emit('mono-linked', { accountId, code });
    } catch (error) {
      this.host.emit('mono-error', { error: toErrorInfo(error, 'EXCHANGE_FAILED'), phase: 'exchange' });
    } finally {
      if (this.host.phase() === 'exchanging') this.host.setPhase('idle');
    }
  }
}
