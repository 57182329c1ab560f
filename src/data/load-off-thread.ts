/**
 * The page's side of dataset.worker.ts: a worker started while a large file downloads (its
 * code loads meanwhile), handed the file's bytes once they are all here, and waited on for
 * the checked dataset. A worker that cannot start (a library served from another origin
 * than the page cannot start one from its own URL) answers null, so the caller reads the
 * file on the page instead; the bytes are handed over only once the worker runs.
 */
import { unpackEvents } from './event-columns';
import { DatasetError, withMeta, type LoadedDataset, type LoadOptions } from './load';
import type { WorkerMessage } from './load-protocol';

export interface OffThreadReader {
  /** Reads and checks the bytes in the worker; null when it could not start (read them on the page). */
  read(bytes: ArrayBuffer): Promise<LoadedDataset | null>;
  /** Ends the worker (the load failed, was cancelled, or turned out small). */
  stop(): void;
}

/** Starts a dataset worker for `url`, or answers null when none can start. */
export function startReader(url: string, init: LoadOptions = {}): OffThreadReader | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'sortie-dataset' });
  } catch {
    return null;
  }
  /** Settles when the worker has loaded (true) or failed to (false). */
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
  const stop = () => worker.terminate();
  return {
    stop,
    read: async (bytes) => {
      if (!(await started)) {
        stop();
        return null;
      }
      return new Promise<LoadedDataset>((resolve, reject) => {
        const finish = () => {
          stop();
          init.signal?.removeEventListener('abort', aborted);
        };
        const aborted = () => {
          finish();
          reject(new DOMException('The load was cancelled', 'AbortError'));
        };
        if (init.signal?.aborted) return aborted();
        init.signal?.addEventListener('abort', aborted);
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          finish();
          reject(new DatasetError(`The event data could not be read: the reader stopped (${event.message || 'worker error'}).`, url));
        });
        worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (message.type === 'progress') {
            init.onProgress?.(message.progress);
          } else if (message.type === 'done') {
            finish();
            const { problems, features, articles, sortie } = message;
            resolve(withMeta({ events: unpackEvents(message.events), problems }, features, articles, sortie, url));
          } else if (message.type === 'failed') {
            finish();
            reject(message.dataset ? new DatasetError(message.message, url) : new Error(message.message));
          }
        });
        worker.postMessage({ bytes, url }, [bytes]);
      });
    },
  };
}
