/** The event names Mono's widget reports through connect.js's `onEvent`. */
export type MonoWidgetEventType =
  | 'OPENED'
  | 'EXIT'
  | 'INSTITUTION_SELECTED'
  | 'AUTH_METHOD_SWITCHED'
  | 'SUBMIT_CREDENTIALS'
  | 'SUBMIT_MFA'
  | 'ACCOUNT_LINKED'
  | 'ACCOUNT_SELECTED'
  | 'ERROR'
  | 'LOADED'
  | 'SUCCESS';

/**
 * Metadata Mono attaches to widget events. Every field is optional: which
 * ones appear depends on the event (see connect.js's README).
 */
export interface MonoWidgetEventData {
  reference?: string;
  timestamp?: number;
  errorType?: string;
  errorMessage?: string;
  mfaType?: string;
  prevAuthMethod?: string;
  authMethod?: string;
  pageName?: string;
  selectedAccountsCount?: number;
  institution?: { id?: string; name?: string };
  [key: string]: unknown;
}

export interface MonoEventDetail {
  type: MonoWidgetEventType;
  data: MonoWidgetEventData;
}

export type MonoWidgetEvent = CustomEvent<MonoEventDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-event': MonoWidgetEvent;
  }
  interface DocumentEventMap {
    'mono-event': MonoWidgetEvent;
  }
  interface WindowEventMap {
    'mono-event': MonoWidgetEvent;
  }
}
