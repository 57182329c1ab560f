/** `sortie-step`: the reader pressed "Previous event" or "Next event". */

export interface SortieStepDetail {
  direction: -1 | 1;
  /**
   * Start (epoch ms) of the event stepped to, as the sender worked it out from the events
   * it was given; the root may use it or work out its own.
   */
  time: number;
  /** Id of the first event starting at `time`. */
  eventId: string;
}

export type SortieStepEvent = CustomEvent<SortieStepDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieStep(detail: SortieStepDetail): SortieStepEvent {
  return new CustomEvent('sortie-step', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-step': SortieStepEvent;
  }
}
