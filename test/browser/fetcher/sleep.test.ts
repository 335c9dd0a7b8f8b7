import { expect } from '@open-wc/testing';
import { sleep } from '../../../src/core/sleep.js';

const rejection = (promise: Promise<unknown>) => promise.then(() => 'resolved', (reason: unknown) => reason);

describe('sleep (the one abortable wait: retry back-off, data-status polling)', () => {
  it('resolves after the time given', async () => {
    const started = performance.now();
    await sleep(40);
    expect(performance.now() - started).to.be.at.least(35);
  });

  it('rejects with the reason at once when the signal has already aborted', async () => {
    const reason = new Error('gone');
    const started = performance.now();
    expect(await rejection(sleep(10_000, AbortSignal.abort(reason)))).to.equal(reason);
    expect(performance.now() - started).to.be.below(100);
  });

  it('rejects with the reason as soon as the signal aborts, well before the time is up', async () => {
    const controller = new AbortController();
    const reason = new Error('superseded');
    const started = performance.now();
    const waiting = rejection(sleep(10_000, controller.signal));
    setTimeout(() => controller.abort(reason), 20);
    expect(await waiting).to.equal(reason);
    expect(performance.now() - started).to.be.below(1000);
  });

  it('leaves no abort listener behind once it has resolved', async () => {
    const controller = new AbortController();
    const added: EventListenerOrEventListenerObject[] = [];
    const removed: EventListenerOrEventListenerObject[] = [];
    const { signal } = controller;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: AddEventListenerOptions) => {
      added.push(listener);
      add(type, listener, options);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: EventListenerOptions) => {
      removed.push(listener);
      remove(type, listener, options);
    }) as typeof signal.removeEventListener;
    await sleep(5, signal);
    expect(added).to.have.length(1);
    expect(removed).to.deep.equal(added);
  });
});
