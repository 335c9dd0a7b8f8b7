import type { MonoErrorInfo } from '../../events/mono-error.js';
import type { WidgetConfig } from './types.js';

/** A new Mono customer, as Mono's widget expects it in `data.customer`. */
export interface MonoCustomer {
  id?: string;
  name?: string;
  email?: string;
  identity?: { type: string; number: string };
}

/** What `<mono-link-button>` knows from its attributes and properties (the element itself is one). */
export interface LinkSetup {
  scope?: string;
  reference?: string;
  customerId?: string;
  customer?: MonoCustomer;
  accountId?: string;
  institutionId?: string;
  authMethod?: string;
  accountNumber?: string;
  checkAccountMatch?: boolean;
  data?: Record<string, unknown>;
  /** Payments: what the page tells its backend (e.g. `{ orderId }`); the backend decides the amount. */
  payment?: Record<string, unknown>;
}

export type WidgetConfigResult = { config: WidgetConfig; error?: undefined } | { config?: undefined; error: MonoErrorInfo };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (code: string, message: string): WidgetConfigResult => ({ error: { code, message } });

/**
 * Turns the element's inputs into the widget's setup, or says precisely what
 * is wrong before anything of Mono's is loaded. `publicKey` has already been
 * accepted by `checkPublicKey()`: the button checks it before this module
 * loads, so that a secret key costs no request.
 */
export function buildWidgetConfig(options: LinkSetup, publicKey: string): WidgetConfigResult {
  const scope = options.scope ?? 'auth';
  if (scope !== 'auth' && scope !== 'payments') {
    return invalid('INVALID_SCOPE', `scope must be "auth" or "payments", not "${scope}".`);
  }
  if (options.data !== undefined && !isPlainObject(options.data)) {
    return invalid('INVALID_DATA', 'The data property must be a plain object.');
  }
  // An amount in the page is one a user can change in devtools: the backend's payment() decides it.
  if (options.data && 'amount' in options.data) {
    return invalid(
      'AMOUNT_IN_PAGE',
      'data.amount is refused: an amount set in the page can be changed by its user. Set the payment property (e.g. { orderId }) and let your backend\'s payment() option decide the amount.',
    );
  }
  if (options.payment !== undefined && !isPlainObject(options.payment)) {
    return invalid('INVALID_PAYMENT', 'The payment property must be a plain object, such as { orderId }.');
  }
  const needsInstitution = options.authMethod || options.accountNumber || options.checkAccountMatch;
  if (needsInstitution && !options.institutionId) {
    return invalid(
      'MISSING_INSTITUTION',
      'auth-method, account-number and check-account-match apply to a selected institution: set institution-id too.',
    );
  }
  if (options.checkAccountMatch && !options.accountNumber) {
    return invalid('MISSING_ACCOUNT_NUMBER', 'check-account-match needs the account-number to compare with.');
  }

  const data: Record<string, unknown> = { ...options.data };
  const customerId = options.customerId?.trim();
  if (customerId) {
    data['customer'] = { id: customerId };
  } else if (options.customer !== undefined) {
    if (!isPlainObject(options.customer)) return invalid('INVALID_CUSTOMER', 'The customer property must be an object.');
    data['customer'] = { ...options.customer };
  }

  const config: WidgetConfig = { key: publicKey.trim(), scope };
  if (options.reference) config.reference = options.reference;
  if (Object.keys(data).length > 0) config.data = data;
  if (options.accountId) config.reauthoriseAccountId = options.accountId;
  if (options.institutionId) {
    config.selectedInstitution = { id: options.institutionId };
    if (options.authMethod) config.selectedInstitution.auth_method = options.authMethod;
    if (options.accountNumber) config.selectedInstitution.account_number = options.accountNumber;
    if (options.checkAccountMatch) config.checkAccountMatch = true;
  }
  return { config };
}
