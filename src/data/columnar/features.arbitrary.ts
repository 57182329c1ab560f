/**
 * Generated datasets for the columnar format's property tests: every member a feature may
 * have (3D points, extras under awkward names, optional text of every plane, feature ids)
 * and the `sortie` member.
 */
import fc from 'fast-check';
import type { OpenEventFeature, SortieMeta } from '../dataset-format';
import { validDate, validGeometry } from '../dataset.arbitrary';
import { LOCATION_PRECISIONS } from '../types';

/** Unicode text of every plane (emoji, combining marks, RTL), empty now and then. */
const anyText = fc.string({ unit: 'binary', maxLength: 20 });
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** 3D positions too (WKB Z), which the app's generator leaves out. */
const geometry = fc.oneof(
  { weight: 4, arbitrary: validGeometry },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ noNaN: true }))
    .map((coordinates) => ({ type: 'Point', coordinates })) },
);

// Spread: fast-check's records have no prototype, which a parsed file's objects have.
const source = fc.record({ article: text, excerpt: anyText, name: text, url: text }, { requiredKeys: [] }).map((s) => ({ ...s }));

const FORMAT_KEYS = new Set(['id', 'title', 'kind', 'date', 'summary', 'date_note', 'actors', 'actor_note', 'place',
  'location_precision', 'place_note', 'sources', 'subject_geometry']);
const extraKey = fc.oneof(fc.constantFrom('fatalities', 'geometry', 'feature_id', 'sortie_overflow', 'extra_geometry', '__proto__'), fc.string({ minLength: 1, maxLength: 8 }))
  .filter((k) => !FORMAT_KEYS.has(k));
/**
 * Extra scalars; the same key may hold numbers in one feature and text in another. Numbers
 * JSON cannot write (−0, NaN, ±Infinity) are left out: where a value overflows, it is
 * JSON, and comes back as a GeoJSON file would give it (0, null).
 */
const extraValue = fc.oneof(anyText, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)), fc.boolean());
/** Built with defineProperty so that `__proto__` is an own key, as JSON.parse makes it. */
const extras = fc.array(fc.tuple(extraKey, extraValue), { maxLength: 4 }).map((pairs) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of pairs) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
});

export const validFeature = fc.record({
  geometry,
  title: text,
  kind: text,
  date: validDate,
  summary: opt(anyText),
  date_note: opt(anyText),
  actors: opt(fc.array(anyText, { maxLength: 3 })),
  actor_note: opt(anyText),
  place: opt(anyText),
  location_precision: opt(fc.constantFrom(...LOCATION_PRECISIONS)),
  place_note: opt(anyText),
  sources: opt(fc.array(source, { maxLength: 3 })),
  subject_geometry: opt(validGeometry),
  extras,
  featureId: fc.constantFrom('same', 'none', 'other'),
});

/** Features with unique ids and no undefined members, as a GeoJSON file would give them. */
export const features = fc.array(validFeature, { maxLength: 12 }).map((list) => list.map(({ geometry: g, extras: x, featureId, ...rest }, i) => {
  const properties: Record<string, unknown> = { ...x, id: `ev-${i + 1}` };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) properties[k] = v;
  const feature: Record<string, unknown> = { type: 'Feature', geometry: g, properties };
  if (featureId === 'same') feature.id = properties.id;
  if (featureId === 'other') feature.id = `f${i}`;
  return feature as unknown as OpenEventFeature;
}));

export const meta: fc.Arbitrary<SortieMeta | undefined> = opt(fc.record({
  version: fc.constant(1 as const),
  title: text,
  description: anyText,
  credits: anyText,
  bbox: fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  kinds: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.record({ label: text, color: fc.constant('#112233') }, { requiredKeys: [] })),
  articles: fc.array(fc.record({ id: text, headline: text, publisher: fc.option(text, { nil: null }) }), { maxLength: 2 }),
}, { requiredKeys: [] }));
