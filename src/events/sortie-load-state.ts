/** Detail of `sortie-load-state`. */
export interface SortieLoadStateDetail {
  /** `loading`: a (re)load of the dataset began; `failed`: the data cannot be shown. */
  state: 'loading' | 'failed';
  /** Why it failed, in words for the person who can fix it ('' while loading). */
  message: string;
}

/**
 * `sortie-load-state`: fired by `<sortie-app>` when it starts loading its dataset and when
 * the dataset cannot be shown (HTTP error, not JSON, not GeoJSON, refused by CORS, no answer
 * in time). `<sortie-map>` turns it into its `status` attribute. Bubbles but is not
 * composed: it stays inside the `<sortie-map>` that holds the app (a page reads `status`).
 */
export type SortieLoadStateEvent = CustomEvent<SortieLoadStateDetail>;

export function sortieLoadState(detail: SortieLoadStateDetail): SortieLoadStateEvent {
  return new CustomEvent('sortie-load-state', { detail, bubbles: true, composed: false });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-load-state': SortieLoadStateEvent;
  }
}
