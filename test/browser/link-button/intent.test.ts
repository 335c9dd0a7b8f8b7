import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { discardPrepared } from '../../../src/core/widget/connect-driver.js';
import { LINK_EVENTS, connectFrame, recordEvents, settle } from '../helpers.js';
import { sessionBackend } from './session-helpers.js';

// Mono's real connect.js, its frame answered by test/fixtures/message-relay.html.
// connect.js shows its frame 2 s after open(), loaded or not; these tests
// prove ours shows as soon as the frame has loaded (prepared on hover or
// focus when it can be), with no timer left to re-show it, steal focus or
// report OPENED twice. Orderings against a 2 s marker, never wall-clock budgets.

const CONNECT_DELAY_MS = 2000;
/** The first intent loads the widget runtime and connect.js. */
const WAIT = { timeout: 5000 };

/** Every widget frame added to the page, and the ones whose load event has fired (listened for before it can). */
function watchFrames() {
  const created: HTMLIFrameElement[] = [];
  const loaded = new Set<HTMLIFrameElement>();
  const watch = { created, loaded, onCreated: (_frame: HTMLIFrameElement) => {}, stop: () => observer.disconnect() };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const frames = node instanceof HTMLIFrameElement ? [node] : node instanceof Element ? [...node.querySelectorAll('iframe')] : [];
        for (const frame of frames) {
          // A container and its frame may come as two records.
          if (created.includes(frame)) continue;
          created.push(frame);
          frame.addEventListener('load', () => loaded.add(frame), { once: true });
          watch.onCreated(frame);
        }
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return watch;
}

/** A flag that turns true when connect.js's own show-timer would fire, counted from now. */
function connectTimer(): { fired: boolean } {
  const marker = { fired: false };
  setTimeout(() => (marker.fired = true), CONNECT_DELAY_MS);
  return marker;
}

const inner = (el: MonoLinkButton) => el.shadowRoot!.querySelector('button')!;

async function hover(el: MonoLinkButton): Promise<void> {
  const rect = inner(el).getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.x + 5), Math.round(rect.y + 5)] });
}

const leave = () => sendMouse({ type: 'move', position: [0, 0] });

const visible = (element: Element | null) => !!element && getComputedStyle(element).visibility === 'visible' && getComputedStyle(element).display !== 'none';

/** Hidden, and focus() cannot put it in focus. */
function expectInert(frame: HTMLIFrameElement): void {
  expect(visible(frame), 'frame hidden').to.equal(false);
  expect(visible(document.getElementById('mono-connect--widget-div')), 'container hidden').to.equal(false);
  const before = document.activeElement;
  frame.focus();
  expect(document.activeElement).to.equal(before);
}

const count = (log: ReturnType<typeof recordEvents>, type: string, widgetType?: string) =>
  log.filter((e) => e.type === type && (!widgetType || e.detail.type === widgetType)).length;

async function closeWidget(el: MonoLinkButton): Promise<void> {
  const closed = oneEvent(el, 'mono-close');
  el.close();
  await closed;
}

describe('<mono-link-button> prepares the widget on intent', () => {
  let frames: ReturnType<typeof watchFrames>;
  beforeEach(() => {
    frames = watchFrames();
  });
  afterEach(async () => {
    frames.stop();
    await leave();
    // Focus returned to a button after close prepares again: let that settle, then drop it.
    await settle(200);
    discardPrepared();
  });

  it('after hover, a click shows the loaded frame with focus in it and OPENED once, before connect.js\'s timer', async function () {
    this.timeout(10000);
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_hover"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    await hover(el);
    await waitUntil(() => frames.loaded.size === 1, 'frame prepared and loaded on hover', WAIT);
    const [frame] = frames.created;
    expectInert(frame!);
    expect(log, 'nothing reported before the click').to.deep.equal([]);

    const timer = connectTimer();
    let atOpen: { visible: boolean; focused: boolean; timerFired: boolean } | undefined;
    el.addEventListener('mono-open', () => (atOpen = { visible: visible(frame!), focused: document.activeElement === frame, timerFired: timer.fired }), { once: true });
    inner(el).click();
    await waitUntil(() => atOpen, 'mono-open', WAIT);
    expect(atOpen).to.deep.equal({ visible: true, focused: true, timerFired: false });
    expect(connectFrame()).to.equal(frame);
    expect(log.filter((e) => e.type === 'mono-event').map((e) => e.detail.type)).to.deep.equal(['LOADED', 'OPENED']);
    expect(log.map((e) => e.type).filter((t) => t !== 'mono-event')).to.deep.equal(['mono-load', 'mono-open']);

    // Past the moment connect.js's own timer would have fired: still one OPENED, still shown, focus still inside.
    await settle(CONNECT_DELAY_MS + 200);
    expect(timer.fired).to.equal(true);
    expect(count(log, 'mono-event', 'OPENED')).to.equal(1);
    expect(count(log, 'mono-open')).to.equal(1);
    expect(visible(frame!)).to.equal(true);
    expect(document.activeElement).to.equal(frame);
    expect(frames.created, 'the click built no other frame').to.have.length(1);
    await closeWidget(el);
    expect(visible(frame!)).to.equal(false);
  });

  it('after focus, a click shows the prepared frame the same way', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_focus"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    inner(el).focus();
    await waitUntil(() => frames.loaded.size === 1, 'frame prepared and loaded on focus', WAIT);
    const timer = connectTimer();
    const opened = oneEvent(el, 'mono-open');
    // Not a key press: under Firefox's WebDriver BiDi, one whose effect moves focus into a cross-origin frame hung the run.
    inner(el).click();
    await opened;
    expect(timer.fired).to.equal(false);
    expect(visible(frames.created[0]!)).to.equal(true);
    expect(document.activeElement).to.equal(frames.created[0]);
    expect(count(log, 'mono-event', 'OPENED')).to.equal(1);
    await closeWidget(el);
    await waitUntil(() => el.matches(':focus-within'), 'focus back on the button', WAIT);
  });

  it('without intent, shows the frame as soon as it has loaded', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_cold"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    const timer = connectTimer();
    let afterLoad: Promise<boolean> | undefined;
    // Checked in the task after the frame's load event: nothing else waits in between.
    el.addEventListener('mono-load', () => (afterLoad = new Promise((resolve) => setTimeout(() => resolve(visible(connectFrame())), 0))), { once: true });
    el.open();
    await waitUntil(() => afterLoad, 'mono-load', WAIT);
    expect(await afterLoad).to.equal(true);
    expect(timer.fired).to.equal(false);
    expect(log.filter((e) => e.type === 'mono-event').map((e) => e.detail.type)).to.deep.equal(['LOADED', 'OPENED']);
    expect(document.activeElement).to.equal(connectFrame());
    await closeWidget(el);
  });

  it('closed before its frame loads, shows nothing then or later', async function () {
    this.timeout(10000);
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_early"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    let loadedAtClose: boolean | undefined;
    // Closed as the frame is mounted: its load event cannot have fired yet.
    frames.onCreated = (frame) => {
      loadedAtClose = frames.loaded.has(frame);
      el.close();
    };
    const closed = oneEvent(el, 'mono-close');
    el.open();
    expect((await closed).detail).to.deep.equal({ reason: 'api' });
    expect(loadedAtClose).to.equal(false);
    frames.onCreated = () => {};
    await settle(CONNECT_DELAY_MS + 200);
    for (const frame of document.querySelectorAll('iframe')) expectInert(frame);
    expect(count(log, 'mono-open') + count(log, 'mono-event', 'OPENED')).to.equal(0);
  });

  it('hovered then clicked and closed while the prepared frame loads: nothing shows later', async function () {
    this.timeout(10000);
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_race"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    frames.onCreated = () => el.open();
    await hover(el);
    const container = () => document.getElementById('mono-connect--widget-div');
    await waitUntil(() => visible(container()), 'the widget\'s overlay is up', WAIT);
    frames.onCreated = () => {};
    await closeWidget(el);
    // Whether the frame had loaded by the close (then it showed) is the engine's race; nothing shows after it.
    const openedBeforeClose = count(log, 'mono-event', 'OPENED');
    expect(openedBeforeClose).to.be.at.most(1);
    await settle(CONNECT_DELAY_MS + 200);
    for (const frame of document.querySelectorAll('iframe')) expectInert(frame);
    expect(count(log, 'mono-event', 'OPENED')).to.equal(openedBeforeClose);
    expect(count(log, 'mono-open')).to.equal(openedBeforeClose);
  });

  it('hovering again and again, or leaving without a click, keeps one hidden frame out of the focus order', async function () {
    this.timeout(20000);
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_again"></mono-link-button>`);
    const log = recordEvents(el, LINK_EVENTS);
    // Pointer moves are slow to drive in some engines: hover 10 times, and focus 40 more.
    for (let i = 0; i < 10; i++) {
      await hover(el);
      await leave();
    }
    for (let i = 0; i < 40; i++) {
      inner(el).focus();
      inner(el).blur();
      await settle(5);
    }
    const ours = () => frames.created.filter((frame) => frame.src.includes('test_pk_again'));
    await waitUntil(() => ours().some((frame) => frames.loaded.has(frame)), 'frame loaded', WAIT);
    await settle(300);
    expect(ours()).to.have.length(1);
    expect(document.querySelectorAll('iframe')).to.have.length(1);
    expectInert(ours()[0]!);
    expect(log).to.deep.equal([]);
  });

  it('never uses a frame prepared for another setup', async () => {
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_stale" reference="first"></mono-link-button>`);
    await hover(el);
    await waitUntil(() => frames.loaded.size === 1, 'frame prepared', WAIT);
    el.reference = 'second';
    el.customerId = 'cus_changed';
    const opened = oneEvent(el, 'mono-open');
    el.open();
    await opened;
    const frame = connectFrame()!;
    expect(frame).to.not.equal(frames.created[0]);
    expect(frames.created[0]!.isConnected, 'the stale frame is gone').to.equal(false);
    const params = new URL(frame.src).searchParams;
    expect(params.get('reference')).to.equal('second');
    expect(JSON.parse(params.get('data')!)).to.deep.equal({ customer: { id: 'cus_changed' } });
    expect(document.querySelectorAll('iframe')).to.have.length(1);
    await closeWidget(el);
  });

  it('prepares with the customer of the server\'s link session, and opens on it', async () => {
    const { fetcher } = sessionBackend();
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_session" exchange></mono-link-button>`);
    el.fetcher = fetcher;
    await hover(el);
    await waitUntil(() => frames.loaded.size === 1, 'frame prepared with the session', WAIT);
    const prepared = frames.created[0]!;
    const customer = JSON.parse(new URL(prepared.src).searchParams.get('data')!).customer;
    expect(customer.id).to.be.a('string');
    const opened = oneEvent(el, 'mono-open');
    el.open();
    await opened;
    expect(connectFrame()).to.equal(prepared);
    await closeWidget(el);
  });

  it('keeps one session: intent on another button neither prepares nor disturbs the live widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mono-link-button id="a" public-key="test_pk_a"></mono-link-button>
      <mono-link-button id="b" public-key="test_pk_b"></mono-link-button>
    </div>`);
    const a = wrapper.querySelector<MonoLinkButton>('#a')!;
    const b = wrapper.querySelector<MonoLinkButton>('#b')!;
    const logA = recordEvents(a, LINK_EVENTS);
    await hover(a);
    await waitUntil(() => frames.loaded.size === 1, 'a prepared', WAIT);
    const opened = oneEvent(b, 'mono-open');
    b.open();
    await opened;
    const live = connectFrame()!;
    expect(new URL(live.src).searchParams.get('key')).to.equal('test_pk_b');
    expect(document.querySelectorAll('iframe'), 'a\'s prepared frame replaced').to.have.length(1);
    // Intent on a while b's widget is up.
    inner(a).dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle(300);
    expect(document.querySelectorAll('iframe')).to.have.length(1);
    expect(connectFrame()).to.equal(live);
    expect(visible(live)).to.equal(true);
    expect(logA).to.deep.equal([]);
    await closeWidget(b);
  });
});
