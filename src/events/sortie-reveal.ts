export interface SortieRevealDetail {
  /** Ids of the events the map should bring into view. */
  ids: string[];
}

/** A request to move the camera so these (off-map) events show; the root asks the map view. */
export type SortieRevealEvent = CustomEvent<SortieRevealDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieReveal(detail: SortieRevealDetail): SortieRevealEvent {
  return new CustomEvent('sortie-reveal', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-reveal': SortieRevealEvent;
  }
}
