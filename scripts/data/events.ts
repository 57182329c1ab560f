/**
 * Checks the entries of data/events.yaml and turns them into GeoJSON features. Every problem is
 * logged against the event's id and field; features are returned only for sound events.
 */
import { truncate } from '@turf/truncate';
import type { ValidateFunction } from 'ajv';
import type { Feature, Geometry, Point, Position } from 'geojson';
import type { EventFeature } from '../../src/data/types';
import { subjectOf, type ProblemLog } from './errors';
import { edtfProblem } from './external';
import { geometryProblem } from './geometry';
import { isRecord } from './io';
import { schemaProblems } from './schema';
import { sentenceCount } from './text';
import { resolveWhere, type WhereContext, type WhereForm } from './where';

/** Output order of the properties: the order of src/data/types.ts, so diffs read naturally. */
const PROPERTY_ORDER = [
  'id', 'title', 'summary', 'kind', 'date', 'date_note', 'actors', 'actor_note',
  'place', 'location_precision', 'place_note', 'sources', 'subject_geometry',
];

/** `where` forms whose geometry fixes the location_precision. */
const PRECISION_OF: Partial<Record<WhereForm, string>> = { route: 'route', border: 'border' };

/** Stands in for a geometry that failed to resolve, so the schema still checks the rest. */
const PLACEHOLDER: Point = { type: 'Point', coordinates: [0, 0] };

export interface EventInputs {
  file: string;
  validate: ValidateFunction;
  /** Ids from sources.json; null when that file is unusable (and already reported). */
  articleIds: ReadonlySet<string> | null;
  sourcesFile: string;
  where: WhereContext;
}

export function buildEvents(data: unknown, inputs: EventInputs, log: ProblemLog): EventFeature[] {
  const { file } = inputs;
  if (data === undefined) return []; // unreadable: already reported
  if (!Array.isArray(data)) {
    log.add(file, '', '', 'must be a list of events, each starting with `- id:` (see data/README.md)');
    return [];
  }
  const firstIndex = new Map<string, number>();
  const features: EventFeature[] = [];
  data.forEach((entry: unknown, index) => {
    if (isRecord(entry) && entry.status === 'draft') return; // proposed by `npm run draft`, not yet reviewed
    const subject = subjectOf('event', isRecord(entry) ? entry.id : undefined, index);
    const before = log.size;
    const problem = (field: string, message: string): void => log.add(file, subject, field, message);
    if (!isRecord(entry)) {
      problem('', 'must be a mapping of fields (id, title, summary, ...)');
      return;
    }
    if (typeof entry.id === 'string') {
      const first = firstIndex.get(entry.id);
      if (first !== undefined) problem('id', `duplicate: event #${first + 1} already uses this id`);
      else firstIndex.set(entry.id, index);
    }
    const feature = buildEvent(entry, inputs, problem);
    if (feature !== null && log.size === before) features.push(feature);
  });
  return features;
}

function buildEvent(
  entry: Record<string, unknown>, inputs: EventInputs, problem: (field: string, message: string) => void,
): EventFeature | null {
  const { where, subject, ...fields } = entry;
  const resolved = resolveWhere(where, inputs.where);
  if (resolved.message !== undefined) problem(resolved.field, resolved.message);

  const properties = normalise(fields);
  const geometry = resolved.geometry === undefined ? undefined : roundCoordinates(resolved.geometry);
  if ('subject_geometry' in fields) problem('subject_geometry', 'is built from `subject`; write `subject: { border: [...] }` (or any `where` form) instead');
  if (subject !== undefined) {
    // What the event is about, drawn as a secondary shape; the event itself stays at `where`.
    const about = resolveWhere(subject, inputs.where);
    if (about.message !== undefined) problem(about.field.replace(/^where/, 'subject'), about.message);
    else if (about.geometry.type === 'Point' || about.geometry.type === 'MultiPoint') {
      // The map gives each event one marker, where it happened; a point subject would read as a second one.
      problem('subject', `resolves to a ${about.geometry.type}; a subject must be a line or an area (a border, a route, a province)`);
    } else {
      properties.subject_geometry = roundCoordinates(about.geometry);
      const bad = geometryProblem(properties.subject_geometry as Geometry);
      if (bad !== null) problem('subject', `the resulting geometry is unusable: ${bad}`);
    }
  }
  const candidate = { type: 'Feature', geometry: geometry ?? PLACEHOLDER, properties };
  inputs.validate(candidate);
  for (const { field, message } of schemaProblems(inputs.validate.errors, '/properties')) {
    if (field.startsWith('geometry')) {
      if (geometry !== undefined) problem('where', `the resulting geometry is invalid: ${field} ${message}`);
    } else {
      problem(field, message);
    }
  }

  if (typeof properties.date === 'string') {
    const bad = edtfProblem(properties.date);
    if (bad !== null) problem('date', bad);
  }
  if (typeof properties.summary === 'string' && sentenceCount(properties.summary) > 2) {
    problem('summary', `has ${sentenceCount(properties.summary)} sentences; keep it to one or two`);
  }
  const expected = resolved.form === undefined ? undefined : PRECISION_OF[resolved.form];
  const precision = properties.location_precision;
  if (expected !== undefined && precision !== undefined && precision !== expected) {
    problem('location_precision', `must be "${expected}" for a { ${resolved.form}: ... } event`);
  }
  if (Array.isArray(properties.sources) && inputs.articleIds !== null) {
    const articleIds = inputs.articleIds;
    properties.sources.forEach((source: unknown, i) => {
      const article = isRecord(source) ? source.article : undefined;
      if (typeof article === 'string' && !articleIds.has(article)) {
        problem(`sources[${i}].article`, `unknown article "${article}"; the ids are in ${inputs.sourcesFile}`);
      }
    });
  }
  if (geometry !== undefined) {
    const bad = geometryProblem(geometry);
    if (bad !== null) problem('where', `the resulting geometry is unusable: ${bad}`);
  }
  return geometry === undefined ? null : ({ type: 'Feature', geometry, properties } as unknown as EventFeature);
}

/**
 * Puts the properties in contract order and trims string values: YAML block scalars (`>`) end
 * with a newline that is not part of the text. A bare year such as `date: 2017` reads as a YAML
 * number; it is turned back into the string the editor meant.
 */
function normalise(fields: Record<string, unknown>): Record<string, unknown> {
  const known = PROPERTY_ORDER.filter((key) => key in fields);
  const rest = Object.keys(fields).filter((key) => !PROPERTY_ORDER.includes(key));
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) out[key] = trimStrings(fields[key]);
  if (typeof out.date === 'number' && Number.isInteger(out.date)) out.date = String(out.date);
  return out;
}

function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimStrings(v)]));
  return value;
}

/**
 * Five decimals is about a metre: more than any source supports, and it keeps the file small.
 * Rounding can make neighbouring vertices equal, which geometry checks read as a spike, so
 * repeats are dropped.
 */
function roundCoordinates(geometry: Geometry): Geometry {
  const feature: Feature = { type: 'Feature', properties: {}, geometry };
  const rounded = truncate(feature, { precision: 5, coordinates: 2 }).geometry;
  switch (rounded.type) {
    case 'LineString':
      return { ...rounded, coordinates: dropRepeats(rounded.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...rounded, coordinates: rounded.coordinates.map(dropRepeats) } as Geometry;
    case 'MultiPolygon':
      return { ...rounded, coordinates: rounded.coordinates.map((rings) => rings.map(dropRepeats)) };
    default:
      return rounded;
  }
}

function dropRepeats(line: Position[]): Position[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}
