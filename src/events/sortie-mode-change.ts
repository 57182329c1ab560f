/** `sortie-mode-change`: the reader chose what the map shows: everything so far, or a recent window. */
import type { TimeMode } from '../data/time';

export interface SortieModeChangeDetail {
  mode: TimeMode;
  /** Length of the trailing window, ms (sent in both modes so the root keeps the reader's choice). */
  windowMs: number;
}

export type SortieModeChangeEvent = CustomEvent<SortieModeChangeDetail>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortieModeChange(detail: SortieModeChangeDetail): SortieModeChangeEvent {
  return new CustomEvent('sortie-mode-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-mode-change': SortieModeChangeEvent;
  }
}
