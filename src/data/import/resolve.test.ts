import { describe, expect, it } from 'vitest';
import { geojsonRows, columnsOf } from './geojson-input';
import { ProblemTally } from './problems';
import { describeMapping, mappingGaps, overlay, resolveMapping } from './resolve';
import { hashId, slug } from './slug';
import { TableRows } from './table';

describe('resolveMapping', () => {
  const columns = ['date', 'day', 'lat', 'lon', 'wkt', 'type'];
  const sample = [{ date: '2019-03-01', day: '2019-03-02', lat: '1', lon: '2', wkt: 'POINT (1 2)', type: 'Raid' }];
  it('lays the mapping file and then the flags over detection, replacing pairs whole', () => {
    const { mapping } = resolveMapping(columns, sample, [{ geometry: 'wkt' }, { date: 'day' }]);
    expect(mapping).toMatchObject({ geometry: 'wkt', date: 'day', kind: 'type' });
    expect(mapping.lat).toBeUndefined();
    expect(overlay({ date: 'a' }, { start: 's', end: 'e' })).toEqual({ start: 's', end: 'e' });
  });
  it('refuses a column that is not in the input, listing those that are', () => {
    expect(() => resolveMapping(columns, sample, [{ title: '{first} {last}' }])).toThrow(/title → "first", title → "last"\. Columns are: "date"/);
  });
  it('uses a forced preset mapping even when its columns would not be detected', () => {
    const acled = ['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude', 'actor1', 'ally_actor_1'];
    const { mapping, notes } = resolveMapping(acled, [], [{ preset: 'acled' }]);
    expect(mapping).toMatchObject({ preset: 'acled', date: 'event_date', actors: ['actor1', 'ally_actor_1'] });
    expect(notes[0]).toMatch(/preset: acled \(asked for\)/);
    expect(() => resolveMapping(['event_date', 'x'], [], [{ preset: 'acled' }])).toThrow(/lat → "latitude", lon → "longitude"/);
  });
  it('names what is missing', () => {
    expect(mappingGaps({ lat: 'y', lon: 'x' })).toEqual([expect.stringMatching(/no date column/)]);
    expect(mappingGaps({ date: 'd' }, true)).toEqual([]);
    expect(describeMapping({ date: 'd', actors: ['a', 'b'] })).toEqual(['date     d', 'actors   a, b', 'tz       UTC']);
  });
});

describe('TableRows', () => {
  it('numbers data rows from 1, strips a BOM and flags a wrong number of fields', () => {
    const t = new TableRows();
    expect(t.push(['\uFEFFdate', ' lat '])).toBeNull();
    expect(t.push(['2019', '1'])).toEqual({ row: { date: '2019', lat: '1' }, rowNumber: 1 });
    const bad = t.push(['2019']);
    expect(bad && 'problem' in bad && bad.problem).toMatchObject({ row: 2, message: 'has 1 field; the header has 2' });
  });
  it('keeps both of two columns with the same name', () => {
    const t = new TableRows();
    t.push(['x', 'x', 'y']);
    expect(t.header).toEqual(['x', 'x_2', 'y']);
    expect(t.push(['1', '2', '3'])).toMatchObject({ row: { x: '1', x_2: '2', y: '3' } });
  });
});

describe('geojsonRows', () => {
  it('makes properties the row, keeps geometry and a top-level id', () => {
    const rows = [...geojsonRows({ type: 'FeatureCollection', features: [
      { type: 'Feature', id: 'q1', properties: { mag: 2 }, geometry: { type: 'Point', coordinates: [1, 2] } },
      { type: 'Feature', properties: null, geometry: null },
    ] })];
    expect(rows).toEqual([
      { row: { id: 'q1', mag: 2 }, geometry: { type: 'Point', coordinates: [1, 2] }, rowNumber: 1 },
      { row: {}, geometry: null, rowNumber: 2 },
    ]);
    expect(columnsOf(rows.map((r) => r.row))).toEqual(['id', 'mag']);
    expect(() => [...geojsonRows({ type: 'Topology' })]).toThrow(/FeatureCollection/);
  });
});

describe('ProblemTally', () => {
  it('keeps the first problems in full and totals the rest per kind', () => {
    const tally = new ProblemTally(2);
    for (let row = 1; row <= 5; row++) tally.add([{ row, column: 'd', value: 'x', message: 'is not a date', kind: 'not a date' }]);
    tally.add([{ row: 6, column: null, value: null, message: 'has 1 field; the header has 2', kind: 'wrong number of fields' }]);
    expect(tally.badRows).toBe(6);
    expect(tally.lines()).toEqual([
      'row 1, column "d": "x" is not a date',
      'row 2, column "d": "x" is not a date',
      '… and 4 more',
      '  not a date: 5',
      '  wrong number of fields: 1',
    ]);
  });
});

describe('slug and hashId', () => {
  it('slugs any script and hashes stably', () => {
    expect(slug('Explosions/Remote violence')).toBe('explosions-remote-violence');
    expect(slug('Émeute')).toBe('emeute');
    expect(slug('قصف')).toBe('قصف');
    expect(hashId(['a', 'b'])).toBe(hashId(['a', 'b']));
    expect(hashId(['ab', ''])).not.toBe(hashId(['a', 'b']));
  });
});
