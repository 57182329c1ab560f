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

  it('copies the contract fields and keeps other scalar properties as extras, nothing else', () => {
    const [event] = validateEvents([feature({
      date_note: 'read from the dateline', fatalities: 12, sub_event_type: 'Air strike', verified: false,
      nested: { a: 1 }, list: [1, 2], nothing: null, huge: Infinity,
    })]).events;
    expect(event?.date_note).toBe('read from the dateline');
    expect(event?.extra).toEqual({ fatalities: 12, sub_event_type: 'Air strike', verified: false });
  });

  it('gives a curated event no extras at all', () => {
    expect(validateEvents([feature()]).events[0]).not.toHaveProperty('extra');
  });

  it('accepts any kind id, and an event with only id, title, kind, date and geometry', () => {
    const minimal = { type: 'Feature', geometry: { type: 'Point', coordinates: [-70.6, -33.4] },
      properties: { id: 'q1', title: 'Quake near Santiago', kind: 'earthquake', date: '1997-10-14' } };
    const { events, problems } = validateEvents([minimal]);
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject({ kind: 'earthquake', summary: '', place: '', actors: [], sources: [], location_precision: 'site' });
  });

  it.each([
    [{ type: 'Point', coordinates: [1, 2] }, 'site'],
    [{ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] }, 'site'],
    [{ type: 'LineString', coordinates: [[1, 2], [3, 4]] }, 'route'],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, 'region'],
  ])('derives the location precision of a %j from its type', (geometry, precision) => {
    const [event] = validateEvents([feature({ location_precision: undefined }, geometry)]).events;
    expect(event?.location_precision).toBe(precision);
  });

  it('keeps sources that name or link their source instead of citing an article', () => {
    const sources = [{ name: 'Reuters; local media' }, { url: 'https://example.org/r', excerpt: 'quoted' }, { article: 'a' }];
    expect(validateEvents([feature({ sources })]).events[0]?.sources).toEqual(sources);
  });

  it.each([
    ['properties.kind', { kind: '  ' }, /non-empty string/],
    ['properties.kind', { kind: 7 }, /non-empty string/],
    ['properties.date', { date: 'April 2017' }, /"April 2017" is not a usable EDTF date/],
    ['properties.date', { date: undefined }, /undefined is not a usable EDTF date: it must be text/],
    ['properties.title', { title: '  ' }, /non-empty string/],
    ['properties.actors', { actors: 'Russia' }, /list of names/],
    ['properties.location_precision', { location_precision: 'exact' }, /"exact" is not one of site/],
    ['properties.summary', { summary: 3 }, /must be text/],
    ['properties.sources', { sources: 'Reuters' }, /must be a list of sources/],
    ['properties.sources', { sources: [{ excerpt: 'a quote alone' }] }, /source 1 needs an article id, a name or a url/],
    ['properties.sources', { sources: [{ name: 'Reuters', url: 5 }] }, /source 1 needs an article id, a name or a url/],
  ])('skips a feature with a bad %s and says why', (field, overrides, message) => {
    const { events, problems } = validateEvents([feature(overrides)]);
    expect(events).toEqual([]);
    expect(problems).toEqual([{ id: 'shayrat-strike', field, message: expect.stringMatching(message) }]);
  });

  const square = [[36, 34], [37, 34], [37, 35], [36, 34]];
  it.each([
    [null, /^is missing$/],
    [{ type: 'GeometryCollection', geometries: [] }, /"GeometryCollection" is not one of Point/],
    [{ type: 'constructor', coordinates: [] }, /"constructor" is not one of Point/],
    [{ type: 'Point', coordinates: [236.9, 34.5] }, /^coordinates: longitude 236.9 is outside −180…180$/],
    [{ type: 'Point', coordinates: [36.9, -90.5] }, /^coordinates: latitude -90.5 is outside −90…90$/],
    [{ type: 'Point', coordinates: [Infinity, 34.5] }, /not a finite number/],
    [{ type: 'Point', coordinates: [Number.NaN, 34.5] }, /not a finite number/],
    [{ type: 'Point', coordinates: [36.9, 34.5, Infinity] }, /not a finite number/],
    [{ type: 'Point', coordinates: [null, 34.5] }, /not a finite number/],
    [{ type: 'Point', coordinates: ['36.9', 34.5] }, /not a finite number/],
    [{ type: 'Point', coordinates: [36.9] }, /not a \[longitude, latitude\] position/],
    [{ type: 'Point', coordinates: [36.9, 34.5, 0, 1] }, /not a \[longitude, latitude\] position/],
    [{ type: 'Point' }, /^coordinates: undefined is not a \[longitude, latitude\] position$/],
    [{ type: 'MultiPoint', coordinates: [] }, /^coordinates must be a non-empty list$/],
    [{ type: 'MultiPoint', coordinates: [[36, 34], [36, 95]] }, /^coordinates\[1\]: latitude 95/],
    [{ type: 'LineString', coordinates: [] }, /^coordinates must be a non-empty list$/],
    [{ type: 'LineString', coordinates: [[36, 34]] }, /^coordinates is a line with fewer than 2 positions$/],
    [{ type: 'MultiLineString', coordinates: [[[36, 34], [37, 35]], [[36, 34], [Infinity, 35]]] }, /^coordinates\[1\]\[1\]: .*not a finite number/],
    [{ type: 'Polygon', coordinates: [[36, 34], [37, 35]] }, /^coordinates\[0\] is a polygon ring with fewer than 4 positions$/],
    [{ type: 'Polygon', coordinates: [[[36, 34], [37, 34], [37, 35], [36, 35]]] }, /^coordinates\[0\] is a polygon ring that is not closed/],
    [{ type: 'Polygon', coordinates: 'square' }, /^coordinates must be a list, not "square"$/],
    [{ type: 'MultiPolygon', coordinates: [[square], [[[36, 34], [37, 34], [37, 35], [36, 35], [36.5, 34]]]] }, /^coordinates\[1\]\[0\] is a polygon ring that is not closed/],
    [{ type: 'MultiPolygon', coordinates: [[square], []] }, /^coordinates\[1\] must be a non-empty list$/],
  ])('skips a feature with bad geometry %j', (geometry, message) => {
    const { events, problems } = validateEvents([feature({}, geometry)]);
    expect(events).toEqual([]);
    expect(problems).toEqual([{ id: 'shayrat-strike', field: 'geometry', message: expect.stringMatching(message) }]);
  });

  it.each([
    ['Y170000002', /"Y170000002" names the year 170,000,002; the map can place dates from year 1 to 9999 only/],
    ['Y-170000002', /names the year -170,000,002/],
    ['Y12345', /names the year 12,345/],
    ['0000', /names the year 0;/],
    ['XXXX', /"XXXX" is too vague to place in time: it spans about 10,000 years, and one event may span at most 100/],
    ['XXXX-XX-XX', /too vague to place in time/],
    ['1XXX', /spans about 1,000 years/],
    ['1900/2017', /spans about 118 years/],
    ['[..2017]', /"\[..2017\]" is not bounded: it gives no earliest date/],
    ['[2017..]', /is not bounded: it gives no latest date/],
    ['../..', /"..\/.." is not bounded: it gives neither a start nor an end/],
    ['/', /is not bounded: it gives neither a start nor an end/],
    ['20XX?', /"20XX\?" is not a usable EDTF date \(Syntax error/],
    ['', /"" is not a usable EDTF date: it must be text such as "2017-04-06"/],
    [2017, /2017 is not a usable EDTF date: it must be text/],
    [null, /null is not a usable EDTF date: it must be text/],
  ])('skips a feature dated %j and says why', (date, message) => {
    const { events, problems } = validateEvents([feature({ date })]);
    expect(events).toEqual([]);
    expect(problems).toEqual([{ id: 'shayrat-strike', field: 'properties.date', message: expect.stringMatching(message) }]);
  });

  it.each([
    ['2017/..', Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1) - 1, { openEnd: true }],
    ['../2017', Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1) - 1, { openStart: true }],
    ['201X', Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1) - 1, {}],
    ['20XX', Date.UTC(2000, 0, 1), Date.UTC(2100, 0, 1) - 1, {}],
    ['2017-XX', Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1) - 1, {}],
    ['1920/2019', Date.UTC(1920, 0, 1), Date.UTC(2020, 0, 1) - 1, {}],
    ['0001', new Date(0).setUTCFullYear(1, 0, 1), new Date(0).setUTCFullYear(2, 0, 1) - 1, {}],
    ['9999-12-31', Date.UTC(9999, 11, 31), Date.UTC(10000, 0, 1) - 1, {}],
  ])('places %s in time: finite, bounded, at most a century', (date, start, end, flags) => {
    const { events, problems } = validateEvents([feature({ date })]);
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject({ start, end, openStart: false, openEnd: false, ...flags });
  });

  it('gives a date with a time of day day precision', () => {
    expect(validateEvents([feature({ date: '2017-04-06T10:00:00Z' })]).events[0]?.precision).toBe('day');
  });

  it('keeps only the type and coordinates of a geometry', () => {
    const geometry = { type: 'Point', coordinates: [36.9, 34.5], bbox: [0, 0, 1, 1], crs: 'x' };
    expect(validateEvents([feature({}, geometry)]).events[0]?.geometry).toEqual({ type: 'Point', coordinates: [36.9, 34.5] });
  });

  it('keeps every good feature when one is broken, reporting only the broken one', () => {
    const features = [feature({ id: 'a' }), feature({ id: 'b', kind: '' }), feature({ id: 'c' })];
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
    const { problems } = validateEvents([feature({ kind: null, date: 'y' })]);
    expect(problems.map((p) => p.field)).toEqual(['properties.kind', 'properties.date']);
  });
});
