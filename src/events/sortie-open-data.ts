import type { SortieDatasetFile } from '../data/dataset-format';

export interface SortieOpenDataDetail {
  /** The converted dataset, in the open Sortie format. */
  dataset: SortieDatasetFile;
  /** The file's name as the reader knows it ("la-riots.csv"), for notices and the empty state. */
  name: string;
  /** Rows (or features) of the file that did not become events. */
  skipped?: number;
  /** Why, one line per problem (the first ones only). */
  problems?: string[];
}

/** A request from the Open data dialog to show a dataset converted from a local file. */
export type SortieOpenDataEvent = CustomEvent<SortieOpenDataDetail>;

/** Builds the event: bubbling and composed, so it leaves the dialog's shadow root for the root. */
export function sortieOpenData(detail: SortieOpenDataDetail): SortieOpenDataEvent {
  return new CustomEvent('sortie-open-data', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sortie-open-data': SortieOpenDataEvent;
  }
}
