/** Detail of `sortie-timechange`. */
export interface SortieTimeChangeDetail {
  /** The time the map now shows, epoch ms (UTC). */
  time: number;
}

/**
 * `sortie-timechange`: fired by `<sortie-app>` (and so by `<sortie-map>`) whenever its time
 * changes, by playback, scrubbing, a story step or `setTime()`. Bubbling and composed.
 */
export type SortieTimeChangeEvent = CustomEvent<SortieTimeChangeDetail>;

export function sortieTimeChange(detail: SortieTimeChangeDetail): SortieTimeChangeEvent {
  return new CustomEvent('sortie-timechange', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-timechange': SortieTimeChangeEvent;
  }
}
