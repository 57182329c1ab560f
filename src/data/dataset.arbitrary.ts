/**
 * Random datasets for property tests (fast-check): valid features of every geometry type and
 * date form, mixed with features broken in one known way each. Every generated feature says
 * how the validator must name it (`id` or "feature #n") and, when broken, which field it
 * must blame, so the tests have an oracle that does not ask the code under test.
 *
 * Test-only: imported by src/data/*.property.test.ts and e2e/robustness.spec.ts, never by
 * the app (so fast-check is never bundled).
 */
import fc from 'fast-check';
import { EVENT_KINDS, LOCATION_PRECISIONS } from './types';

export interface GeneratedFeature {
  /** The feature as it goes into the dataset (may be anything at all when broken). */
  feature: unknown;
  /** How a problem must name it: its id, or "feature #n" (1-based) when it has no usable id. */
  name: string;
  /** The field the validator must blame; null for a valid feature. */
  field: string | null;
  /** For a valid feature: the events list shows it. */
  valid: boolean;
}

type Props = Record<string, unknown>;
type Feature = { type: string; geometry: unknown; properties: Props };

const text = fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');

// ── dates ─────────────────────────────────────────────────────────────────────────────

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Mostly recent years; now and then the very first and last years the rules allow. */
const year = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1900, max: 2100 }) }, { weight: 1, arbitrary: fc.constantFrom(1, 99, 1000, 9999) });
const day = fc.record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const qualifier = fc.constantFrom('', '', '', '?', '~', '%');

const utcDay = (y: number, m: number, d: number) => new Date(0).setUTCFullYear(y, m - 1, d);
const isoDay = (t: number) => {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const ymd = ({ y, m, d }: { y: number; m: number; d: number }) => isoDay(utcDay(y, m, d));
const ym = ({ y, m }: { y: number; m: number }) => `${pad(y, 4)}-${pad(m)}`;
const yyyy = ({ y }: { y: number }) => pad(y, 4);

/** Dates the rules accept: every EDTF form the app places in time. */
export const validDate: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(day, qualifier).map(([v, q]) => `${ymd(v)}${q}`),
  fc.tuple(day, qualifier).map(([v, q]) => `${ym(v)}${q}`),
  fc.tuple(day, qualifier).map(([v, q]) => `${yyyy(v)}${q}`),
  fc.tuple(day, fc.integer({ min: 1, max: 400 }))
    .map(([v, days]) => `${ymd(v)}/${isoDay(utcDay(v.y, v.m, v.d) + days * 86_400_000)}`)
    .filter((s) => !s.includes('/10000')),
  day.chain((v) => fc.constantFrom(`/${ym(v)}`, `../${ym(v)}`, `${ym(v)}/`, `${ym(v)}/..`)),
  day.map((v) => `${yyyy(v).slice(0, 3)}X`).filter((s) => s !== '000X'),
  day.map((v) => `${yyyy(v)}-XX`),
  fc.tuple(day, fc.constantFrom(21, 22, 23, 24)).map(([v, season]) => `${yyyy(v)}-${season}`),
  fc.tuple(day, fc.integer({ min: 1, max: 3 })).map(([v, k]) => `[${yyyy(v)},${pad(Math.min(9999, v.y + k), 4)}]`),
);

/** Dates the rules must reject, each for a reason the problem states. */
export const invalidDate: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  'Y170000002', 'Y-170000002', 'Y12345', '0000', 'XXXX', 'XXXX-XX-XX', '1XXX', '1800/2017',
  '[..2017]', '[2017..]', '../..', '/', '20XX?', 'April 2017', '2017-13-01', '2017-02-30', '', '  ', 2017, null, true, ['2017'],
);

// ── geometry ──────────────────────────────────────────────────────────────────────────

const lon = fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true });
const position = fc.tuple(lon, lat).map(([x, y]) => [x, y]);
const line = fc.array(position, { minLength: 2, maxLength: 5 });
const ring = fc.array(position, { minLength: 3, maxLength: 5 }).map((ps) => [...ps, ps[0]!]);
const polygon = fc.array(ring, { minLength: 1, maxLength: 2 });

export const validGeometry: fc.Arbitrary<{ type: string; coordinates: unknown }> = fc.oneof(
  { weight: 4, arbitrary: position.map((coordinates) => ({ type: 'Point', coordinates })) },
  { weight: 1, arbitrary: fc.array(position, { minLength: 1, maxLength: 4 }).map((coordinates) => ({ type: 'MultiPoint', coordinates })) },
  { weight: 2, arbitrary: line.map((coordinates) => ({ type: 'LineString', coordinates })) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((coordinates) => ({ type: 'MultiLineString', coordinates })) },
  { weight: 2, arbitrary: polygon.map((coordinates) => ({ type: 'Polygon', coordinates })) },
  { weight: 1, arbitrary: fc.array(polygon, { minLength: 1, maxLength: 2 }).map((coordinates) => ({ type: 'MultiPolygon', coordinates })) },
);

const badNumber = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, null, '36.5', 181, -180.5);
const badLat = fc.constantFrom<unknown>(Number.NaN, Infinity, null, 90.01, -95);

export const invalidGeometry: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 'POINT(36 34)', {}, { type: 'GeometryCollection', geometries: [] }, { type: 'Circle', coordinates: [36, 34] }),
  fc.tuple(badNumber, lat).map(([x, y]) => ({ type: 'Point', coordinates: [x, y] })),
  fc.tuple(lon, badLat).map(([x, y]) => ({ type: 'Point', coordinates: [x, y] })),
  fc.constantFrom('Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon')
    .map((type) => ({ type, coordinates: [] })),
  position.map((p) => ({ type: 'LineString', coordinates: [p] })),
  fc.tuple(line, badNumber).map(([ps, bad]) => ({ type: 'LineString', coordinates: [...ps, [bad, 10]] })),
  fc.array(position, { minLength: 4, maxLength: 5 }).filter((ps) => ps[0]![0] !== ps.at(-1)![0])
    .map((ps) => ({ type: 'Polygon', coordinates: [ps] })),
  fc.tuple(polygon, badLat).map(([rings, bad]) => ({ type: 'MultiPolygon', coordinates: [rings, [[[0, 0], [1, bad], [1, 1], [0, 0]]]] })),
);

// ── features ──────────────────────────────────────────────────────────────────────────

/** A valid feature (its id is set when the dataset is assembled). */
const validFeature: fc.Arbitrary<Feature> = fc.record({
  geometry: validGeometry,
  title: text,
  summary: text,
  kind: fc.constantFrom(...EVENT_KINDS),
  date: validDate,
  actors: fc.array(text, { maxLength: 3 }),
  place: text,
  location_precision: fc.constantFrom(...LOCATION_PRECISIONS),
  sources: fc.array(fc.record({ article: text, excerpt: text }), { minLength: 1, maxLength: 2 }),
  date_note: fc.option(text, { nil: undefined }),
}).map(({ geometry, date_note, ...properties }) => ({
  type: 'Feature',
  geometry,
  properties: date_note === undefined ? properties : { ...properties, date_note },
}));

/** One way to break a feature: what it does and which field the validator must blame. */
interface Breakage {
  field: string;
  /** The feature loses its usable id, so problems name it by position. */
  anonymous?: boolean;
  apply(f: Feature): unknown;
}

const set = (key: string, value: unknown) => (f: Feature): Feature => ({ ...f, properties: { ...f.properties, [key]: value } });

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  { weight: 4, arbitrary: invalidDate.map((d): Breakage => ({ field: 'properties.date', apply: set('date', d) })) },
  { weight: 4, arbitrary: invalidGeometry.map((g): Breakage => ({ field: 'geometry', apply: (f) => ({ ...f, geometry: g }) })) },
  fc.constantFrom<Breakage>(
    { field: 'properties.kind', apply: set('kind', '') },
    { field: 'properties.title', apply: set('title', 42) },
    { field: 'properties.summary', apply: set('summary', 7) },
    { field: 'properties.place', apply: set('place', null) },
    { field: 'properties.actors', apply: set('actors', 'Russia') },
    { field: 'properties.location_precision', apply: set('location_precision', 'exact') },
    { field: 'properties.sources', apply: set('sources', 'Reuters') },
    { field: 'properties.sources', apply: set('sources', [{ excerpt: 'a quote with nothing to cite' }]) },
    { field: 'properties.date_note', apply: set('date_note', 7) },
    { field: 'properties.id', anonymous: true, apply: set('id', 17) },
    { field: 'properties.id', anonymous: true, apply: set('id', undefined) },
    { field: 'properties', anonymous: true, apply: (f) => ({ type: 'Feature', geometry: f.geometry }) },
    { field: 'properties', anonymous: true, apply: (f) => ({ ...f, properties: 'none' }) },
    { field: 'type', apply: (f) => ({ ...f, type: 'Point' }) },
    { field: 'type', anonymous: true, apply: () => null },
    { field: 'type', anonymous: true, apply: () => 'a feature' },
    { field: 'type', anonymous: true, apply: () => [1, 2] },
  ),
);

const slot = fc.oneof(
  { weight: 3, arbitrary: validFeature.map((f) => ({ f, broken: null as Breakage | null })) },
  { weight: 2, arbitrary: fc.tuple(validFeature, breakage).map(([f, broken]) => ({ f, broken })) },
);

/** Gives each feature a unique id and works out how the validator must name it. */
function assemble(slots: ReadonlyArray<{ f: Feature; broken: Breakage | null }>, prefix: string): GeneratedFeature[] {
  return slots.map(({ f, broken }, i) => {
    const id = `${prefix}${i + 1}`;
    const withId = { ...f, properties: { ...f.properties, id } };
    if (!broken) return { feature: withId, name: id, field: null, valid: true };
    return { feature: broken.apply(withId), name: broken.anonymous ? `feature #${i + 1}` : id, field: broken.field, valid: false };
  });
}

/** A dataset of 0 to `maxLength` features, about two in five of them broken. */
export function datasetArbitrary({ maxLength = 12, prefix = 'ev-' } = {}): fc.Arbitrary<GeneratedFeature[]> {
  return fc.array(slot, { maxLength }).map((slots) => assemble(slots, prefix));
}

/**
 * The dataset as GeoJSON text, as a server would send it. JSON has no NaN or Infinity:
 * Infinity is written `1e999` (which JSON.parse reads back as Infinity) and NaN `null`.
 */
export function toGeoJsonText(features: readonly GeneratedFeature[]): string {
  const [inf, negInf] = ['@@sortie+inf@@', '@@sortie-inf@@'];
  const json = JSON.stringify({ type: 'FeatureCollection', features: features.map((g) => g.feature) }, (_key, value: unknown) => {
    if (value === Infinity) return inf;
    if (value === -Infinity) return negInf;
    return value;
  });
  return json.replaceAll(`"${inf}"`, '1e999').replaceAll(`"${negInf}"`, '-1e999');
}
