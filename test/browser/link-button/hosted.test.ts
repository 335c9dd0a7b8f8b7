import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/simulator/simulator.js';
import { settle } from '../helpers.js';
import { ENDPOINT, hostedFetcher, next, pageAt, playHostedPage, resetBackend, restorePage, simulatedSessions } from './hosted-helpers.js';

const inner = (el: MonoLinkButton) => el.shadowRoot!.querySelector('button')!;
const status = (el: MonoLinkButton) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

/** Every `mono-redirect` on the page is prevented (the test page must not leave); their URLs. */
function holdRedirects(): { urls: string[]; release(): void } {
  const urls: string[] = [];
  const hold = (event: Event) => {
    urls.push((event as CustomEvent<{ url: string }>).detail.url);
    event.preventDefault();
  };
  document.addEventListener('mono-redirect', hold);
  return { urls, release: () => document.removeEventListener('mono-redirect', hold) };
}

async function hostedButton(fetcher: MonoFetcher, accountId?: string): Promise<MonoLinkButton> {
  return fixture<MonoLinkButton>(
    accountId
      ? html`<mono-link-button public-key="test_pk_hosted" mode="hosted" account-id=${accountId} .fetcher=${fetcher}></mono-link-button>`
      : html`<mono-link-button public-key="test_pk_hosted" mode="hosted" .fetcher=${fetcher}></mono-link-button>`,
  );
}

/** A click on a hosted button, its redirect held: Mono's page and the session's ref. */
async function startSession(fetcher: MonoFetcher, accountId?: string): Promise<{ url: string; ref: string }> {
  const held = holdRedirects();
  try {
    const el = await hostedButton(fetcher, accountId);
    const redirected = next('mono-redirect');
    inner(el).click();
    const { detail } = await redirected;
    el.remove();
    const session = (await simulatedSessions()).find((item) => item.url === detail.url)!;
    return { url: detail.url, ref: session.ref! };
  } finally {
    held.release();
  }
}

describe('<mono-link-button mode="hosted">', () => {
  let fetcher: MonoFetcher;
  beforeEach(async () => {
    await resetBackend();
    fetcher = hostedFetcher();
  });
  afterEach(restorePage);

  it('on click asks for Mono\'s page with this page as the way back, fires a cancelable mono-redirect, and stays when it is prevented', async () => {
    const here = pageAt('/hosted-fixture/back', 'keep=a%20b&mono_ref=old', 'top');
    const el = await hostedButton(fetcher);
    // The old ref on the page is someone else's business here: let its check end first.
    await waitUntil(() => !location.search.includes('mono_ref=old'), 'the stale mono_ref is cleaned');
    const seen: CustomEvent<{ url: string }>[] = [];
    const listener = (event: Event) => {
      seen.push(event as CustomEvent<{ url: string }>);
      event.preventDefault();
    };
    el.addEventListener('mono-redirect', listener);
    inner(el).click();
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => seen.length === 1, 'mono-redirect');
    const [event] = seen;
    expect(event!.cancelable).to.equal(true);
    expect(event!.bubbles && event!.composed).to.equal(true);
    const [session] = await simulatedSessions();
    expect(event!.detail.url).to.equal(session!.url);
    // The way back is this page, less the old mono_ref, with the session's own.
    const back = new URL(session!.redirectUrl!);
    expect(back.pathname).to.equal('/hosted-fixture/back');
    expect(back.search).to.include('keep=a%20b');
    expect(back.searchParams.getAll('mono_ref')).to.deep.equal([session!.ref]);
    // Prevented: nothing navigated, and the button is free again.
    expect(location.href).to.equal(here.replace('&mono_ref=old', ''));
    await el.updateComplete;
    expect(inner(el).disabled).to.equal(false);
    expect(inner(el).getAttribute('aria-busy')).to.equal('false');
    el.removeEventListener('mono-redirect', listener);
  });

  it('back from Mono with mono_ref: one button of several finishes the link, fires mono-linked once, and cleans the address bar', async () => {
    pageAt('/hosted-fixture/back', 'keep=a%20b', 'section-2');
    const { url } = await startSession(fetcher);
    const back = await playHostedPage(url);
    const { redirectUrl } = (await simulatedSessions()).find((item) => item.url === url)!;
    // fetch() leaves the fragment out of the address it followed; a browser's navigation keeps it.
    expect(back).to.equal(redirectUrl!.replace(/#.*$/, ''));
    expect(redirectUrl).to.include('mono_ref=').and.to.match(/#section-2$/);
    // Mono sent the user back: the page loads again at that address.
    history.replaceState(null, '', redirectUrl!);
    const linked: CustomEvent<{ accountId: string; code?: string }>[] = [];
    const errors: Event[] = [];
    const onLinked = (event: Event) => linked.push(event as CustomEvent<{ accountId: string }>);
    const onError = (event: Event) => errors.push(event);
    document.addEventListener('mono-linked', onLinked);
    document.addEventListener('mono-error', onError);
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <mono-link-button public-key="test_pk_hosted" mode="hosted" .fetcher=${fetcher}></mono-link-button>
        <mono-link-button public-key="test_pk_hosted" mode="hosted" .fetcher=${fetcher}></mono-link-button>
        <mono-link-button public-key="test_pk_hosted" .fetcher=${fetcher}></mono-link-button>
        <mono-link-button public-key="test_pk_hosted" mode="hosted" .fetcher=${fetcher}></mono-link-button>
      </div>`);
      await waitUntil(() => linked.length > 0, 'mono-linked', { timeout: 8000 });
      await settle(300);
      expect(linked).to.have.length(1);
      expect(errors).to.have.length(0);
      const session = (await simulatedSessions()).find((item) => item.url === url)!;
      expect(linked[0]!.detail).to.deep.equal({ accountId: session.accountId });
      const buttons = [...page.querySelectorAll('mono-link-button')];
      expect(buttons.indexOf(linked[0]!.target as MonoLinkButton)).to.equal(0);
      // Other parameters and the hash stay, exactly as they were written.
      const now = new URL(location.href);
      expect(now.searchParams.has('mono_ref')).to.equal(false);
      expect(now.search).to.include('keep=a%20b');
      expect(now.hash).to.equal('#section-2');
      await (buttons[0] as MonoLinkButton).updateComplete;
      expect(status(buttons[0] as MonoLinkButton)).to.equal('Bank account linked.');
      expect(inner(buttons[0] as MonoLinkButton).disabled).to.equal(false);
    } finally {
      document.removeEventListener('mono-linked', onLinked);
      document.removeEventListener('mono-error', onError);
    }
  });

  it('is busy while it waits, and accessible: aria-busy, disabled, and a status that says so', async () => {
    pageAt('/hosted-fixture/back');
    const { ref } = await startSession(fetcher);
    // Back before Mono has confirmed anything (the user left Mono's page unfinished).
    pageAt('/hosted-fixture/back', `mono_ref=${ref}`);
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_hosted" mode="hosted" .fetcher=${fetcher} .hostedTimeout=${60_000}></mono-link-button>`);
    await waitUntil(() => inner(el).getAttribute('aria-busy') === 'true', 'busy');
    expect(inner(el).disabled).to.equal(true);
    expect(status(el)).to.equal('Linking your account…');
    await expect(el).to.be.accessible();
    el.remove(); // leaving the page stops the wait
  });

  it('a session this browser did not start (no binding cookie) links nothing: mono-error phase session', async () => {
    pageAt('/hosted-fixture/back');
    // Another browser: its cookie is never stored here.
    const answer = await fetch(`${ENDPOINT}/link/hosted`, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ redirectUrl: location.href }),
    });
    const foreign = (await answer.json()) as { url: string; ref: string };
    // …and that user did link an account there.
    const back = await playHostedPage(foreign.url);
    history.replaceState(null, '', back);
    const linked: Event[] = [];
    const onLinked = (event: Event) => linked.push(event);
    document.addEventListener('mono-linked', onLinked);
    try {
      const failed = next('mono-error');
      const el = await hostedButton(fetcher);
      const { detail } = await failed;
      expect(detail.phase).to.equal('session');
      expect(detail.error.code).to.equal('HOSTED_SESSION_UNKNOWN');
      expect(detail.error.status).to.equal(404);
      await el.updateComplete;
      expect(status(el)).to.equal('Your bank account could not be linked. Please try again.');
      expect(new URL(location.href).searchParams.has('mono_ref')).to.equal(false);
      await settle(200);
      expect(linked).to.have.length(0);
    } finally {
      document.removeEventListener('mono-linked', onLinked);
    }
  });

  it('an unknown ref, and one whose link the bank refused, end in mono-error phase session', async () => {
    pageAt('/hosted-fixture/back', 'mono_ref=AAAAAAAAAAAAAAAAAAAAAA');
    let failed = next('mono-error');
    await hostedButton(fetcher);
    expect((await failed).detail.error.code).to.equal('HOSTED_SESSION_UNKNOWN');

    pageAt('/hosted-fixture/back');
    const { url } = await startSession(fetcher);
    history.replaceState(null, '', await playHostedPage(url, 'fail'));
    failed = next('mono-error');
    const el = await hostedButton(fetcher);
    const { detail } = await failed;
    expect(detail).to.deep.include({ phase: 'session' });
    expect(detail.error.code).to.equal('HOSTED_LINK_FAILED');
    expect(new URL(location.href).searchParams.has('mono_ref')).to.equal(false);
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('gives up after its timeout with mono-error phase session, and leaves mono_ref so a reload asks again', async () => {
    pageAt('/hosted-fixture/back');
    const { ref } = await startSession(fetcher);
    pageAt('/hosted-fixture/back', `mono_ref=${ref}`);
    const failed = next('mono-error');
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_hosted" mode="hosted" .fetcher=${fetcher} .hostedTimeout=${400}></mono-link-button>`);
    const { detail } = await failed;
    expect(detail.phase).to.equal('session');
    expect(detail.error.code).to.equal('HOSTED_TIMEOUT');
    expect(new URL(location.href).searchParams.get('mono_ref')).to.equal(ref);
    await el.updateComplete;
    expect(status(el)).to.equal('Mono has not confirmed the link yet. Please try again in a few minutes.');
    expect(inner(el).disabled).to.equal(false);
  });

  it('re-authorises an account through Mono\'s page (account-id), and says so in French', async () => {
    pageAt('/hosted-fixture/back');
    const accountId = SIMULATED_ACCOUNTS.available;
    const { url } = await startSession(fetcher, accountId);
    const session = (await simulatedSessions()).find((item) => item.url === url)!;
    expect(session.scope).to.equal('reauth');
    history.replaceState(null, '', await playHostedPage(url));
    const linked = next('mono-linked');
    const el = await fixture<MonoLinkButton>(html`<div lang="fr"><mono-link-button public-key="test_pk_hosted" mode="hosted" account-id=${accountId} .fetcher=${fetcher}></mono-link-button></div>`);
    expect((await linked).detail).to.deep.equal({ accountId });
    const button = el.querySelector('mono-link-button')!;
    await waitUntil(() => status(button) === 'Compte bancaire lié.', 'the French words');
  });
});
