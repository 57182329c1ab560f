/**
 * The page's side of dataset.worker.ts: a worker started while a large file downloads (its
 * code loads meanwhile), handed the file's bytes once they are all here, and waited on for
 * the checked dataset. A worker that cannot start (a library served from another origin
 * than the page cannot start one from its own URL) answers null, so the caller reads the
 * file on the page instead; the bytes are handed over only once the worker runs.
 *
 * A GeoParquet file is read in parts, one worker per processor core (up to MAX_PARTS), each
 * checking its share of the row groups (columnar/check.ts); their events and problems,
 * joined in order, are the whole file's. A GeoJSON file is one JSON text: one worker.
 */
import { isColumnar } from './columnar/magic';
import { unpackEvents } from './event-columns';
import { DatasetError, withMeta, type LoadedDataset, type LoadOptions, type LoadProgress } from './load';
import type { ReadRequest, WorkerMessage } from './load-protocol';

export interface OffThreadReader {
  /** Reads and checks the bytes in the worker; null when it could not start (read them on the page). */
  read(bytes: ArrayBuffer): Promise<LoadedDataset | null>;
  /** Ends the worker (the load failed, was cancelled, or turned out small). */
  stop(): void;
}

/** At most this many workers read one file: past it, a part's share of the ids before it costs more than it saves. */
export const MAX_PARTS = 4;

type Done = Extract<WorkerMessage, { type: 'done' }>;

interface Started {
  worker: Worker;
  /** Settles when the worker has loaded (true) or failed to (false). */
  started: Promise<boolean>;
}

function startWorker(): Started | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'sortie-dataset' });
  } catch {
    return null;
  }
  const started = new Promise<boolean>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'ready') resolve(true);
    });
    worker.addEventListener('error', (event) => {
      // Before it ran, the page still has the bytes and reads them itself: not an error to report.
      event.preventDefault();
      resolve(false);
    });
  });
  return { worker, started };
}

/** How many parts to read these bytes in: one for GeoJSON, one per core for GeoParquet. */
function partsFor(bytes: ArrayBuffer): number {
  if (!isColumnar(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)))) return 1;
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_PARTS, cores));
}

/** Starts a dataset worker for `url`, or answers null when none can start. */
export function startReader(url: string, init: LoadOptions = {}): OffThreadReader | null {
  const first = startWorker();
  if (!first) return null;
  const workers: Worker[] = [first.worker];
  const stop = () => workers.forEach((w) => w.terminate());
  return {
    stop,
    read: async (bytes) => {
      if (!(await first.started)) {
        stop();
        return null;
      }
      // Helpers that cannot start leave their share to the others.
      const helpers = Array.from({ length: partsFor(bytes) - 1 }, startWorker).filter((h): h is Started => h !== null);
      workers.push(...helpers.map((h) => h.worker));
      const running = [first.worker];
      for (const h of helpers) {
        if (await h.started) running.push(h.worker);
        else h.worker.terminate();
      }
      const parts = await readParts(running, bytes, url, init, stop);
      const [head] = parts;
      const events = parts.length === 1 ? unpackEvents(head!.events) : parts.flatMap((p) => unpackEvents(p.events));
      return withMeta({ events, problems: parts.flatMap((p) => p.problems) }, head!.features, head!.articles, head!.sortie, url);
    },
  };
}

/**
 * Hands each worker its part of the file (copies to all but the last, which takes the bytes
 * themselves) and waits for every part. Progress while checking is the parts' sum.
 */
function readParts(workers: Worker[], bytes: ArrayBuffer, url: string, init: LoadOptions, stop: () => void): Promise<Done[]> {
  const of = workers.length;
  const checking: Array<{ done: number; total: number | null }> = workers.map(() => ({ done: 0, total: null }));
  const report = (index: number, progress: LoadProgress) => {
    if (progress.phase !== 'checking' || of === 1) {
      if (index === 0) init.onProgress?.(progress);
      return;
    }
    checking[index] = { done: progress.done, total: progress.total };
    const total = checking.every((c) => c.total !== null) ? checking.reduce((a, c) => a + (c.total ?? 0), 0) : null;
    init.onProgress?.({ phase: 'checking', done: checking.reduce((a, c) => a + c.done, 0), total });
  };
  return new Promise<Done[]>((resolve, reject) => {
    const results: Array<Done | undefined> = workers.map(() => undefined);
    let settled = false;
    const finish = () => {
      settled = true;
      stop();
      init.signal?.removeEventListener('abort', aborted);
    };
    const fail = (error: Error) => {
      if (settled) return;
      finish();
      reject(error);
    };
    const aborted = () => fail(new DOMException('The load was cancelled', 'AbortError'));
    if (init.signal?.aborted) return aborted();
    init.signal?.addEventListener('abort', aborted);
    workers.forEach((worker, index) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        fail(new DatasetError(`The event data could not be read: the reader stopped (${event.message || 'worker error'}).`, url));
      });
      worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (settled) return;
        if (message.type === 'progress') report(index, message.progress);
        else if (message.type === 'failed') fail(message.dataset ? new DatasetError(message.message, url) : new Error(message.message));
        else if (message.type === 'done') {
          results[index] = message;
          if (results.every((r) => r !== undefined)) {
            finish();
            resolve(results as Done[]);
          }
        }
      });
      const last = index === of - 1;
      const request: ReadRequest = { bytes: last ? bytes : bytes.slice(0), url, part: { index, of } };
      worker.postMessage(request, [request.bytes]);
    });
  });
}
