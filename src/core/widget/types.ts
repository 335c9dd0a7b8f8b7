import type { MonoErrorInfo } from '../../events/mono-error.js';
import type { MonoWidgetEventData, MonoWidgetEventType } from '../../events/mono-event.js';
import type { MonoWidgetMessage } from './mono-protocol.js';

/** Mono's `selectedInstitution` setup config: open straight on a bank's login. */
export interface SelectedInstitution {
  id: string;
  auth_method?: string;
  account_number?: string;
}

/** Everything a driver needs to show the widget; built by `buildWidgetConfig()`. */
export interface WidgetConfig {
  key: string;
  scope: 'auth' | 'payments';
  reference?: string;
  /** Passed to Mono as `data` (customer, payment fields, …). */
  data?: Record<string, unknown>;
  selectedInstitution?: SelectedInstitution;
  checkAccountMatch?: boolean;
  /** Set: re-authorise this account instead of linking a new one. */
  reauthoriseAccountId?: string;
}

/** How a driver reports what the widget does. Every call is for the session that opened it. */
export interface WidgetCallbacks {
  onLoad(): void;
  onEvent(type: MonoWidgetEventType, data: MonoWidgetEventData): void;
  onSuccess(data: Record<string, unknown>): void;
  /** The widget is hidden; after a success this follows `onSuccess`. */
  onClose(): void;
  /** The widget failed outside its own UI (script or frame could not load). */
  onError(error: MonoErrorInfo): void;
}

/** A mounted widget. */
export interface WidgetHandle {
  /** The frame whose window must be the source of every widget message. */
  readonly frame: HTMLIFrameElement | null;
  /**
   * Widget messages that passed the origin and source checks, for drivers
   * that interpret the protocol themselves (connect.js has its own listener).
   */
  receive?(message: MonoWidgetMessage): void;
  /** Hides the widget; `onClose` follows. Safe to call twice. */
  close(): void;
}

/**
 * Shows a Mono widget. The default drives connect.js and Mono's hosted frame;
 * `mono-connect-elements/testing` has a sandbox one that runs offline.
 */
export interface WidgetDriver {
  /** The origin widget messages must come from (`'null'` for an opaque sandboxed frame). */
  readonly origin: string;
  /** Starts fetching what the widget needs, without showing anything. Idempotent. */
  preload(): Promise<void>;
  /**
   * On intent, for the setup a click would open with: gets the widget ready
   * without showing it or putting anything in the focus order, so that
   * `open()` with an equal config shows it sooner. Optional; a failure is
   * left for the click to report.
   */
  prepare?(config: WidgetConfig): Promise<void>;
  /**
   * Mounts the widget and shows it. Rejects when it cannot be loaded, or when
   * `signal` aborts first (the session was closed while loading).
   */
  open(config: WidgetConfig, callbacks: WidgetCallbacks, signal?: AbortSignal): Promise<WidgetHandle>;
  /**
   * Judges a widget message that is not a real cross-frame `MessageEvent`
   * (connect.js dispatches some on `window` itself). Return false to drop it.
   */
  acceptSynthetic?(type: string): boolean;
}
