import { describe, expect, it } from 'vitest';
import { cellOf, centreOf, countFeatures, dayOf, monthOf } from './tiles-math';

/** Protobuf pieces, enough to write a vector tile by hand (the spec's field numbers). */
const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
  return out;
};
const bytesField = (field: number, body: number[]): number[] => [...varint((field << 3) | 2), ...varint(body.length), ...body];
const intField = (field: number, n: number): number[] => [...varint(field << 3), ...varint(n)];
/** A point feature: type POINT (3 = 1), geometry MoveTo(1) at (dx, dy) zigzagged (4, packed). */
const point = (x: number, y: number): number[] => bytesField(2, [...intField(3, 1), ...bytesField(4, [9, x * 2, y * 2])]);
const layer = (name: string, features: number[][]): number[] =>
  bytesField(3, [...intField(15, 2), ...bytesField(1, [...Buffer.from(name)]), ...features.flat(), ...intField(5, 4096)]);

describe('countFeatures', () => {
  it('counts the features of every layer, not the other fields', () => {
    const tile = Uint8Array.from([...layer('events', [point(1, 2), point(3, 4), point(5, 6)]), ...layer('other', [point(7, 8)])]);
    expect(countFeatures(tile)).toBe(4);
  });

  it('counts an empty tile and an empty layer as none', () => {
    expect(countFeatures(new Uint8Array())).toBe(0);
    expect(countFeatures(Uint8Array.from(layer('events', [])))).toBe(0);
  });

  it('refuses a cut tile instead of miscounting it', () => {
    const tile = Uint8Array.from(layer('events', [point(1, 2), point(3, 4)]));
    expect(() => countFeatures(tile.subarray(0, tile.length - 5))).toThrow();
  });
});

describe('days and months since 2000-01-01', () => {
  it('numbers days from 0 and refuses what is not a calendar date', () => {
    expect(dayOf('2000-01-01')).toBe(0);
    expect(dayOf('2000-03-01')).toBe(60); // 2000 is a leap year
    expect(dayOf('2001-01-01')).toBe(366);
    expect(() => dayOf('2000-13-01')).toThrow(/calendar date/);
    expect(() => dayOf('1 May 2000')).toThrow(/calendar date/);
  });

  it('gives the month of a day with its first and last day', () => {
    expect(monthOf(0)).toEqual({ month: 0, first: 0, last: 30 });
    expect(monthOf(59)).toEqual({ month: 1, first: 31, last: 59 }); // 29 February 2000
    expect(monthOf(366)).toEqual({ month: 12, first: 366, last: 396 });
  });
});

describe('web-mercator cells', () => {
  it('puts a position in its tile and a tile centre back in the same tile', () => {
    expect(cellOf(0.1, 0.1, 1)).toEqual([1, 0]);
    expect(cellOf(-0.1, -0.1, 1)).toEqual([0, 1]);
    for (const [lon, lat] of [[36.2, 34.1], [-75, 5], [100, 20], [179.99, -84]] as const) {
      const [x, y] = cellOf(lon, lat, 8);
      expect(cellOf(...centreOf(x, y, 8), 8)).toEqual([x, y]);
    }
  });

  it('keeps the poles and the antimeridian on the map', () => {
    expect(cellOf(180, 90, 8)).toEqual([255, 0]);
    expect(cellOf(-180, -90, 8)).toEqual([0, 255]);
  });
});
