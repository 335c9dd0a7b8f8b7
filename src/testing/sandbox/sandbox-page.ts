import { MonoMessage } from '../../core/widget/mono-protocol.js';
import type { SandboxInstitution } from './sandbox-institutions.js';

/** The sandbox page asks its driver for the final result (code or charge) with this message; Mono's widget has no such message. */
export const SANDBOX_LINKED = 'mono.connect.sandbox.linked';

/** Every message type the page posts: Mono's own, named once in mono-protocol.ts, and the sandbox's. */
const PAGE_MESSAGES = { ...MonoMessage, sandboxLinked: SANDBOX_LINKED };

/** What the sandbox page is told when it is created. */
export interface SandboxPageConfig {
  scope: 'auth' | 'payments';
  reference?: string;
  institutions: readonly SandboxInstitution[];
  /** Open straight on this institution's login, like Mono's `selectedInstitution`. */
  selectedInstitutionId?: string;
  authMethod?: string;
  /** Re-authorisation of an existing account skips the bank list. */
  reauthorising: boolean;
  /** The payment being made (scope `payments`), shown to the user. */
  payment?: Record<string, unknown>;
}

const escapeJsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/**
 * The sandbox widget: a small page that plays Mono's message protocol from a
 * sandboxed frame (opaque origin), in the order and shapes Mono's widget
 * uses. A person can click through it; tests and demos drive it with
 * commands the parent posts (`{ sandboxCommand: 'link' | 'exit' | 'fail' }`).
 * The code it reports is handed over by the parent when linking completes.
 */
export function sandboxPageHtml(config: SandboxPageConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mono sandbox</title>
<style>
  :root { color-scheme: light dark; font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  /* Fits a 320 px phone: clear of notches and the home bar (safe-area insets), scrolling inside when taller than the screen. */
  body { margin: 0; min-height: 100vh; min-height: 100dvh; box-sizing: border-box; display: grid; place-items: center; background: transparent;
    padding: max(8px, env(safe-area-inset-top)) max(8px, env(safe-area-inset-right)) max(8px, env(safe-area-inset-bottom)) max(8px, env(safe-area-inset-left)); }
  main { box-sizing: border-box; width: min(380px, 100%); max-height: calc(100dvh - 16px - env(safe-area-inset-top) - env(safe-area-inset-bottom)); overflow-y: auto; overscroll-behavior: contain; overflow-wrap: anywhere;
    background: Canvas; color: CanvasText; border-radius: 14px; padding: 20px clamp(14px, 5vw, 22px) 18px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.35); }
  header { display: flex; align-items: center; justify-content: space-between; margin-bottom: 10px; }
  h1 { font-size: 1.05rem; margin: 0; }
  .badge { font-size: 0.72rem; font-weight: 700; letter-spacing: 0.04em; padding: 2px 8px; border-radius: 99px; background: #fde68a; color: #78350f; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
  button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid #9ca3af; padding: 9px 12px; min-height: 44px; min-width: 44px; background: ButtonFace; color: ButtonText; width: 100%; text-align: left; }
  button.primary { background: #0055ba; color: #fff; border-color: #0055ba; text-align: center; }
  button:focus-visible, input:focus-visible { outline: 3px solid #0055ba; outline-offset: 2px; }
  label { display: grid; gap: 4px; margin: 8px 0; }
  input { font: inherit; font-size: max(16px, 1rem); min-height: 44px; box-sizing: border-box; max-width: 100%; padding: 8px 10px; border-radius: 8px; border: 1px solid #9ca3af; }
  .hint { font-size: 0.8rem; opacity: 0.75; margin: 6px 0 12px; }
  .error { color: #b91c1c; font-weight: 600; }
  .close { width: auto; border: none; background: none; font-size: 1.3rem; padding: 2px 8px; }
  [hidden] { display: none !important; }
</style>
</head>
<body>
<main aria-labelledby="title">
  <header><h1 id="title">Link your bank</h1><span class="badge">SANDBOX</span><button class="close" id="exit" aria-label="Close">×</button></header>
  <p id="payment" hidden></p>
  <section id="banks"><p class="hint">Sandbox: no real bank is contacted.</p><ul id="bank-list"></ul></section>
  <form id="login" hidden>
    <p id="bank-name"></p>
    <label>Username <input name="username" autocomplete="off" value="sandbox"></label>
    <label>Password <input name="password" type="password" autocomplete="off" value="sandbox"></label>
    <p class="hint">Any values work; the password <code>wrong</code> shows an error.</p>
    <p class="error" id="login-error" role="alert" hidden></p>
    <button class="primary" type="submit">Log in</button>
  </form>
  <form id="mfa" hidden>
    <label>One-time code <input name="otp" inputmode="numeric" autocomplete="one-time-code" value="123456"></label>
    <button class="primary" type="submit">Continue</button>
  </form>
  <section id="done" hidden><p role="status">Account linked.</p></section>
</main>
<script>
(() => {
  const config = ${escapeJsonForScript(config)};
  const message = ${escapeJsonForScript(PAGE_MESSAGES)};
  const post = (type, data = {}) => parent.postMessage({ type, data: { reference: config.reference, timestamp: Date.now(), ...data } }, '*');
  const $ = (id) => document.getElementById(id);
  let institution;
  let finished = false;

  const show = (id) => { for (const s of ['banks', 'login', 'mfa', 'done']) $(s).hidden = s !== id; };

  function select(inst, authMethod = config.authMethod || 'internet_banking') {
    institution = inst;
    post(message.institutionSelected, { institution: { id: inst.id, name: inst.name }, authMethod });
    $('bank-name').textContent = 'Log in to ' + inst.name;
    show('login');
    document.querySelector('#login input').focus();
  }

  function login(password) {
    post(message.loginAttempt, { institution: { id: institution.id, name: institution.name } });
    if (password === 'wrong') {
      post(message.error, { errorType: 'INVALID_CREDENTIALS', errorMessage: 'Incorrect username or password.' });
      $('login-error').textContent = 'Incorrect username or password.';
      $('login-error').hidden = false;
      return false;
    }
    show('mfa');
    document.querySelector('#mfa input').focus();
    return true;
  }

  function finish() {
    if (finished) return;
    finished = true;
    post(message.mfaSubmitted, { mfaType: 'OTP' });
    post(message.accountLinked, { institution: { id: institution.id, name: institution.name } });
    post(message.accountSelected, { selectedAccountsCount: 1 });
    show('done');
    // The parent issues the code (or charge) and posts the final message.
    post(message.sandboxLinked, { institution });
  }

  function exit(pageName) {
    post(message.exit, { pageName });
    post(message.closed, {});
  }

  const currentPage = () => ['banks', 'login', 'mfa', 'done'].find((s) => !$(s).hidden).toUpperCase();

  for (const inst of config.institutions) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = inst.name;
    b.addEventListener('click', () => select(inst));
    li.append(b);
    $('bank-list').append(li);
  }
  $('login').addEventListener('submit', (e) => { e.preventDefault(); login(e.target.password.value); });
  $('mfa').addEventListener('submit', (e) => { e.preventDefault(); finish(); });
  $('exit').addEventListener('click', () => exit(currentPage()));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') exit(currentPage()); });

  window.addEventListener('message', (event) => {
    if (event.source !== parent || !event.data) return;
    const { sandboxCommand, sandboxResult } = event.data;
    // The final result goes out as given: Mono's success carries only its own fields.
    if (sandboxResult) { parent.postMessage({ type: sandboxResult.type, data: sandboxResult.data }, '*'); return; }
    if (sandboxCommand === 'show') {
      post(message.opened);
      const first = document.querySelector('#bank-list button, #login input');
      if (first) first.focus();
    } else if (sandboxCommand === 'link') {
      const id = event.data.institutionId || config.selectedInstitutionId || config.institutions[0].id;
      select(config.institutions.find((i) => i.id === id) || config.institutions[0]);
      if (login(event.data.password || 'sandbox')) finish();
    } else if (sandboxCommand === 'fail') {
      if (!institution) select(config.institutions[0]);
      login('wrong');
    } else if (sandboxCommand === 'exit') {
      exit(currentPage());
    }
  });

  const preselected = config.institutions.find((i) => i.id === config.selectedInstitutionId);
  if (config.reauthorising || preselected) {
    $('title').textContent = config.reauthorising ? 'Reconnect your bank' : 'Link your bank';
    institution = preselected || config.institutions[0];
    $('bank-name').textContent = 'Log in to ' + institution.name;
    show('login');
  }
  if (config.scope === 'payments') {
    $('title').textContent = 'Pay with your bank';
    const { amount, description } = config.payment || {};
    if (typeof amount === 'number') {
      const naira = new Intl.NumberFormat('en-NG', { style: 'currency', currency: 'NGN' }).format(amount / 100);
      $('payment').textContent = description ? naira + ' · ' + description : naira;
      $('payment').hidden = false;
    }
  }
})();
</script>
</body>
</html>`;
}
