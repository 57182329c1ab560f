import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SortieEvent } from '../../data/validate';
import { eventsCsv } from './events-csv';
import { geometryCentre } from './geometry-centre';
import { slug, today } from './save-file';

const event = (over: Partial<SortieEvent> & Record<string, unknown>): SortieEvent => ({
  id: 'e1', title: 'Strike on a depot', summary: 'A "quoted", comma, and\nline break.', kind: 'strike', date: '2017-04-07',
  actors: ['United States', 'Syria'], place: 'Shayrat', location_precision: 'site',
  sources: [{ article: 'nyt-2017', excerpt: 'x' }],
  start: 0, end: 1, precision: 'day', uncertain: false, openStart: false, openEnd: false,
  geometry: { type: 'Point', coordinates: [36.94, 34.49] },
  ...over,
} as SortieEvent);

describe('eventsCsv', () => {
  it('writes the fixed columns, one row per event, and survives a round trip through a CSV reader', () => {
    const polygon = { type: 'Polygon' as const, coordinates: [[[30, 10], [40, 10], [40, 20], [30, 20], [30, 10]]] };
    const csv = eventsCsv([
      event({}),
      event({ id: 'e2', geometry: polygon, actors: [], sources: [{ name: 'Reuters', url: 'https://example.org/a' }] as never }),
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.meta.fields).toEqual(['id', 'date', 'title', 'kind', 'actors', 'place', 'latitude', 'longitude', 'summary', 'sources']);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({
      id: 'e1', latitude: '34.49', longitude: '36.94', actors: 'United States; Syria',
      summary: 'A "quoted", comma, and\nline break.', sources: 'nyt-2017',
    });
    // Areas give the centre of their bounding box.
    expect(parsed.data[1]).toMatchObject({ latitude: '15', longitude: '35', actors: '', sources: 'Reuters https://example.org/a' });
  });

  it('writes only the header for no events', () => {
    expect(eventsCsv([]).trim()).toBe('id,date,title,kind,actors,place,latitude,longitude,summary,sources');
  });
});

describe('geometryCentre', () => {
  it('is the point itself, or the middle of the bounds of anything else', () => {
    expect(geometryCentre({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
    expect(geometryCentre({ type: 'LineString', coordinates: [[0, 0], [10, 4]] })).toEqual([5, 2]);
    expect(geometryCentre({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }, { type: 'Point', coordinates: [2, 2] }] })).toEqual([1, 1]);
    expect(geometryCentre({ type: 'MultiPoint', coordinates: [] })).toBeNull();
  });
});

describe('file names', () => {
  it('slugs a name without its extension', () => {
    expect(slug('la-riots.csv')).toBe('la-riots');
    expect(slug('Données d’Alep 2016.geojson')).toBe('donnees-d-alep-2016');
    expect(slug('???')).toBe('sortie-data');
    expect(today(new Date('2026-12-01T23:59:00Z'))).toBe('2026-12-01');
  });
});
