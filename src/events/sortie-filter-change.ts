export interface SortieFilterChangeDetail {
  /** Kinds to show; null shows all. Never empty. */
  kinds: string[] | null;
  /** Actors to show (an event shows if any of its actors is listed); null shows all. Never empty. */
  actors: string[] | null;
}

/** A request to replace both filters; the detail always carries both, changed or not. */
export type SortieFilterChangeEvent = CustomEvent<SortieFilterChangeDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieFilterChange(detail: SortieFilterChangeDetail): SortieFilterChangeEvent {
  return new CustomEvent('sortie-filter-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-filter-change': SortieFilterChangeEvent;
  }
}
