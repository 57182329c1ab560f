import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredStretches, createGapScale } from './gap-scale';

const DAY = 86_400_000;
const d = (y: number, m: number, day = 1) => Date.UTC(y, m - 1, day);

/** The plain definition: sort the intervals by start, extend the last stretch while they touch. */
function naiveStretches(intervals: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = intervals.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

describe('coveredStretches', () => {
  it('gives the plain definition on random intervals (touching, nested, reversed, repeated)', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }));
    fc.assert(fc.property(fc.array(interval, { maxLength: 40 }), (intervals) => {
      expect(coveredStretches(intervals)).toEqual(naiveStretches(intervals));
    }), { seed: 20_261_206, numRuns: 500 });
  });

  it('merges overlapping and touching intervals and sorts them', () => {
    expect(
      coveredStretches([
        [10, 20],
        [0, 5],
        [15, 30],
        [30, 31],
        [40, 35],
      ]),
    ).toEqual([
      [0, 5],
      [10, 31],
      [35, 40],
    ]);
  });
});

describe('createGapScale', () => {
  const events: Array<[number, number]> = [
    [d(2003, 1), d(2003, 12, 31)],
    [d(2015, 7), d(2015, 7, 31)],
    [d(2015, 9), d(2015, 10, 15)],
  ];
  const scale = createGapScale(events, [d(2003, 1), d(2015, 10, 15)], { maxGap: 180 * DAY, gapSize: 30 * DAY });

  it('shrinks the empty 2004–2015 stretch to gapSize and keeps short gaps', () => {
    const gaps = scale.segments.filter((s) => s.compressed);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.t0).toBe(d(2003, 12, 31));
    expect(gaps[0]!.t1).toBe(d(2015, 7));
    expect(gaps[0]!.u1 - gaps[0]!.u0).toBe(30 * DAY);
    // August 2015 is a one-month gap: kept at full length.
    const aug = scale.segments.find((s) => s.t0 === d(2015, 7, 31));
    expect(aug?.compressed).toBe(false);
    expect(aug!.u1 - aug!.u0).toBe(d(2015, 9) - d(2015, 7, 31));
  });

  it('has a total length far shorter than the real span', () => {
    const real = d(2015, 10, 15) - d(2003, 1);
    expect(scale.length).toBeLessThan(real / 5);
  });

  it('maps times to positions and back, monotonically, clamped at the ends', () => {
    const times = [d(2003, 1), d(2003, 6), d(2008, 1), d(2015, 7, 15), d(2015, 10, 1), d(2015, 10, 15)];
    const us = times.map((t) => scale.toScaled(t));
    for (let i = 1; i < us.length; i++) expect(us[i]!).toBeGreaterThan(us[i - 1]!);
    for (const t of [d(2003, 6), d(2015, 7, 15), d(2015, 10, 1)]) {
      expect(scale.toTime(scale.toScaled(t))).toBeCloseTo(t, -1);
    }
    expect(scale.toScaled(d(1990, 1))).toBe(0);
    expect(scale.toScaled(d(2030, 1))).toBe(scale.length);
    expect(scale.toTime(-5)).toBe(d(2003, 1));
    expect(scale.toTime(scale.length + 5)).toBe(d(2015, 10, 15));
  });

  it('reports the compressed gap a time falls in, and none on its edges', () => {
    expect(scale.gapAt(d(2009, 1))?.compressed).toBe(true);
    expect(scale.gapAt(d(2003, 12, 31))).toBeNull();
    expect(scale.gapAt(d(2015, 7))).toBeNull();
    expect(scale.gapAt(d(2015, 8, 15))).toBeNull();
  });

  it('is the identity when no gap is long enough', () => {
    const linear = createGapScale(events, [d(2003, 1), d(2015, 10, 15)], { maxGap: Infinity, gapSize: 0 });
    expect(linear.length).toBe(d(2015, 10, 15) - d(2003, 1));
    expect(linear.toScaled(d(2008, 1))).toBe(d(2008, 1) - d(2003, 1));
  });

  it('handles an empty event list as one gap', () => {
    const empty = createGapScale([], [0, 1000 * DAY], { maxGap: 10 * DAY, gapSize: 5 * DAY });
    expect(empty.length).toBe(5 * DAY);
    expect(empty.toTime(empty.length / 2)).toBe(500 * DAY);
  });
});
