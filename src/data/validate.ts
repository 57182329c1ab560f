/**
 * Validate once, at the edge (STYLE.md): each feature of the dataset is checked against
 * the contract in types.ts and turned into a SortieEvent with numeric times. A feature
 * that fails is skipped and reported; one bad feature never stops the rest.
 */
import type { Geometry } from 'geojson';
import type { SourceRef } from './dataset-format';
import { LOCATION_PRECISIONS, type EventProperties, type LocationPrecision } from './types';
import { placeDate, type PlacedDate } from './date-rules';
import { cleanGeometry, geometryProblem } from './geometry-rules';
import { isUncertain, type DatePrecision } from './time';

/** An event as the app works with it: the stored properties plus its resolved time and geometry. */
export type SortieEvent = EventProperties & {
  /** First millisecond of the event's closed interval (epoch ms, UTC). */
  start: number;
  /** Last millisecond of the event's closed interval (epoch ms, UTC). */
  end: number;
  precision: DatePrecision;
  /** The date carries `?`, `~` or `%`. */
  uncertain: boolean;
  /** The date gives no start; `start` is the start of its end period. */
  openStart: boolean;
  /** The date gives no end; `end` is the end of its start period. */
  openEnd: boolean;
  geometry: Geometry;
};

/** Why one feature was skipped: which feature, which field, what is wrong. */
export interface DataProblem {
  /** The feature's id, or "feature #n" (1-based) when it has no usable id. */
  id: string;
  /** Dotted path of the offending field, e.g. "properties.date" or "geometry". */
  field: string;
  message: string;
}

export interface ValidationResult {
  events: SortieEvent[];
  problems: DataProblem[];
}

type Record_ = Record<string, unknown>;
const isObject = (v: unknown): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export const PRECISIONS: ReadonlySet<string> = new Set<string>(LOCATION_PRECISIONS);

/** The properties the format defines; any other scalar property travels in `extra`. */
export const KNOWN: ReadonlySet<string> = new Set(['id', 'title', 'summary', 'kind', 'date', 'date_note', 'actors', 'actor_note', 'place',
  'location_precision', 'place_note', 'sources', 'subject_geometry']);

const textOrAbsent = (v: unknown) => v === undefined || typeof v === 'string';

export function sourcesProblem(sources: unknown): string | null {
  if (sources === undefined) return null;
  if (!Array.isArray(sources)) return 'must be a list of sources';
  for (let i = 0; i < sources.length; i++) {
    const s: unknown = sources[i];
    if (!isObject(s) || !(isText(s.article) || isText(s.name) || isText(s.url))
      || !textOrAbsent(s.article) || !textOrAbsent(s.excerpt) || !textOrAbsent(s.name) || !textOrAbsent(s.url)) {
      return `source ${i + 1} needs an article id, a name or a url (each text)`;
    }
  }
  return null;
}

/** A copy holding only the SourceRef fields that are present. */
export function sourceRef(s: Record_): SourceRef {
  const ref: SourceRef = {};
  if (typeof s.article === 'string') ref.article = s.article;
  if (typeof s.excerpt === 'string') ref.excerpt = s.excerpt;
  if (typeof s.name === 'string') ref.name = s.name;
  if (typeof s.url === 'string') ref.url = s.url;
  return ref;
}

/** What a geometry says about its own precision when the dataset does not. */
export function derivedPrecision(geometry: Pick<Geometry, 'type'>): LocationPrecision {
  switch (geometry.type) {
    case 'Point': case 'MultiPoint': return 'site';
    case 'LineString': case 'MultiLineString': return 'route';
    default: return 'region';
  }
}

/** Scalar properties outside the format, or undefined when there are none (most curated events). */
function extrasOf(p: Record_): Record<string, string | number | boolean> | undefined {
  let extra: Record<string, string | number | boolean> | undefined;
  for (const key in p) {
    if (KNOWN.has(key)) continue;
    const v = p[key];
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) (extra ??= {})[key] = v;
  }
  return extra;
}

/** A date as placed (date-rules.ts), with whether it carries `?`, `~` or `%`. */
type Placed = PlacedDate & { uncertain: boolean };
export type Placement = { ok: true; time: Placed } | { ok: false; message: string };

/** Checks one feature; pushes its problems and returns the event only if there were none. */
function toEvent(feature: unknown, index: number, seen: Set<string>, problems: DataProblem[], dates: DateCache): SortieEvent | null {
  const p = isObject(feature) && isObject(feature.properties) ? feature.properties : null;
  const id = p && isText(p.id) && !seen.has(p.id) ? p.id : null;
  const label = p && isText(p.id) ? p.id : `feature #${index + 1}`;
  const found: DataProblem[] = [];
  const fail = (field: string, message: string) => found.push({ id: label, field, message });

  if (!isObject(feature) || feature.type !== 'Feature') {
    fail('type', 'is not a GeoJSON Feature');
  } else if (!p) {
    fail('properties', 'is missing');
  } else {
    if (!isText(p.id)) fail('properties.id', 'must be a non-empty string');
    else if (!id) fail('properties.id', 'is used by an earlier feature too');
    if (!isText(p.title)) fail('properties.title', 'must be a non-empty string');
    if (!isText(p.kind)) fail('properties.kind', 'must be a non-empty string');
    if (p.location_precision !== undefined && !PRECISIONS.has(p.location_precision as string)) {
      fail('properties.location_precision',
        `${JSON.stringify(p.location_precision)} is not one of ${LOCATION_PRECISIONS.join(', ')}`);
    }
    if (p.actors !== undefined && (!Array.isArray(p.actors) || !p.actors.every(isText))) {
      fail('properties.actors', 'must be a list of names');
    }
    for (const field of ['summary', 'place', 'date_note', 'actor_note', 'place_note'] as const) {
      if (p[field] !== undefined && typeof p[field] !== 'string') fail(`properties.${field}`, 'must be text when present');
    }
    const sources = sourcesProblem(p.sources);
    if (sources) fail('properties.sources', sources);
    const geometry = geometryProblem(feature.geometry);
    if (geometry) fail('geometry', geometry);
    if (p.subject_geometry !== undefined) {
      const subject = geometryProblem(p.subject_geometry);
      if (subject) fail('properties.subject_geometry', subject);
    }
  }

  // Read once: the interval and the precision come from the same parse (date-rules.ts).
  let time: Placed | null = null;
  if (p) {
    const placed = dates.place(p.date);
    if (placed.ok) time = placed.time;
    else fail('properties.date', placed.message);
  }

  if (isText(p?.id)) seen.add(p.id);
  problems.push(...found);
  if (found.length || !p || !time || !isObject(feature)) return null;

  // Copy only the contract's fields, so nothing unchecked travels further.
  const props = p as unknown as EventProperties;
  const geometry = cleanGeometry(feature.geometry as Geometry);
  const event: SortieEvent = {
    id: props.id,
    title: props.title,
    summary: props.summary ?? '',
    kind: props.kind,
    date: props.date,
    actors: props.actors ? [...props.actors] : [],
    place: props.place ?? '',
    location_precision: props.location_precision ?? derivedPrecision(geometry),
    sources: Array.isArray(p.sources) ? (p.sources as Record_[]).map(sourceRef) : [],
    start: time.start,
    end: time.end,
    precision: time.precision,
    openStart: time.openStart,
    openEnd: time.openEnd,
    uncertain: time.uncertain,
    geometry,
  };
  // Assigned only when present, so events carry no undefined keys (tests compare them whole).
  if (props.date_note !== undefined) event.date_note = props.date_note;
  if (props.actor_note !== undefined) event.actor_note = props.actor_note;
  if (props.place_note !== undefined) event.place_note = props.place_note;
  if (props.subject_geometry !== undefined) event.subject_geometry = props.subject_geometry;
  const extra = extrasOf(p);
  if (extra) event.extra = extra;
  return event;
}

/**
 * Each distinct date string placed once per dataset: conflict data repeats its dates (10^6
 * events over ten years share a few thousand days), and reading EDTF was a third of
 * validation at that size. The placement is a value (numbers and flags), safe to share.
 */
export class DateCache {
  readonly #placed = new Map<string, Placement>();

  place(date: unknown): Placement {
    const cached = typeof date === 'string' ? this.#placed.get(date) : undefined;
    if (cached) return cached;
    const read = placeDate(date);
    // One shape for every placement (a spread would copy each date form's own), so the
    // reads of a million rows find its fields in one place.
    let placed: Placement;
    if (read.ok) {
      const t = read.time;
      placed = { ok: true, time: { start: t.start, end: t.end, precision: t.precision, openStart: t.openStart, openEnd: t.openEnd, uncertain: isUncertain(date as string) } };
    } else placed = read;
    if (typeof date === 'string') this.#placed.set(date, placed);
    return placed;
  }
}

/**
 * Checks features one at a time, in file order, remembering what a later feature is
 * checked against (the ids seen so far) and the problems found. validateEvents runs one
 * over a whole list; a reader that checks most rows itself (columnar/check.ts) hands it
 * only the rows it cannot, sharing `seen` and `dates`.
 */
export class Validator {
  readonly seen = new Set<string>();
  readonly problems: DataProblem[] = [];
  readonly dates = new DateCache();

  /** The feature at `index` (0-based, in the file) as an event, or null with its problems recorded. */
  check(feature: unknown, index: number): SortieEvent | null {
    return toEvent(feature, index, this.seen, this.problems, this.dates);
  }
}

/**
 * Validates the features of a dataset. Never throws for a bad feature: it is left out of
 * `events` and described in `problems` (one entry per offending field).
 */
export function validateEvents(features: readonly unknown[], onProgress?: (done: number, total: number) => void): ValidationResult {
  const validator = new Validator();
  const events: SortieEvent[] = [];
  const total = features.length;
  for (let index = 0; index < total; index++) {
    const event = validator.check(features[index], index);
    if (event) events.push(event);
    // A progress bar needs a handful of steps, not one call per feature.
    if (onProgress && (index + 1) % PROGRESS_EVERY === 0) onProgress(index + 1, total);
  }
  onProgress?.(total, total);
  return { events, problems: validator.problems };
}

/** How many features validateEvents checks between progress calls. */
const PROGRESS_EVERY = 20_000;
