export interface SortieZoomToDetail {
  /** Id of the event whose geometry the map should fit. */
  id: string;
}

/** A request to move the camera to an event; the root asks the map view to do it. */
export type SortieZoomToEvent = CustomEvent<SortieZoomToDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieZoomTo(detail: SortieZoomToDetail): SortieZoomToEvent {
  return new CustomEvent('sortie-zoom-to', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-zoom-to': SortieZoomToEvent;
  }
}
