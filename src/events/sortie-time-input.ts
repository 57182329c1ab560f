/**
 * `sortie-time-input`: the reader asked for a different time on the timeline. Only the root
 * writes the time to the store; the timeline just reports what was asked for.
 */

/** What moved the time. */
export type TimeInputSource = 'drag' | 'key' | 'strip';

export interface SortieTimeInputDetail {
  /** The requested time, epoch ms (UTC), already clamped to the timeline's domain. */
  time: number;
  /**
   * 'drag': pointer on the track (sent on every move, at most once per frame, so the map
   * follows while dragging); 'key': slider keys; 'strip': a click on an event's mark.
   */
  source: TimeInputSource;
  /** The event whose mark was clicked (source 'strip' only); the root may also select it. */
  eventId?: string;
}

export type SortieTimeInputEvent = CustomEvent<SortieTimeInputDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieTimeInput(detail: SortieTimeInputDetail): SortieTimeInputEvent {
  return new CustomEvent('sortie-time-input', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-time-input': SortieTimeInputEvent;
  }
}
