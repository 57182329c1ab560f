/** `sortie-play-toggle`: the reader pressed Play or Pause. */

export interface SortiePlayToggleDetail {
  /** The state asked for: true = play, false = pause. */
  playing: boolean;
}

export type SortiePlayToggleEvent = CustomEvent<SortiePlayToggleDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortiePlayToggle(detail: SortiePlayToggleDetail): SortiePlayToggleEvent {
  return new CustomEvent('sortie-play-toggle', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-play-toggle': SortiePlayToggleEvent;
  }
}
