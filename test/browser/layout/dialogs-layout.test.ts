import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { sandboxPageHtml } from '../../../src/testing/sandbox/sandbox-page.js';
import { SANDBOX_INSTITUTIONS } from '../../../src/testing/index.js';
import { backend, mount, part, root, rows, SIMULATED_ACCOUNTS } from '../accounts/fixtures.js';
import { expectNoOverflow, expectTargets } from './layout-helpers.js';

/*
 * What sits in the top layer or in its own frame is sized by the viewport,
 * not by the element: these run in a 320 × 480 window (a small phone, with
 * the keyboard's worth of height gone).
 */
describe('dialogs and the sandbox widget in a 320 px window', () => {
  // WebKit's WebDriver launcher cannot resize the window: there the dialog is checked against the window it has (same 1rem rule); the sandbox frame is 320 px in every engine.
  const resize = (width: number, height: number) => setViewport({ width, height }).catch(() => undefined);
  before(() => resize(320, 480));
  after(() => resize(800, 600));
  afterEach(() => fixtureCleanup());

  it('<mono-accounts> confirm dialog: inside the screen with 1rem to spare, 44 px buttons, focus kept inside', async () => {
    const { el } = await mount(backend({ accounts: [SIMULATED_ACCOUNTS.available, SIMULATED_ACCOUNTS.partial] }));
    expectNoOverflow(el);
    expectTargets(el);
    part(rows(el)[0]!, 'disconnect').click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the dialog opens');
    const box = dialog.getBoundingClientRect();
    expect(box.left).to.be.at.least(16 - 0.5);
    expect(box.right).to.be.at.most(innerWidth - 16 + 0.5);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    expectTargets(el, dialog);
    // Tab moves between the dialog's own buttons. Not past the last one: with the page
    // inert, Firefox then hands focus to its own toolbar, and keeps it there for every
    // later test file (their keyboard tests fail).
    const buttons = [...dialog.querySelectorAll('button')];
    for (let i = 0; i < buttons.length - 1; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement;
      expect(active && dialog.contains(active), `focus ${i} stays in the dialog`).to.equal(true);
    }
    // A modal <dialog> makes the rest of the page inert: its own controls cannot take focus.
    const before = document.getElementById('before')!;
    before.focus();
    expect(document.activeElement).to.not.equal(before);
    expect(dialog.contains(root(el).activeElement), 'focus stays in the dialog').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the sandbox widget fits 320 px: no horizontal scroll, 44 px targets, 16 px fields', async () => {
    const page = sandboxPageHtml({ scope: 'auth', institutions: SANDBOX_INSTITUTIONS, reauthorising: false });
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="sandbox" style="border:0;width:320px;height:480px" srcdoc=${page}></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('main button'), 'the page renders', { timeout: 5000 });
    const doc = frame.contentDocument!;
    expect(doc.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(doc.documentElement.clientWidth);
    const main = doc.querySelector('main')!;
    const box = main.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(box.bottom, 'taller content scrolls inside').to.be.at.most(480);
    for (const target of doc.querySelectorAll<HTMLElement>('button, input')) {
      if (target.getClientRects().length === 0) continue;
      const rect = target.getBoundingClientRect();
      expect(rect.height, `${target.textContent!.trim() || target.localName} height`).to.be.at.least(44 - 0.5);
      expect(rect.width).to.be.at.least(44 - 0.5);
      expect(rect.right).to.be.at.most(box.right + 0.5);
    }
  });
});
