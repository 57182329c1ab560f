/**
 * Fetches the dataset and hands its features to validate.ts. Whole-file failures (HTTP
 * error, not JSON, not a FeatureCollection) throw a DatasetError naming the file; problems
 * with single features never throw (see validate.ts).
 */
import eventsUrl from '../../data/events.geojson?url';
import { resolveMeta, type DatasetMeta } from './dataset-meta';
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

/** Fetches a GeoJSON FeatureCollection: its features (unvalidated), its `articles` and `sortie` members. */
export async function fetchCollection(url: string, init?: RequestInit): Promise<{ features: unknown[]; articles: unknown; sortie: unknown }> {
  const name = fileName(url);
  // A server that never answers must not leave the map "starting" forever.
  const timeout = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    timeout.abort();
  }, DATASET_TIMEOUT_MS);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout.signal]) : timeout.signal;
  const late = () => new DatasetError(`The event data (${name}) did not arrive within ${DATASET_TIMEOUT_MS / 1000} s: the server did not answer in time.`, url);
  let response: Response;
  let text: string;
  try {
    try {
      response = await fetch(url, { ...init, signal });
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
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw late();
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
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

/**
 * Loads and validates the dataset. Resolves with the valid events and the problems of the
 * skipped features; rejects with a DatasetError when the file as a whole is unusable.
 */
export async function loadEvents(src?: string | null, init?: RequestInit): Promise<LoadedDataset> {
  // No src (a removed attribute, `el.src = null`) means the bundled dataset.
  const url = src || DEFAULT_EVENTS_URL;
  const { features, articles, sortie } = await fetchCollection(url, init);
  return datasetOf(features, articles, sortie, url);
}

/** Validates an already-parsed collection's members (for files read in the browser, not fetched). */
export function datasetOf(features: readonly unknown[], articles: unknown, sortie: unknown, url: string): LoadedDataset {
  const validated = validateEvents(features);
  // Files written before the `sortie` member kept their articles at the top level.
  const own = typeof sortie === 'object' && sortie !== null && !Array.isArray(sortie) ? sortie as Record<string, unknown> : null;
  const raw = own && own.articles === undefined && articles !== undefined ? { ...own, articles } : sortie ?? (articles !== undefined ? { articles } : undefined);
  const meta = resolveMeta(raw, validated.events, fileName(url));
  return { ...validated, url, articles: articlesOf(meta.articles), meta, features: features.length };
}
