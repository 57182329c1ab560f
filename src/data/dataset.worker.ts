/**
 * Reads and checks a large dataset off the page's thread: parse (GeoJSON or the columnar
 * format), validate every feature, resolve the meta. The page stays responsive and shows
 * progress meanwhile; what comes back is exactly what loading on the page would give.
 */
import { packEvents } from './event-columns';
import { collectionOfBytes, datasetOf, DatasetError, type LoadProgress } from './load';
import type { ReadRequest, WorkerMessage } from './load-protocol';

const post = (message: WorkerMessage) => postMessage(message);

/** Progress is posted at most every PROGRESS_MS (and at each phase's start and end). */
const PROGRESS_MS = 100;
let last = 0;
let lastPhase = '';
function progress(p: LoadProgress): void {
  const now = performance.now();
  const end = p.total !== null && p.done >= p.total;
  if (p.phase === lastPhase && !end && now - last < PROGRESS_MS) return;
  last = now;
  lastPhase = p.phase;
  post({ type: 'progress', progress: p });
}

addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { bytes, url } = event.data;
  void (async () => {
    try {
      const { features, articles, sortie } = await collectionOfBytes(bytes, url, progress);
      const dataset = datasetOf(features, articles, sortie, url, progress);
      const { packed, transfer } = packEvents(dataset.events);
      postMessage({ type: 'done', dataset: { ...dataset, events: [] }, events: packed } satisfies WorkerMessage, { transfer });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error), dataset: error instanceof DatasetError });
    }
  })();
});

post({ type: 'ready' });
// The GeoParquet reader loads while the file still downloads (load.ts starts this worker
// then); for a GeoJSON file it is a small chunk loaded for nothing, off the page's thread.
void import('./columnar/read').catch(() => {});
