import type { SandboxInstitution } from '../sandbox/sandbox-institutions.js';

/*
 * The simulator's stand-in for Mono's hosted link page (`mono_url`): plain
 * HTML forms, no script, so it works in any webview and under any CSP, and
 * a test can drive it with form POSTs. Every step posts back to the same
 * URL; the last one answers 303 to the host's `redirect_url`.
 */

export type HostedStep =
  | { step: 'banks' }
  | { step: 'login'; institution: SandboxInstitution; error?: string }
  | { step: 'gone' };

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const STYLE = `:root { color-scheme: light dark; font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  body { margin: 0; min-height: 100vh; min-height: 100dvh; box-sizing: border-box; display: grid; place-items: start center;
    padding: max(12px, env(safe-area-inset-top)) max(12px, env(safe-area-inset-right)) max(12px, env(safe-area-inset-bottom)) max(12px, env(safe-area-inset-left)); }
  main { box-sizing: border-box; width: min(420px, 100%); overflow-wrap: anywhere; padding: 8px 0 24px; }
  header { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; margin-bottom: 12px; }
  h1 { font-size: 1.2rem; margin: 0; flex: 1 1 auto; }
  .badge { font-size: 0.75rem; font-weight: 700; letter-spacing: 0.04em; padding: 2px 8px; border-radius: 99px; background: #fde68a; color: #78350f; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid #6b7280; padding: 10px 14px; min-height: 44px; width: 100%; background: ButtonFace; color: ButtonText; text-align: left; }
  button.primary { background: #0055ba; color: #fff; border-color: #0055ba; text-align: center; }
  button.quiet { text-align: center; margin-top: 12px; }
  button:focus-visible, input:focus-visible { outline: 3px solid #0055ba; outline-offset: 2px; }
  label { display: grid; gap: 4px; margin: 10px 0; }
  input { font: inherit; min-height: 44px; box-sizing: border-box; width: 100%; padding: 8px 10px; border-radius: 8px; border: 1px solid #6b7280; }
  .hint { font-size: 0.875rem; opacity: 0.8; }
  .error { color: #b91c1c; font-weight: 600; }
  @media (prefers-color-scheme: dark) { .error { color: #fca5a5; } }`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escape(title)} · Mono sandbox</title>
<style>${STYLE}</style>
</head>
<body>
<main aria-labelledby="title">
<header><h1 id="title">${escape(title)}</h1><span class="badge">SANDBOX</span></header>
${body}
</main>
</body>
</html>`;
}

const cancel = `<form method="post"><input type="hidden" name="action" value="cancel"><button class="quiet" type="submit">Cancel and go back</button></form>`;

/** The page for one step of a hosted session. */
export function hostedPageHtml(view: HostedStep, options: { reauthorising: boolean; institutions: readonly SandboxInstitution[] }): string {
  if (view.step === 'gone') {
    return page('Link expired', '<p>This link has been used or has expired. Go back to the app and start again.</p>');
  }
  if (view.step === 'banks') {
    const banks = options.institutions
      .map((bank) => `<li><button type="submit" name="institution" value="${escape(bank.id)}">${escape(bank.name)}</button></li>`)
      .join('\n');
    return page(
      'Link your bank',
      `<p class="hint">Sandbox: no real bank is contacted.</p>
<form method="post"><input type="hidden" name="action" value="bank"><ul aria-label="Banks">${banks}</ul></form>
${cancel}`,
    );
  }
  const { institution, error } = view;
  return page(
    options.reauthorising ? 'Reconnect your bank' : 'Link your bank',
    `<form method="post">
<input type="hidden" name="action" value="login">
<input type="hidden" name="institution" value="${escape(institution.id)}">
<p>Log in to ${escape(institution.name)}</p>
<label>Username <input name="username" autocomplete="off" value="sandbox"></label>
<label>Password <input name="password" type="password" autocomplete="off" value="sandbox"${error ? ' aria-describedby="login-error" aria-invalid="true" autofocus' : ''}></label>
<p class="hint">Any values work. The password <code>wrong</code> shows an error; <code>fail</code> makes the bank refuse the link.</p>
${error ? `<p class="error" id="login-error" role="alert">${escape(error)}</p>` : ''}
<button class="primary" type="submit">Log in</button>
</form>
${cancel}`,
  );
}
