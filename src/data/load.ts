/**
 * Fetches the dataset and hands its features to validate.ts. Whole-file failures (HTTP
 * error, not JSON, not a FeatureCollection) throw a DatasetError naming the file; problems
 * with single features never throw (see validate.ts).
 */
import eventsUrl from '../../data/events.geojson?url';
import { isColumnar } from './columnar/magic';
import { resolveMeta, type DatasetMeta } from './dataset-meta';
import type { OffThreadReader } from './load-off-thread';
import type { Article } from './types';
import { validateEvents, type ValidationResult } from './validate';

/** URL of the dataset bundled with the app (data/events.geojson, emitted by Vite). */
export const DEFAULT_EVENTS_URL: string = eventsUrl;

/** The dataset as a whole could not be used. The message is written for the person who can fix it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    message: string,
    /** The dataset URL that failed. */
    readonly url: string,
  ) {
    super(message);
  }
}

export interface LoadedDataset extends ValidationResult {
  /** The URL the dataset was read from. */
  url: string;
  /** The dataset's article list (`sortie.articles`, or an older file's top-level `articles`), or null when it has none. */
  articles: Article[] | null;
  /** What the dataset says about itself, with defaults derived from its events (dataset-meta.ts). */
  meta: DatasetMeta;
  /** How many features the file holds, valid or not. */
  features: number;
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || v === undefined || isText(v);

/** Keeps only well-formed article entries; citations fall back to "not listed" for others. */
function articlesOf(value: unknown): Article[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((a): a is Article => {
    const r = a as Record<string, unknown> | null;
    return typeof r === 'object' && r !== null && isText(r.id) && isText(r.headline) && isText(r.date)
      && isTextOrNull(r.publisher) && isTextOrNull(r.author);
  });
}

/** Last path segment, which is what a person recognises ("events.geojson"). */
export function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || url;
  } catch {
    return last || url;
  }
}

/** How long the dataset may take to arrive before the load fails with a message (and Retry). */
export const DATASET_TIMEOUT_MS = 30_000;

/** Why a fetch that threw (a TypeError: network failure or CORS refusal) failed, in words. */
function unreachable(url: string, name: string, error: unknown): string {
  const page = typeof location === 'undefined' ? null : location.origin;
  let origin: string | null;
  try {
    origin = new URL(url, page ?? undefined).origin;
  } catch {
    origin = null;
  }
  if (page && origin && origin !== page) {
    return `Could not load the event data (${name}): the server at ${origin} did not allow this page to load it (CORS), or could not be reached. It must send Access-Control-Allow-Origin for ${page}.`;
  }
  return `Could not reach the event data (${name}): ${error instanceof Error ? error.message : String(error)}`;
}

/** Where a load is, for a progress bar: bytes while downloading, features while checking. */
export interface LoadProgress {
  phase: 'downloading' | 'reading' | 'checking';
  /** Bytes received, or features checked; for 'reading', a fraction out of `total` 1. */
  done: number;
  /** Bytes expected (null when the server does not say), or features to check. */
  total: number | null;
}

export interface LoadOptions extends RequestInit {
  onProgress?: (progress: LoadProgress) => void;
}

/** What a dataset file holds before validation: its features, `articles` and `sortie` members. */
export interface RawCollection {
  features: unknown[];
  articles: unknown;
  sortie: unknown;
}

/** The size the server announces, when it is the size of the bytes the body will give. */
function announcedBytes(response: Response): number | null {
  const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
  const length = Number(response.headers.get('content-length'));
  return !encoded && Number.isFinite(length) && length > 0 ? length : null;
}

/** Reads a body chunk by chunk (for progress), into one buffer. */
async function readBody(response: Response, onChunk: (received: number) => void): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onChunk(received);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * Fetches a dataset file's bytes, reporting progress. A server that sends nothing for
 * DATASET_TIMEOUT_MS (no answer, or a download that stalls) fails the load with a message;
 * a slow but steady download of a large file does not.
 */
export async function fetchBytes(url: string, init: LoadOptions = {}): Promise<ArrayBuffer> {
  const { onProgress, ...request } = init;
  const name = fileName(url);
  const timeout = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      timeout.abort();
    }, DATASET_TIMEOUT_MS);
  };
  arm();
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
  const late = () => new DatasetError(`The event data (${name}) did not arrive within ${DATASET_TIMEOUT_MS / 1000} s: the server did not answer in time.`, url);
  try {
    let response: Response;
    try {
      response = await fetch(url, { ...request, signal });
    } catch (error) {
      if (timedOut) throw late();
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new DatasetError(unreachable(url, name, error), url);
    }
    if (!response.ok) {
      throw new DatasetError(
        `The event data (${name}) could not be loaded: the server answered ${response.status} ${response.statusText}`.trim(),
        url,
      );
    }
    const total = announcedBytes(response);
    onProgress?.({ phase: 'downloading', done: 0, total });
    try {
      return await readBody(response, (received) => {
        arm();
        onProgress?.({ phase: 'downloading', done: received, total });
      });
    } catch (error) {
      if (timedOut) throw late();
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** JSON text to a FeatureCollection's members; throws a DatasetError naming the file. */
export function collectionOfText(text: string, url: string): RawCollection {
  const name = fileName(url);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetError(`The event data (${name}) is not valid JSON: ${reason}`, url);
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (typeof json !== 'object' || json === null || collection.type !== 'FeatureCollection'
    || !Array.isArray(collection.features)) {
    throw new DatasetError(
      `The event data (${name}) is not a GeoJSON FeatureCollection with a "features" list`,
      url,
    );
  }
  const members = json as { articles?: unknown; sortie?: unknown };
  return { features: collection.features, articles: members.articles, sortie: members.sortie };
}

/** A dataset file's bytes to its members, whichever format it is in. */
export async function collectionOfBytes(bytes: ArrayBuffer, url: string, onProgress?: (progress: LoadProgress) => void): Promise<RawCollection> {
  // Sniffed by its first bytes, never by name: a .parquet served as anything still reads.
  if (isColumnar(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)))) {
    onProgress?.({ phase: 'reading', done: 0, total: 1 });
    const { readColumnar } = await import('./columnar/read');
    try {
      const { features, sortie } = await readColumnar(bytes, (fraction) => onProgress?.({ phase: 'reading', done: fraction, total: 1 }));
      return { features, articles: undefined, sortie };
    } catch (error) {
      throw columnarError(url, error);
    }
  }
  // One JSON.parse: how far it has got cannot be known (the bar moves without a value).
  onProgress?.({ phase: 'reading', done: 0, total: null });
  // TextDecoder (not response.text()) so a file past V8's longest string fails with a message.
  let text: string;
  try {
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    throw new DatasetError(`The event data (${fileName(url)}) is too large to read as GeoJSON (${(bytes.byteLength / 1e6).toFixed(0)} MB): ${error instanceof Error ? error.message : String(error)}`, url);
  }
  return collectionOfText(text, url);
}

/**
 * Files at least this large are read and checked in a worker, so the page stays responsive
 * while they load; smaller ones (the bundled 42 events) are not worth starting one for.
 */
export const OFF_THREAD_BYTES = 1_000_000;

/**
 * Loads and validates the dataset. Resolves with the valid events and the problems of the
 * skipped features; rejects with a DatasetError when the file as a whole is unusable.
 */
export async function loadEvents(src?: string | null, init: LoadOptions = {}): Promise<LoadedDataset> {
  // No src (a removed attribute, `el.src = null`) means the bundled dataset.
  const url = src || DEFAULT_EVENTS_URL;
  // A file the server says is large gets its worker while it downloads, so the worker's
  // code has loaded by the time the last byte arrives (else started then, as for a file
  // of unknown size).
  const worker: { reader: Promise<OffThreadReader | null> | null } = { reader: null };
  const startReader = () => (worker.reader ??= import('./load-off-thread').then((m) => m.startReader(url, init)));
  const stopReader = () => void worker.reader?.then((r) => r?.stop());
  let bytes: ArrayBuffer;
  try {
    bytes = await fetchBytes(url, {
      ...init,
      onProgress: (progress) => {
        if (progress.phase === 'downloading' && progress.total !== null && progress.total >= OFF_THREAD_BYTES && typeof Worker !== 'undefined') void startReader();
        init.onProgress?.(progress);
      },
    });
  } catch (error) {
    stopReader();
    throw error;
  }
  if (bytes.byteLength >= OFF_THREAD_BYTES && typeof Worker !== 'undefined') {
    const read = await (await startReader())?.read(bytes);
    if (read) return read;
  } else {
    stopReader();
  }
  const { features, articles, sortie } = await collectionOfBytes(bytes, url, init.onProgress);
  return datasetOf(features, articles, sortie, url, init.onProgress);
}

/** Why a GeoParquet file could not be read, naming the file. */
export function columnarError(url: string, error: unknown): DatasetError {
  return new DatasetError(`The event data (${fileName(url)}) could not be read as GeoParquet: ${error instanceof Error ? error.message : String(error)}`, url);
}

/** Validates an already-parsed collection's members (for files read in the browser, not fetched). */
export function datasetOf(features: readonly unknown[], articles: unknown, sortie: unknown, url: string, onProgress?: (progress: LoadProgress) => void): LoadedDataset {
  const validated = validateEvents(features, onProgress && ((done, total) => onProgress({ phase: 'checking', done, total })));
  return withMeta(validated, features.length, articles, sortie, url);
}

/**
 * A checked dataset with what it says about itself resolved against its events (the
 * loading worker checks; the page, holding the events, resolves).
 */
export function withMeta(validated: ValidationResult, features: number, articles: unknown, sortie: unknown, url: string): LoadedDataset {
  // Files written before the `sortie` member kept their articles at the top level.
  const own = typeof sortie === 'object' && sortie !== null && !Array.isArray(sortie) ? sortie as Record<string, unknown> : null;
  const raw = own && own.articles === undefined && articles !== undefined ? { ...own, articles } : sortie ?? (articles !== undefined ? { articles } : undefined);
  const meta = resolveMeta(raw, validated.events, fileName(url));
  return { ...validated, url, articles: articlesOf(meta.articles), meta, features };
}
