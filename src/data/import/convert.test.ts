import { describe, expect, it } from 'vitest';
import type { OpenEventFeature } from '../dataset-format';
import { createConverter, describeProblem, type Converted } from './convert';
import { DatasetCollector } from './collect';
import { parseMappingJson } from './mapping';
import { detectMapping, detectPreset } from './detect';

const feature = (c: Converted) => {
  if ('problems' in c) throw new Error(c.problems.map(describeProblem).join('\n'));
  return c.feature;
};

describe('createConverter', () => {
  it('fills defaults: kind "event", title from place and date, a stable hash id, no actors, site', () => {
    const convert = createConverter({ date: 'd', lat: 'lat', lon: 'lon', place: 'town' });
    const row = { d: '2018-02-06', lat: '34.49', lon: '-118.66', town: 'Castaic', mag: '2.0' };
    const f = feature(convert(row, 1));
    expect(f.properties).toMatchObject({ kind: 'event', title: 'Castaic, 2018-02-06', actors: [], location_precision: 'site', mag: 2 });
    expect(f.properties.id).toMatch(/^r[0-9a-z]+$/);
    expect(feature(createConverter({ date: 'd', lat: 'lat', lon: 'lon' })(row, 5)).properties.id).toBe(f.properties.id);
    // Two identical rows stay two events with different ids.
    expect(feature(convert(row, 2)).properties.id).toBe(`${f.properties.id}-2`);
  });

  it('names each bad field of a row', () => {
    const convert = createConverter({ date: 'event_date', lat: 'lat', lon: 'lon' });
    const result = convert({ event_date: '31-02-2019', lat: '95', lon: '10' }, 17);
    expect('problems' in result && result.problems.map(describeProblem)).toEqual([
      'row 17, column "event_date": "31-02-2019" is not a date',
      'row 17, column "lat": "95" is out of range for a latitude (-90 to 90)',
    ]);
  });

  it('keeps EDTF a date column already holds (intervals, qualifiers), and still refuses what places nothing', () => {
    const convert = createConverter({ date: 'date', lat: 'lat', lon: 'lon' });
    const dateOf = (date: string, n: number) => feature(convert({ date, lat: '35', lon: '36' }, n)).properties.date;
    expect(dateOf('2009-07-23/2009-08-07', 1)).toBe('2009-07-23/2009-08-07');
    expect(dateOf(' 2017-04-08? ', 2)).toBe('2017-04-08?');
    expect(dateOf('2015-09?/2015-10-15', 3)).toBe('2015-09?/2015-10-15');
    expect(dateOf('201X', 4)).toBe('201X');
    // Plain dates keep their own reading: a datetime is still its day.
    expect(dateOf('2019-03-14T10:00', 5)).toBe('2019-03-14');
    for (const [date, n] of [['2019-08-07/2009-07-23', 7], ['XXXX', 8], ['12/03/2019', 9]] as const) {
      const out = convert({ date, lat: '35', lon: '36' }, n);
      expect('problems' in out, date).toBe(true);
    }
  });

  it('makes a start/end pair an interval, and refuses one that ends first', () => {
    const convert = createConverter({ start: 's', end: 'e', geometry: 'wkt' });
    const f = feature(convert({ s: '2019-03-01', e: '2019-03-07', wkt: 'LINESTRING (30 10, 10 30)' }, 1));
    expect(f.properties).toMatchObject({ date: '2019-03-01/2019-03-07', location_precision: 'route' });
    expect(f.geometry.type).toBe('LineString');
    const bad = convert({ s: '2019-03-07', e: '2019-03-01', wkt: 'POINT (1 2)' }, 2);
    expect('problems' in bad && bad.problems[0]?.message).toMatch(/ends \(2019-03-01\) before it starts/);
  });

  it('flags duplicate ids from an id column with the first row', () => {
    const convert = createConverter({ date: 'd', lat: 'y', lon: 'x', id: 'id' });
    feature(convert({ id: 'A', d: '2019', y: '1', x: '1' }, 1));
    const again = convert({ id: 'A', d: '2019', y: '1', x: '1' }, 2);
    expect('problems' in again && describeProblem(again.problems[0]!)).toBe('row 2, column "id": "A" repeats the id of row 1');
  });

  it('splits actors, reads a URL source, and uses the feature geometry', () => {
    const convert = createConverter({ date: 'd', actors: ['a1', 'a2'], source: 'src', kind: 'type' });
    const f = feature(convert({ d: '2019', a1: 'X; Y', a2: 'Y', src: 'https://example.org/a', type: 'Air strike' }, 1, { type: 'Point', coordinates: [1, 2] }));
    expect(f.properties).toMatchObject({ actors: ['X', 'Y'], sources: [{ url: 'https://example.org/a' }], kind: 'air-strike' });
    const named = feature(convert({ d: '2019', src: 'Reuters' }, 2, { type: 'Point', coordinates: [1, 2] }));
    expect(named.properties.sources).toEqual([{ name: 'Reuters' }]);
  });
});

describe('ACLED and UCDP presets', () => {
  const acled = createConverter({ preset: 'acled', date: 'event_date', lat: 'latitude', lon: 'longitude', kind: 'event_type', id: 'event_id_cnty' });
  const row = { event_id_cnty: 'X1', event_date: '14 March 2019', event_type: 'Battles', latitude: '1', longitude: '2', time_precision: '1', geo_precision: '2', fatalities: '3' };
  it('maps time_precision to a day, the week around it, or the month', () => {
    expect(feature(acled(row, 1)).properties).toMatchObject({ date: '2019-03-14', location_precision: 'city', fatalities: 3 });
    expect(feature(acled({ ...row, event_id_cnty: 'X2', time_precision: '2' }, 2)).properties.date).toBe('2019-03-11/2019-03-17');
    expect(feature(acled({ ...row, event_id_cnty: 'X3', time_precision: '3', geo_precision: '3' }, 3)).properties).toMatchObject({ date: '2019-03', location_precision: 'region' });
    const bad = acled({ ...row, event_id_cnty: 'X4', time_precision: '9' }, 4);
    expect('problems' in bad && describeProblem(bad.problems[0]!)).toMatch(/column "time_precision": "9" is not a time_precision code/);
  });
  it('maps UCDP violence types and where_prec', () => {
    const ucdp = createConverter({ preset: 'ucdp', start: 'date_start', end: 'date_end', lat: 'latitude', lon: 'longitude', kind: 'type_of_violence' });
    const r = { date_start: '2019-03-01', date_end: '2019-03-31', latitude: '1', longitude: '2', type_of_violence: '3', where_prec: '6' };
    const c = ucdp(r, 1);
    expect(feature(c).properties).toMatchObject({ kind: 'one-sided', date: '2019-03', location_precision: 'country' });
    expect('kindLabel' in c && c.kindLabel).toBe('One-sided violence');
  });
});

describe('DatasetCollector', () => {
  it('derives kinds in first-use order, the bbox and the actors', () => {
    const c = new DatasetCollector();
    const f = (kind: string, x: number, y: number, date: string, actors: string[] = []): OpenEventFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x, y] },
      properties: { id: kind + x, title: 't', kind, date, actors },
    });
    c.add(f('protests', 10, 5, '2019-03-01', ['A']));
    c.add(f('battles', -20, 40, '2018-01/2018-02', ['B', 'A']), 'Battles');
    c.add(f('protests', 30, -10, '2020'), 'Protests');
    c.add(f('quarry-blast', 0, 0, '2019'), 'quarry blast');
    const meta = c.finish({ title: 'T' });
    expect(Object.keys(meta.kinds ?? {})).toEqual(['protests', 'battles', 'quarry-blast']);
    expect(meta.kinds?.['quarry-blast']).toEqual({ label: 'quarry blast' });
    expect(meta.kinds?.battles).toEqual({});
    expect(meta).toMatchObject({ version: 1, title: 'T', bbox: [-20, -10, 30, 40], actors: { A: {}, B: {} } });
    expect(c.count).toBe(4);
    expect(c.dateRange).toEqual(['2018-01', '2020']);
  });
});

describe('parseMappingJson', () => {
  it('reads the fields and explains mistakes', () => {
    expect(parseMappingJson('{"date":"d","actors":"a"}')).toEqual({ date: 'd', actors: ['a'] });
    expect(() => parseMappingJson('{"dtae":"d"}')).toThrow(/unknown member "dtae"/);
    expect(() => parseMappingJson('{"tz":"Mars/Olympus"}')).toThrow(/not an IANA time zone/);
    expect(() => parseMappingJson('{"lat":"y"}')).toThrow(/"lat" and "lon" go together/);
    expect(() => parseMappingJson('[1]')).toThrow(/one JSON object/);
    expect(() => parseMappingJson('{')).toThrow(/not JSON/);
    expect(() => parseMappingJson('{"title": 3}')).toThrow(/"title" must be a non-empty string/);
  });
});

describe('detectMapping', () => {
  it('finds columns by name and checks their values', () => {
    const columns = ['Name', 'Lat', 'x', 'when', 'event_type', 'notes', 'city', 'actor1', 'actor2', 'Y'];
    const sample = [
      { Name: 'A', Lat: '200', Y: '40.1', x: '-3.5', when: '2019-03-01', event_type: 'Raid', notes: 'n', city: 'C', actor1: 'p', actor2: 'q' },
      { Name: 'B', Lat: '300', Y: '41.2', x: '-3.7', when: '2019-03-02', event_type: 'Raid', notes: 'n', city: 'C', actor1: 'p', actor2: 'q' },
    ];
    const { mapping } = detectMapping(columns, sample);
    // "Lat" holds numbers out of range, so "Y" is chosen instead.
    expect(mapping).toMatchObject({ lat: 'Y', lon: 'x', date: 'when', title: 'Name', kind: 'event_type', summary: 'notes', place: 'city', actors: ['actor1', 'actor2'] });
  });
  it('finds a WKT column and a start/end pair; leaves numeric columns out of date detection', () => {
    const { mapping, notes } = detectMapping(['shape_text', 'start_date', 'end_date', 'age'], [
      { shape_text: 'POINT (1 2)', start_date: '2019-03-01', end_date: '2019-03-04', age: '42' },
    ]);
    expect(mapping).toMatchObject({ geometry: 'shape_text', start: 'start_date', end: 'end_date' });
    expect(detectMapping(['age', 'wkt'], [{ age: '42', wkt: 'POINT (1 2)' }]).mapping.date).toBeUndefined();
    expect(notes.join('\n')).toMatch(/geometry: "shape_text"/);
  });
  it('detects presets from their columns', () => {
    expect(detectPreset(['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude', 'notes'])).toBe('acled');
    expect(detectPreset(['id', 'type_of_violence', 'date_start', 'date_end', 'where_prec', 'latitude', 'longitude'])).toBe('ucdp');
    expect(detectPreset(['date', 'lat', 'lon'])).toBeNull();
  });
});

describe('detectMapping with bad cells', () => {
  it('keeps a named column when only some of its values are bad', () => {
    const sample = [
      { date: '2019-03-01', lat: '1', lon: '1' },
      { date: '31-02-2019', lat: '2', lon: '999' },
      { date: '2019-03-03', lat: '3', lon: '3' },
    ];
    expect(detectMapping(['date', 'lat', 'lon'], sample).mapping).toMatchObject({ date: 'date', lat: 'lat', lon: 'lon' });
  });
});
