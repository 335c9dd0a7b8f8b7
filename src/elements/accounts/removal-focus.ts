import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; shadowRoot: ShadowRoot | null };

/**
 * Where focus goes when a row leaves the list: if it was on that row (or the
 * user removed it, from its dialog), to the row now in its place, else the
 * one before, else the empty state's title; never left on the page's body.
 * Focus elsewhere on the page is not moved.
 */
export class RemovalFocus implements ReactiveController {
  private pending?: number;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  private rows(): Element[] {
    return [...this.host.renderRoot.querySelectorAll('li.account')];
  }

  /** Call before the row at `index` is removed; `force` when the user removed it. */
  removing(index: number, force: boolean): void {
    const active = this.host.shadowRoot?.activeElement;
    if (force || (active && this.rows()[index]?.contains(active))) this.pending = index;
  }

  hostUpdated(): void {
    if (this.pending === undefined) return;
    const index = this.pending;
    this.pending = undefined;
    const rows = this.rows();
    const row = rows[Math.min(index, rows.length - 1)];
    (row?.querySelector<HTMLElement>('button') ?? this.host.renderRoot.querySelector<HTMLElement>('.empty-title'))?.focus();
  }
}
