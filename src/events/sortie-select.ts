/**
 * Where a selection came from, so the root can decide whether to move focus or the camera.
 * 'app' is the root's own public announcement that its selection changed (any cause): the
 * event a host page listens for on `<sortie-app>` / `<sortie-map>`.
 */
export type SortieSelectSource = 'list' | 'map' | 'picker' | 'details' | 'caption' | 'app';

export interface SortieSelectDetail {
  /** Id of the event to select, or null to clear the selection. */
  id: string | null;
  source: SortieSelectSource;
}

/** A request to select an event (or clear the selection); only the root writes it to the store. */
export type SortieSelectEvent = CustomEvent<SortieSelectDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieSelect(detail: SortieSelectDetail): SortieSelectEvent {
  return new CustomEvent('sortie-select', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-select': SortieSelectEvent;
  }
}
