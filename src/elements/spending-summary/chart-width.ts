import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width the charts are drawn at before their box has been measured; CSS scales them to fit meanwhile. */
const UNMEASURED = 560;

/**
 * The inline size of the charts' box, kept current with a ResizeObserver,
 * so the charts are drawn at the size they are shown (text at its real
 * size, tick count to suit). Observes whatever `target()` returns after
 * each update; stops when the host leaves the page.
 */
export class ChartWidth implements ReactiveController {
  private measured = 0;
  private observer?: ResizeObserver;
  private observed?: Element | null;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => Element | null,
  ) {
    host.addController(this);
  }

  get width(): number {
    return this.measured || UNMEASURED;
  }

  /** Whether the box has been measured yet. */
  get known(): boolean {
    return this.measured > 0;
  }

  hostUpdated(): void {
    const target = this.target();
    if (target === this.observed || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      // A hidden box (the table shown instead) measures 0: keep the last width.
      if (width <= 0 || width === this.measured) return;
      this.measured = width;
      // Next frame, not in this callback: redrawing changes the box's
      // height, which within the callback is a "ResizeObserver loop".
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.disconnect();
    this.observed = target;
    if (target) this.observer.observe(target);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observed = undefined;
  }
}
