/**
 * The reader dismissed the co-located events picker (Escape or Close) without choosing one.
 * The root closes it and puts focus back where the picker was opened from.
 */
export type SortiePickerCloseEvent = CustomEvent<Record<string, never>>;

/** Builds the event: bubbling and composed, so it leaves any shadow root on its way to the root. */
export function sortiePickerClose(): SortiePickerCloseEvent {
  return new CustomEvent('sortie-picker-close', { detail: {}, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-picker-close': SortiePickerCloseEvent;
  }
}
