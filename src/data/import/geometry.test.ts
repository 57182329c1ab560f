import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWkt, readGeometryCell, readNumber, readPoint } from './geometry';

// Seeded, so every run tries the same cases (STYLE.md: seeded randomness).
fc.configureGlobal({ seed: 20_261_201, numRuns: 200 });

describe('readPoint', () => {
  it('reads numbers in range and names the bad coordinate', () => {
    expect(readPoint('34.05', '-118.27')).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [-118.27, 34.05] } });
    expect(readPoint('91', '0')).toMatchObject({ ok: false, which: 'lat' });
    expect(readPoint('0', '-180.5')).toMatchObject({ ok: false, which: 'lon' });
    expect(readPoint('12,5', '3')).toMatchObject({ ok: false, which: 'lat' });
  });

  it('accepts every in-range pair and refuses every out-of-range one (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -200, max: 200 }), fc.double({ noNaN: true, min: -200, max: 200 }), (lat, lon) => {
        const r = readPoint(String(lat), String(lon));
        expect(r.ok).toBe(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180);
      }),
    );
  });

  it('does not read text as a number', () => {
    expect(readNumber('')).toBeNull();
    expect(readNumber('1e3')).toBe(1000);
    expect(readNumber('N 34')).toBeNull();
  });
});

describe('parseWkt', () => {
  it('reads each geometry type', () => {
    expect(parseWkt('POINT (30 10)')).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [30, 10] } });
    expect(parseWkt('point z (30 10 5)')).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [30, 10, 5] } });
    expect(parseWkt('LINESTRING (30 10, 10 30, 40 40)')).toMatchObject({ ok: true, geometry: { type: 'LineString', coordinates: [[30, 10], [10, 30], [40, 40]] } });
    expect(parseWkt('POLYGON ((30 10, 40 40, 20 40, 10 20, 30 10))')).toMatchObject({ ok: true, geometry: { type: 'Polygon' } });
    expect(parseWkt('MULTIPOINT ((10 40), (40 30))')).toMatchObject({ ok: true, geometry: { type: 'MultiPoint', coordinates: [[10, 40], [40, 30]] } });
    expect(parseWkt('MULTIPOINT (10 40, 40 30)')).toMatchObject({ ok: true, geometry: { coordinates: [[10, 40], [40, 30]] } });
    expect(parseWkt('MULTILINESTRING ((10 10, 20 20), (40 40, 30 30))')).toMatchObject({ ok: true, geometry: { type: 'MultiLineString' } });
    const mp = parseWkt('SRID=4326;MULTIPOLYGON (((30 20, 45 40, 10 40, 30 20)), ((15 5, 40 10, 10 20, 5 10, 15 5)))');
    expect(mp).toMatchObject({ ok: true, geometry: { type: 'MultiPolygon' } });
  });

  it('says why bad WKT is bad', () => {
    expect(parseWkt('POINT (30)')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid WKT/) });
    expect(parseWkt('POINT (30 10')).toMatchObject({ ok: false });
    expect(parseWkt('CIRCLE (1 2)')).toMatchObject({ ok: false, message: expect.stringMatching(/not WKT/) });
    expect(parseWkt('POINT EMPTY')).toMatchObject({ ok: false, message: 'is an empty geometry' });
    expect(parseWkt('POINT (200 10)')).toMatchObject({ ok: false, message: expect.stringMatching(/out of range/) });
  });
});

describe('readGeometryCell', () => {
  it('reads GeoJSON text', () => {
    expect(readGeometryCell('{"type":"Point","coordinates":[1,2]}')).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [1, 2] } });
    expect(readGeometryCell('{"type":"Point"')).toMatchObject({ ok: false });
  });
});
