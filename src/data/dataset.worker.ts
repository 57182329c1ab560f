/**
 * Reads and checks a large dataset off the page's thread: parse (GeoJSON or the columnar
 * format) and validate every feature; the page resolves the meta from the events. The page
 * stays responsive and shows progress meanwhile; what comes back is exactly what loading
 * on the page would give.
 */
import type { Part } from './columnar/check';
import { isColumnar } from './columnar/magic';
import { packEvents, type PackedEvents } from './event-columns';
import { collectionOfBytes, columnarError, DatasetError, type LoadProgress } from './load';
import type { ReadRequest, WorkerMessage } from './load-protocol';
import { validateEvents, type DataProblem } from './validate';

const post = (message: WorkerMessage) => postMessage(message);

/**
 * Progress is posted at most every PROGRESS_MS (and at each phase's start and end). Each
 * post repaints the bar, and a frame drawn on the CPU competes with the checking.
 */
const PROGRESS_MS = 250;
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

interface Checked {
  events: PackedEvents;
  transfer: ArrayBuffer[];
  problems: DataProblem[];
  features: number;
  articles: unknown;
  sortie: unknown;
}

/**
 * GeoParquet is checked cell by cell into columns (columnar/check.ts), its row groups
 * decoded and checked together (only this worker's part of them); GeoJSON is parsed,
 * validated, then packed.
 */
async function check(bytes: ArrayBuffer, url: string, part: Part): Promise<Checked> {
  if (isColumnar(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)))) {
    progress({ phase: 'reading', done: 0, total: null });
    const { readCheckedColumns } = await import('./columnar/check');
    try {
      const read = await readCheckedColumns(bytes, (done, total) => progress({ phase: 'checking', done, total }), part);
      return { events: read.packed, transfer: read.transfer, problems: read.problems, features: read.features, articles: undefined, sortie: read.sortie };
    } catch (error) {
      throw columnarError(url, error);
    }
  }
  const { features, articles, sortie } = await collectionOfBytes(bytes, url, progress);
  const { events, problems } = validateEvents(features, (done, total) => progress({ phase: 'checking', done, total }));
  const { packed, transfer } = packEvents(events);
  return { events: packed, transfer, problems, features: features.length, articles, sortie };
}

addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { bytes, url, part } = event.data;
  void (async () => {
    try {
      const { transfer, ...done } = await check(bytes, url, part);
      postMessage({ type: 'done', ...done } satisfies WorkerMessage, { transfer });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error), dataset: error instanceof DatasetError });
    }
  })();
});

post({ type: 'ready' });
// The GeoParquet reader loads while the file still downloads (load.ts starts this worker
// then); for a GeoJSON file it is a small chunk loaded for nothing, off the page's thread.
void import('./columnar/check').catch(() => {});
