import type { LinkOwner, LiveRun } from './link-flow.js';

/*
 * The hosted flow (DESIGN.md "Hosted link") is only for buttons in hosted
 * mode, or a widget that could not load: it arrives as a chunk of its own
 * when one of those needs it, not with the widget runtime that every
 * widget-mode click fetches (README, Benchmarks: the link path after intent).
 */

type HostedFlow = typeof import('./hosted-flow.js');
type Owner = Parameters<HostedFlow['startHosted']>[0];

let loading: Promise<HostedFlow> | undefined;

/** The hosted flow's code; a failed fetch is tried again next time. */
function load(): Promise<HostedFlow> {
  return (loading ??= import('./hosted-flow.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/** A failed fetch of our own chunk, as the button reports its runtime's (link-controller.ts). */
function loadFailed(owner: LinkOwner, error: unknown): void {
  owner.phase = 'idle';
  owner.emit('mono-error', { error: { code: 'WIDGET_LOAD_FAILED', message: String(error) }, phase: 'load' });
}

/**
 * `startHosted`, there at once for the button to hold and stop: it becomes
 * the hosted run when the code arrives, and a run stopped before that never starts.
 */
class PendingHostedRun implements LiveRun {
  private run?: LiveRun;
  private stopped = false;

  constructor(private readonly owner: Owner) {
    owner.phase = 'loading';
    load().then(
      (flow) => {
        if (!this.stopped) this.run = flow.startHosted(owner);
      },
      (error: unknown) => {
        if (!this.stopped) loadFailed(owner, error);
        this.stopped = true;
      },
    );
  }

  get active(): boolean {
    return this.run ? this.run.active : !this.stopped;
  }

  close(): void {
    if (this.run) return this.run.close();
    if (this.stopped) return;
    this.stopped = true;
    this.owner.phase = 'idle';
  }
}

export const startHosted = (owner: Owner): LiveRun => new PendingHostedRun(owner);

/** Back from Mono with `mono_ref` in the address: see hosted-flow.ts. */
export function resumeHosted(owner: Owner): Promise<void> {
  const { mode, fallback } = owner.host as { mode?: string; fallback?: string };
  if (mode !== 'hosted' && fallback !== 'hosted') return Promise.resolve();
  return load().then(
    (flow) => flow.resumeHosted(owner),
    (error: unknown) => loadFailed(owner, error),
  );
}
