/**
 * Messages between the page and the dataset worker (dataset.worker.ts). The worker says
 * `ready` once its code has loaded; only then does the page hand it the file's bytes
 * (transferred, not copied), so a worker that cannot start leaves them to the page.
 */
import type { PackedEvents } from './event-columns';
import type { LoadedDataset, LoadProgress } from './load';

export interface ReadRequest {
  bytes: ArrayBuffer;
  url: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; progress: LoadProgress }
  /** The dataset with `events` empty: they travel as columns (event-columns.ts). */
  | { type: 'done'; dataset: LoadedDataset; events: PackedEvents }
  /** `dataset`: the file itself is unusable (a DatasetError), as opposed to the worker failing. */
  | { type: 'failed'; message: string; dataset: boolean };
