import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateEvents } from './validate';

// Times are UTC (see time.test.ts); pinned so expectations read the same everywhere.
process.env.TZ = 'UTC';

const fixture = JSON.parse(
  readFileSync(new URL('../../e2e/fixtures/events.sample.geojson', import.meta.url), 'utf8'),
) as { features: Array<{ properties: Record<string, unknown>; geometry: unknown }> };

/** A fresh, valid feature to break one field at a time. */
function feature(overrides: Record<string, unknown> = {}, geometry: unknown = { type: 'Point', coordinates: [36.9, 34.5] }) {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id: 'shayrat-strike',
      title: 'Missiles strike an airfield',
      summary: 'One sentence.',
      kind: 'strike',
      date: '2017-04-06',
      actors: ['United States'],
      place: 'Shayrat Airfield',
      location_precision: 'site',
      sources: [{ article: 'wsj-2017-04-08', excerpt: 'a verbatim quote' }],
      ...overrides,
    },
  };
}

describe('validateEvents', () => {
  it('accepts every feature of the sample fixture, one of each geometry type', () => {
    const { events, problems } = validateEvents(fixture.features);
    expect(problems).toEqual([]);
    expect(events).toHaveLength(fixture.features.length);
    expect(new Set(events.map((e) => e.geometry.type))).toEqual(
      new Set(['Point', 'MultiPoint', 'LineString', 'Polygon', 'MultiPolygon']),
    );
  });

  it('turns the EDTF date into a closed interval with its precision and qualifiers', () => {
    const [event] = validateEvents([feature({ date: '2015-07?' })]).events;
    expect(event).toMatchObject({
      start: Date.UTC(2015, 6, 1),
      end: Date.UTC(2015, 7, 1) - 1,
      precision: 'month',
      uncertain: true,
      openStart: false,
      openEnd: false,
    });
  });

  it('flags an open start and places the event at its end period', () => {
    const [event] = validateEvents([feature({ date: '/2015-07' })]).events;
    expect(event).toMatchObject({ openStart: true, start: Date.UTC(2015, 6, 1), precision: 'interval' });
  });

  it('copies only the contract fields, keeping optional notes', () => {
    const [event] = validateEvents([feature({ date_note: 'read from the dateline', extra: 'x' })]).events;
    expect(event?.date_note).toBe('read from the dateline');
    expect(event).not.toHaveProperty('extra');
  });

  it.each([
    ['properties.kind', { kind: 'airstrike' }, /"airstrike" is not one of strike/],
    ['properties.date', { date: 'April 2017' }, /"April 2017" is not a usable EDTF date/],
    ['properties.date', { date: undefined }, /undefined is not a usable EDTF date/],
    ['properties.title', { title: '  ' }, /non-empty string/],
    ['properties.actors', { actors: 'Russia' }, /list of names/],
    ['properties.location_precision', { location_precision: 'exact' }, /"exact" is not one of site/],
    ['properties.sources', { sources: [] }, /at least one source/],
    ['properties.sources', { sources: [{ article: 'a' }] }, /source 1 needs an article id and an excerpt/],
  ])('skips a feature with a bad %s and says why', (field, overrides, message) => {
    const { events, problems } = validateEvents([feature(overrides)]);
    expect(events).toEqual([]);
    expect(problems).toEqual([{ id: 'shayrat-strike', field, message: expect.stringMatching(message) }]);
  });

  it.each([
    [null, /is missing/],
    [{ type: 'GeometryCollection', geometries: [] }, /"GeometryCollection" is not one of Point/],
    [{ type: 'Point', coordinates: [236.9, 34.5] }, /not a \[lon, lat\] position in range/],
    [{ type: 'LineString', coordinates: [] }, /non-empty array/],
    [{ type: 'Polygon', coordinates: [[36, 34], [37, 35]] }, /not a \[lon, lat\] position/],
  ])('skips a feature with bad geometry %j', (geometry, message) => {
    const { events, problems } = validateEvents([feature({}, geometry)]);
    expect(events).toEqual([]);
    expect(problems).toEqual([{ id: 'shayrat-strike', field: 'geometry', message: expect.stringMatching(message) }]);
  });

  it('keeps every good feature when one is broken, reporting only the broken one', () => {
    const features = [feature({ id: 'a' }), feature({ id: 'b', kind: 'nope' }), feature({ id: 'c' })];
    const { events, problems } = validateEvents(features);
    expect(events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(problems.map((p) => [p.id, p.field])).toEqual([['b', 'properties.kind']]);
  });

  it('skips the second of two features with the same id', () => {
    const { events, problems } = validateEvents([feature(), feature({ title: 'Another' })]);
    expect(events).toHaveLength(1);
    expect(problems).toEqual([{ id: 'shayrat-strike', field: 'properties.id', message: 'is used by an earlier feature too' }]);
  });

  it('names a feature without an id by its position', () => {
    const { problems } = validateEvents([feature(), { type: 'Feature', geometry: null }, 'nonsense']);
    expect(problems).toEqual([
      { id: 'feature #2', field: 'properties', message: 'is missing' },
      { id: 'feature #3', field: 'type', message: 'is not a GeoJSON Feature' },
    ]);
  });

  it('reports every bad field of one feature, not just the first', () => {
    const { problems } = validateEvents([feature({ kind: 'x', date: 'y' })]);
    expect(problems.map((p) => p.field)).toEqual(['properties.kind', 'properties.date']);
  });
});
