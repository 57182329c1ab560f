/**
 * Messages between the page and the dataset worker (dataset.worker.ts). The worker says
 * `ready` once its code has loaded; only then does the page hand it the file's bytes
 * (transferred, not copied), so a worker that cannot start leaves them to the page.
 */
import type { Part } from './columnar/check';
import type { PackedEvents } from './event-columns';
import type { LoadProgress } from './load';
import type { DataProblem } from './validate';

export interface ReadRequest {
  bytes: ArrayBuffer;
  url: string;
  /** Which part of a GeoParquet file this worker checks (columnar/check.ts); GeoJSON is read whole. */
  part: Part;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; progress: LoadProgress }
  /**
   * The checked events as columns (event-columns.ts), the skipped features' problems, and
   * the file's own members; the page resolves the meta (load.ts withMeta).
   */
  | { type: 'done'; events: PackedEvents; problems: DataProblem[]; features: number; articles: unknown; sortie: unknown }
  /** `dataset`: the file itself is unusable (a DatasetError), as opposed to the worker failing. */
  | { type: 'failed'; message: string; dataset: boolean };
