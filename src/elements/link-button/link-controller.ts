import type { ReactiveController } from 'lit';
import { getConfig } from '../../core/config.js';
import type { DetailOf } from '../shared/mono-element.js';
import { providerDefined } from '../../core/provider-pending.js';
import { publicKeyProblem } from '../../core/public-key-problem.js';
import { requestProvided } from '../../core/request-provided.js';
import type { LinkOwner, LinkPhase, LiveRun } from '../../core/widget/link-flow.js';
import type { MonoLinkButton } from './link-button.component.js';

type WidgetRuntime = typeof import('../../core/widget/widget-runtime.js');

let runtime: Promise<WidgetRuntime> | undefined;

/**
 * The widget machinery, fetched on first intent; a failed fetch is retried on
 * the next. connect.js comes in the same round trip, when it is what will
 * show the widget (no driver given, none on the page): the runtime would ask
 * for it only after it arrived, a second wait on a phone.
 */
function loadRuntime(host: MonoLinkButton): Promise<WidgetRuntime> {
  if (!(host.driver ?? requestProvided(host)?.driver ?? getConfig().driver ?? (globalThis as { Connect?: unknown }).Connect)) {
    // Failures are the runtime's to report, when it asks again.
    import('@mono.co/connect.js').catch(() => {});
  }
  runtime ??= import('../../core/widget/widget-runtime.js').catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

type Emit = <K extends keyof HTMLElementEventMap>(name: K, detail: DetailOf<K>) => void;

/**
 * What `<mono-link-button>` does; the element renders and forwards. Owns the
 * phase (idle → loading → open → exchanging), prefetches on intent, and
 * opens and closes the widget through a `LinkFlow` from the lazily loaded
 * runtime, which reports back through `phase` and `emit` alone. Only what
 * must work before that runtime loads is here (the provider wait, the key
 * check, a cancelled load): every page with a button pays for this module.
 */
export class LinkController implements ReactiveController, LinkOwner, EventListenerObject {
  private current: LinkPhase = 'idle';
  /** The widget (or hosted link) opened last; its `active` says whether it still is. */
  flow?: LiveRun;
  /** How the last hosted link ended, for the status region (set by the hosted flow). */
  note?: string;
  /** Counts open() calls, so a provider or runtime that arrives after close() opens nothing. */
  private attempt = 0;

  constructor(
    readonly host: MonoLinkButton,
    /** The element's own `emit()`: every event leaves through it. */
    readonly emit: Emit,
  ) {
    host.addController(this);
    // Hover or focus says the user may click soon: handleEvent() fetches the
    // widget code then. Listeners on the host go with it: none is ever removed.
    host.addEventListener('pointerenter', this);
    host.addEventListener('focusin', this);
  }

  get phase(): LinkPhase {
    return this.current;
  }

  set phase(phase: LinkPhase) {
    this.current = phase;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Back from Mono's hosted page: the runtime's hosted flow sees whether this
    // button is in hosted mode, and finishes the link. Through the runtime, not
    // a chunk of its own: another chunk's name would weigh on this entry.
    if (location.search.includes('mono_ref=')) loadRuntime(this.host).then((runtime) => runtime.resumeHosted(this), () => {});
  }

  hostDisconnected(): void {
    // A widget whose button left the page would report to no one.
    this.close();
  }

  async open(): Promise<void> {
    const { host } = this;
    if (host.disabled || this.phase === 'loading' || this.phase === 'open') return;
    const attempt = ++this.attempt;
    const defined = providerDefined(host);
    if (defined) {
      // Its key, driver and fetcher are the ones to use: wait for it (see provider-pending.ts).
      this.phase = 'loading';
      await defined;
      if (attempt !== this.attempt) return;
    }
    // The key is checked here, before anything loads: a secret key must cost
    // no request at all. The rest of the setup is checked by the runtime.
    const key = this.publicKey();
    const problem = publicKeyProblem(key);
    if (problem) {
      if (defined) this.phase = 'idle'; // back from waiting; else the phase is untouched
      // The explanation is fetched only now: its prose would weigh on every
      // page with a button (see README, Benchmarks). Never connect.js.
      const error = await import('../../core/public-key-error.js').then(
        (module) => module.publicKeyError(key, problem),
        () => ({ code: problem, message: problem }),
      );
      this.emit('mono-error', { error, phase: 'config' });
      return;
    }
    this.phase = 'loading';
    try {
      const runtime = await loadRuntime(host);
      if (attempt === this.attempt) this.flow = runtime.openLink(this, key!);
    } catch (loadError) {
      if (attempt !== this.attempt) return;
      this.phase = 'idle';
      // Our own chunk failed to load (offline, a deploy replaced it). Not
      // toErrorInfo(): that helper would join the entry, over its budget.
      this.emit('mono-error', { error: { code: 'WIDGET_LOAD_FAILED', message: String(loadError) }, phase: 'load' });
    }
  }

  close(): void {
    if (this.flow?.active) {
      this.flow.close();
    } else if (this.phase === 'loading') {
      // Still waiting for the provider or the widget code: nothing is on
      // screen, so just stop. The button lost focus when it was disabled
      // (Chromium moves it to the body): give it back, if nobody took it.
      this.attempt++;
      const refocus = document.activeElement === document.body;
      this.phase = 'idle';
      this.emit('mono-close', { reason: 'api' });
      if (refocus) void this.host.updateComplete.then(() => this.host.focus());
    }
  }

  /** Own property → nearest provider → `configure()`, asked when the user acts, so later changes count. */
  private publicKey(): string | undefined {
    return this.host.publicKey ?? requestProvided(this.host)?.publicKey ?? getConfig().publicKey;
  }

  /** Hover or focus: prefetch. */
  handleEvent(): void {
    const { host } = this;
    if (host.disabled || this.phase !== 'idle' || providerDefined(host)) return;
    const key = this.publicKey();
    // A refused key loads nothing: the click will report why.
    if (publicKeyProblem(key)) return;
    loadRuntime(host)
      .then((runtime) => runtime.preloadLink(host, key!))
      .catch(() => {
        // Reported when the user clicks and the load is retried.
      });
  }
}
