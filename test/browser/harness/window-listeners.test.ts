// The leak tests trust test/fixtures/window-listeners.js to count what the DOM
// holds on `window`; these check that it follows the DOM's rules in each engine.
import { expect } from '@open-wc/testing';
import { windowListenerCounts } from '../helpers.js';

const TYPE = 'harness-check';
const count = () => windowListenerCounts()[TYPE] ?? 0;
const fire = () => window.dispatchEvent(new Event(TYPE));

describe('window listener bookkeeping (test harness)', () => {
  afterEach(() => expect(count(), 'a test left a listener behind').to.equal(0));

  it('counts an add once per listener and capture, and forgets a remove', () => {
    let calls = 0;
    const listener = () => calls++;
    window.addEventListener(TYPE, listener);
    window.addEventListener(TYPE, listener); // the DOM ignores a duplicate
    window.addEventListener(TYPE, listener, { capture: true }); // a second registration
    expect(count()).to.equal(2);
    fire();
    expect(calls).to.equal(2);
    window.removeEventListener(TYPE, listener, true);
    window.removeEventListener(TYPE, listener);
    expect(count()).to.equal(0);
    fire();
    expect(calls).to.equal(2);
  });

  it('forgets a `once` listener when it has run, and an aborted `signal` listener', () => {
    const seen: number[] = [];
    window.addEventListener(TYPE, () => seen.push(count()), { once: true });
    expect(count()).to.equal(1);
    fire();
    expect(seen).to.deep.equal([0]); // already gone while it runs, as in the DOM
    const controller = new AbortController();
    window.addEventListener(TYPE, () => {}, { signal: controller.signal });
    expect(count()).to.equal(1);
    controller.abort();
    expect(count()).to.equal(0);
    window.addEventListener(TYPE, () => {}, { signal: controller.signal }); // already aborted: never added
  });

  it('ignores listeners on other targets', () => {
    const listener = () => {};
    document.addEventListener(TYPE, listener);
    document.body.addEventListener(TYPE, listener);
    expect(count()).to.equal(0);
    document.removeEventListener(TYPE, listener);
    document.body.removeEventListener(TYPE, listener);
  });
});
