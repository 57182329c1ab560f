export interface SortieNoticeDismissDetail {
  /** Id of the notice the reader dismissed. */
  id: string;
}

/** A request to drop one notice; the root removes it from the list it passes down. */
export type SortieNoticeDismissEvent = CustomEvent<SortieNoticeDismissDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieNoticeDismiss(detail: SortieNoticeDismissDetail): SortieNoticeDismissEvent {
  return new CustomEvent('sortie-notice-dismiss', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-notice-dismiss': SortieNoticeDismissEvent;
  }
}
