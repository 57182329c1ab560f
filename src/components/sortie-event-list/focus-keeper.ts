/**
 * Keeps keyboard focus in the event list while its rows come and go. A virtual list removes
 * the rows scrolled out of range, and a scrub step can take an event off the list; a focused
 * row that is removed would drop focus to the page's body, and a keyboard or screen-reader
 * user would have to start again from the top. So the keeper remembers which event's row
 * had focus, moves focus to the list itself (tabindex=-1) while that row is away, and back
 * to the row when it is rendered again. Focus the reader moves elsewhere is left alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusKeeperHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const ROW = 'button[data-id]';

export class FocusKeeper implements ReactiveController {
  /** Id of the event whose row has (or last had, while it is away) the reader's focus. */
  focusedId: string | null = null;
  private list: HTMLElement | null = null;
  private readonly observer = typeof MutationObserver === 'function' ? new MutationObserver(() => this.restore()) : null;

  constructor(private readonly host: FocusKeeperHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.list = null;
  }

  hostUpdated(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('[data-rows]');
    if (list !== this.list) {
      this.observer?.disconnect();
      this.list = list;
      // Rows added or removed (recycled by the virtualizer, or a new list) are the moments
      // focus can be lost or can come home.
      if (list) this.observer?.observe(list, { childList: true });
    }
    this.restore();
  }

  readonly handleFocusIn = (event: FocusEvent): void => {
    const row = (event.target as Element).closest<HTMLElement>(ROW);
    if (row?.dataset.id) this.focusedId = row.dataset.id;
  };

  readonly handleFocusOut = (event: FocusEvent): void => {
    const target = event.target as Element;
    const to = event.relatedTarget as Node | null;
    if (to && this.list?.contains(to)) return;
    // A row removed while focused is not the reader leaving: keep the id (restore runs when
    // the rows change). Anything else (Tab out, a click elsewhere) ends the keeping.
    queueMicrotask(() => {
      if (target.isConnected) this.focusedId = null;
    });
  };

  /** Focuses a row by event id if it is rendered; true if it was. */
  focusRow(id: string): boolean {
    const row = this.row(id);
    if (!row) return false;
    this.focusedId = id;
    row.focus({ preventScroll: true });
    return true;
  }

  private row(id: string): HTMLElement | null {
    return this.list?.querySelector<HTMLElement>(`${ROW}[data-id="${CSS.escape(id)}"]`) ?? null;
  }

  private restore(): void {
    const id = this.focusedId;
    const list = this.list;
    if (id === null) return;
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement ?? null;
    const lost = active === null && (document.activeElement === document.body || document.activeElement === null);
    if (!lost && active !== list) return;
    if (!list) {
      this.focusedId = null;
      return;
    }
    const row = this.row(id);
    if (row) row.focus({ preventScroll: true });
    else if (lost) list.focus({ preventScroll: true });
  }
}
