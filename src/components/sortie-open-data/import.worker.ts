/**
 * The Open data worker: every byte of the reader's file is read and converted here, off the
 * main thread, so a large file never freezes the explorer. It holds one file at a time (see
 * protocol.ts): `inspect` reads its start, `preview` converts that sample, `convert` reads
 * it all with progress and builds the dataset. Nothing leaves the browser.
 */
import type { OpenEventFeature } from '../../data/dataset-format';
import { DatasetCollector } from '../../data/import/collect';
import { createConverter, describeProblem } from '../../data/import/convert';
import { detectPreset } from '../../data/import/detect';
import { columnsOf, geojsonRows } from '../../data/import/geojson-input';
import type { Mapping } from '../../data/import/mapping';
import { resolveMapping } from '../../data/import/resolve';
import { geometryCentre } from '../sortie-download/geometry-centre';
import { isColumnar } from '../../data/columnar/magic';
import { guessFormat } from './file-format';
import { PREVIEW_EVENTS, PREVIEW_PROBLEMS, SAMPLE_ROWS, type FileFormat, type PreviewEvent, type WorkerRequest, type WorkerResponse } from './protocol';
import { collectionProblem, readText, sampleCsv, streamCsv, type InputRow } from './read-file';

interface Opened {
  file: File;
  format: FileFormat;
  sample: InputRow[];
  /** The parsed GeoJSON (a CSV is streamed again for the full conversion instead). */
  collection: unknown;
}

let opened: Opened | null = null;
/** Ids of requests the dialog cancelled; checked between chunks. */
const cancelled = new Set<number>();
let abortCsv: (() => void) | null = null;

const post = (message: WorkerResponse) => postMessage(message);
const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Progress is posted at most every PROGRESS_MS, and once at the end. */
const PROGRESS_MS = 80;
function progressPoster(id: number, phase: 'reading' | 'converting') {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS && done < total) return;
    last = now;
    post({ type: 'progress', id, phase, done, total });
  };
}

const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || name;

/** Detection's notes are written for the command line; the dialog shows the choice, not the flags. */
const forDialog = (note: string) => note.replace(/;\s*use --.*$/, '');

/** `kindLabel`: the source's own wording of the kind, which the reader recognises (the id is a slug of it). */
function previewOf(feature: OpenEventFeature, kindLabel?: string): PreviewEvent {
  const p = feature.properties;
  const c = geometryCentre(feature.geometry);
  const round = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? null : Math.round(n * 1e5) / 1e5);
  return { date: p.date, title: p.title, kind: kindLabel ?? p.kind, place: p.place ?? '', lon: round(c?.[0]), lat: round(c?.[1]) };
}

/**
 * A GeoParquet file (as `npm run import -- … --out x.parquet` writes), read whole into a
 * FeatureCollection; told by its magic bytes, never by its name. The reader (hyparquet) is
 * its own chunk, loaded only when such a file is opened.
 */
async function readParquet(id: number, file: File): Promise<{ collection: unknown } | { error: string } | null> {
  const onProgress = progressPoster(id, 'reading');
  onProgress(0, file.size);
  const buffer = await file.arrayBuffer();
  if (cancelled.has(id)) return null;
  try {
    const { readColumnar } = await import('../../data/columnar/read');
    const { features, sortie } = await readColumnar(buffer, (fraction) => onProgress(Math.round(fraction * file.size), file.size));
    return { collection: { type: 'FeatureCollection', ...(sortie ? { sortie } : {}), features } };
  } catch (error) {
    return { error: `${file.name} is a Parquet file, but not one Sortie can read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function inspect(id: number, file: File): Promise<void> {
  opened = null;
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  const parquet = isColumnar(head);
  const guess = parquet ? { format: 'geojson' as const } : guessFormat(file.name, file.type, file.size, head);
  if ('error' in guess) return post({ type: 'failed', id, message: guess.error });
  let columns: string[];
  let sample: InputRow[];
  let complete: boolean;
  let collection: unknown = null;
  if (guess.format === 'csv') {
    const csv = await sampleCsv(file, SAMPLE_ROWS);
    if (csv.columns.length === 0) return post({ type: 'failed', id, message: `${file.name} has no column names in its first row.` });
    if (csv.rows.length === 0) return post({ type: 'failed', id, message: `${file.name} has column names (${csv.columns.join(', ')}) but no rows of data.` });
    ({ columns, complete } = csv);
    sample = csv.rows;
  } else {
    if (parquet) {
      const read = await readParquet(id, file);
      if (read === null) return post({ type: 'cancelled', id });
      if ('error' in read) return post({ type: 'failed', id, message: read.error });
      collection = read.collection;
    } else {
      const text = await readText(file, progressPoster(id, 'reading'), () => cancelled.has(id));
      if (text === null) return post({ type: 'cancelled', id });
      try {
        collection = JSON.parse(text);
      } catch (error) {
        return post({ type: 'failed', id, message: `${file.name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    const problem = collectionProblem(file.name, collection);
    if (problem) return post({ type: 'failed', id, message: problem });
    sample = [];
    for (const input of geojsonRows(collection)) {
      if (sample.length === SAMPLE_ROWS) break;
      sample.push(input);
    }
    columns = columnsOf(sample.map((s) => s.row));
    complete = sample.length < SAMPLE_ROWS;
  }
  // A preset (ACLED, UCDP) maps its own columns; otherwise names and values decide.
  const { mapping, notes } = resolveMapping(columns, sample.map((s) => s.row), [], { featureGeometry: guess.format === 'geojson' });
  opened = { file, format: guess.format, sample, collection };
  post({
    type: 'inspected',
    id,
    result: { format: guess.format, columns, sampleRows: sample.length, complete, mapping, notes: notes.map(forDialog), preset: detectPreset(columns) },
  });
}

function preview(id: number, mapping: Mapping): void {
  if (!opened) return post({ type: 'failed', id, message: 'No file is open.' });
  const convert = createConverter(mapping);
  const first: PreviewEvent[] = [];
  const problems: string[] = [];
  let events = 0;
  for (const { row, geometry, rowNumber } of opened.sample) {
    const out = convert(row, rowNumber, geometry);
    if ('feature' in out) {
      events++;
      if (first.length < PREVIEW_EVENTS) first.push(previewOf(out.feature, out.kindLabel));
    } else {
      for (const p of out.problems) if (problems.length < PREVIEW_PROBLEMS) problems.push(describeProblem(p));
    }
  }
  const rows = opened.sample.length;
  post({ type: 'previewed', id, result: { rows, events, skipped: rows - events, first, problems } });
}

/** Rows converted between two looks at the message queue (progress, Cancel). */
const BATCH = 500;

async function convertAll(id: number, mapping: Mapping): Promise<void> {
  if (!opened) return post({ type: 'failed', id, message: 'No file is open.' });
  const { file, format, collection } = opened;
  const convert = createConverter(mapping);
  const collector = new DatasetCollector();
  const features: OpenEventFeature[] = [];
  const problems: string[] = [];
  let rows = 0;
  const take = ({ row, geometry, rowNumber }: InputRow) => {
    rows++;
    const out = convert(row, rowNumber, geometry);
    if ('feature' in out) {
      collector.add(out.feature, out.kindLabel);
      features.push(out.feature);
    } else {
      for (const p of out.problems) if (problems.length < PREVIEW_PROBLEMS) problems.push(describeProblem(p));
    }
  };
  if (format === 'csv') {
    const stream = streamCsv(file, take, progressPoster(id, 'reading'));
    abortCsv = stream.abort;
    try {
      await stream.done;
    } finally {
      abortCsv = null;
    }
  } else {
    const all = [...geojsonRows(collection)];
    const progress = progressPoster(id, 'converting');
    for (let i = 0; i < all.length; i += BATCH) {
      all.slice(i, i + BATCH).forEach(take);
      progress(Math.min(i + BATCH, all.length), all.length);
      await yieldNow();
      if (cancelled.has(id)) break;
    }
  }
  if (cancelled.has(id)) return post({ type: 'cancelled', id });
  const sortie = collector.finish({ title: baseName(file.name) });
  post({ type: 'converted', id, result: { dataset: { type: 'FeatureCollection', sortie, features }, rows, skipped: rows - features.length, problems } });
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const run = async () => {
    if (request.type === 'cancel') {
      cancelled.add(request.id);
      abortCsv?.();
    } else if (request.type === 'inspect') await inspect(request.id, request.file);
    else if (request.type === 'preview') preview(request.id, request.mapping);
    else await convertAll(request.id, request.mapping);
  };
  run().catch((error: unknown) => {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  });
});
