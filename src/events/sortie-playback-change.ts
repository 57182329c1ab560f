/** `sortie-playback-change`: the reader changed how playback runs. Only changed fields are set. */
import type { Pacing } from '../state/playback';

export interface SortiePlaybackChangeDetail {
  /** Speed multiplier: 0.5, 1, 2 or 4. */
  speed?: number;
  /** 'events' steps from event to event with empty stretches shortened; 'linear' keeps calendar time. */
  pacing?: Pacing;
  /** Start again from the beginning at the end. */
  loop?: boolean;
}

export type SortiePlaybackChangeEvent = CustomEvent<SortiePlaybackChangeDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortiePlaybackChange(detail: SortiePlaybackChangeDetail): SortiePlaybackChangeEvent {
  return new CustomEvent('sortie-playback-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-playback-change': SortiePlaybackChangeEvent;
  }
}
