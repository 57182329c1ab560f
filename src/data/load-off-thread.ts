/**
 * The page's side of dataset.worker.ts: hands a large file's bytes to a worker and waits
 * for the checked dataset. Resolves with null when no worker can start (a library served
 * from another origin than the page cannot start one from its own URL), so the caller
 * reads the file on the page instead; the bytes are handed over only once the worker runs.
 */
import { unpackEvents } from './event-columns';
import { DatasetError, type LoadedDataset, type LoadOptions } from './load';
import type { WorkerMessage } from './load-protocol';

export function readOffThread(bytes: ArrayBuffer, url: string, init: LoadOptions = {}): Promise<LoadedDataset | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'sortie-dataset' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<LoadedDataset | null>((resolve, reject) => {
    let started = false;
    const stop = () => {
      worker.terminate();
      init.signal?.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      stop();
      reject(new DOMException('The load was cancelled', 'AbortError'));
    };
    if (init.signal?.aborted) return aborted();
    init.signal?.addEventListener('abort', aborted);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      // Before it ran, the page still has the bytes and reads them itself.
      if (!started) resolve(null);
      else reject(new DatasetError(`The event data could not be read: the reader stopped (${event.message || 'worker error'}).`, url));
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        started = true;
        worker.postMessage({ bytes, url }, [bytes]);
      } else if (message.type === 'progress') {
        init.onProgress?.(message.progress);
      } else if (message.type === 'done') {
        stop();
        resolve({ ...message.dataset, events: unpackEvents(message.events) });
      } else {
        stop();
        reject(message.dataset ? new DatasetError(message.message, url) : new Error(message.message));
      }
    });
  });
}
