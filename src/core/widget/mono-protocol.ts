import type { MonoWidgetEventType } from '../../events/mono-event.js';

/** The origin of Mono's hosted widget; connect.js frames `https://connect.mono.co/?key=…`. */
export const MONO_WIDGET_ORIGIN = 'https://connect.mono.co';

/** Message types Mono's widget posts to the page (as connect.js 2.2 reads them). */
export const MonoMessage = {
  linked: 'mono.connect.widget.account_linked',
  chargeComplete: 'mono.connect.widget.charge_complete',
  closed: 'mono.connect.widget.closed',
  loaded: 'mono.connect.widget_loaded',
  opened: 'mono.connect.widget_opened',
  error: 'mono.connect.error_occured',
  institutionSelected: 'mono.connect.institution_selected',
  authMethodSwitched: 'mono.connect.auth_method_switched',
  exit: 'mono.connect.on_exit',
  loginAttempt: 'mono.connect.login_attempt',
  mfaSubmitted: 'mono.connect.mfa_submitted',
  accountLinked: 'mono.connect.account_linked',
  accountSelected: 'mono.connect.account_selected',
} as const;

/** Widget messages that are reported through `onEvent`, by their event name. */
export const EVENT_OF_MESSAGE: Readonly<Record<string, MonoWidgetEventType>> = {
  [MonoMessage.loaded]: 'LOADED',
  [MonoMessage.opened]: 'OPENED',
  [MonoMessage.error]: 'ERROR',
  [MonoMessage.institutionSelected]: 'INSTITUTION_SELECTED',
  [MonoMessage.authMethodSwitched]: 'AUTH_METHOD_SWITCHED',
  [MonoMessage.exit]: 'EXIT',
  [MonoMessage.loginAttempt]: 'SUBMIT_CREDENTIALS',
  [MonoMessage.mfaSubmitted]: 'SUBMIT_MFA',
  [MonoMessage.accountLinked]: 'ACCOUNT_LINKED',
  [MonoMessage.accountSelected]: 'ACCOUNT_SELECTED',
};

/** Messages that end the flow successfully (auth code, or charge object for payments). */
export const SUCCESS_MESSAGES: ReadonlySet<string> = new Set([MonoMessage.linked, MonoMessage.chargeComplete]);

export interface MonoWidgetMessage {
  type: string;
  data?: Record<string, unknown>;
}

/**
 * The type of a message that speaks Mono's widget protocol, or undefined.
 * Only these are policed: other `message` traffic on the page is not ours.
 */
export function monoMessageType(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith('mono.connect') ? type : undefined;
}
