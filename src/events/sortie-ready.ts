/** Detail of `sortie-ready`. */
export interface SortieReadyDetail {
  /** Number of events drawn. */
  events: number;
  /** Number of features skipped because they failed validation. */
  skipped: number;
}

/**
 * Fired by `<sortie-app>` once the dataset has loaded and the map has rendered it (the
 * same moment `data-ready` appears on the document element). Bubbles and is composed, so
 * a host page can listen on `document`.
 */
export class SortieReadyEvent extends CustomEvent<SortieReadyDetail> {
  static readonly type = 'sortie-ready';

  constructor(detail: SortieReadyDetail) {
    super(SortieReadyEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-ready': SortieReadyEvent;
  }
}
