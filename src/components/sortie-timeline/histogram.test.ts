import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAxis } from './axis';
import { DAY_MS } from './format';
import { binHistogram, columnHeight, MIN_COLUMN_PX } from './histogram';

const RUNS = { seed: 20_261_201, numRuns: 200 };
const ev = (start: number, kind = 'a') => ({ start, end: start, kind });

/** What TimeIndex.startsByKind holds, for events already sorted by start. */
function byKind(events: ReadonlyArray<{ start: number; kind: string }>) {
  const kindNames: string[] = [];
  const codes = events.map(({ kind }) => (kindNames.includes(kind) ? kindNames.indexOf(kind) : kindNames.push(kind) - 1));
  return { starts: Float64Array.from(events, (e) => e.start), kindCodes: Uint32Array.from(codes), kindNames };
}

describe('binHistogram', () => {
  it('puts each start in the column floor(x(start)), stacked by kind in the given order', () => {
    // Linear: 10 ms per column over 10 columns.
    const timeAt = (px: number) => Math.min(100, Math.max(0, px * 10));
    const x = (t: number) => Math.min(100, Math.max(0, t)) / 10;
    const h = binHistogram(byKind([ev(0), ev(9, 'b'), ev(10), ev(10), ev(55, 'b'), ev(100)]), { x, timeAt }, 10, ['b', 'a']);
    expect(h.kinds).toEqual(['b', 'a']);
    expect([...h.totals]).toEqual([2, 2, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect([...h.counts.subarray(0, 10)]).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect([...h.counts.subarray(10)]).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(h.max).toBe(2);
    expect(h.events).toBe(6);
  });

  it('stacks kinds missing from the order after it, and clamps starts outside the domain to its ends', () => {
    const timeAt = (px: number) => Math.min(100, Math.max(0, px * 10));
    const x = (t: number) => Math.min(100, Math.max(0, t)) / 10;
    const h = binHistogram(byKind([ev(-50, 'x'), ev(500, 'a')]), { x, timeAt }, 10, ['a']);
    expect(h.kinds).toEqual(['a', 'x']);
    expect(h.totals[0]).toBe(1);
    expect(h.totals[9]).toBe(1);
  });

  it('matches floor(x(start)) on the real gap-compressed axis, every event in exactly one column', () => {
    const arb = fc.record({
      days: fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 300 }),
      width: fc.integer({ min: 50, max: 1400 }),
    });
    fc.assert(fc.property(arb, ({ days, width }) => {
      const events = days.map((d) => ev(Date.UTC(2000, 0, 1) + d * DAY_MS + 3_600_000)).sort((a, b) => a.start - b.start);
      const domain: [number, number] = [events[0]!.start, events[events.length - 1]!.start];
      const axis = buildAxis(events.map((e) => [e.start, e.start + DAY_MS - 1] as const), domain, width);
      const h = binHistogram(byKind(events), axis, width, ['a']);
      const naive = new Array<number>(width).fill(0);
      for (const e of events) naive[Math.min(width - 1, Math.floor(axis.x(e.start)))]!++;
      expect([...h.totals]).toEqual(naive);
      expect(h.totals.reduce((a, b) => a + b, 0)).toBe(events.length);
    }), RUNS);
  });

  it('gives one empty column row set for no events', () => {
    const h = binHistogram(byKind([]), { x: (t) => t, timeAt: (px) => px }, 5, ['a']);
    expect([...h.totals]).toEqual([0, 0, 0, 0, 0]);
    expect(h.max).toBe(0);
  });
});

describe('columnHeight', () => {
  it('is a square-root scale of the fullest column, capped at the strip', () => {
    expect(columnHeight(100, 100, 80)).toBe(80);
    expect(columnHeight(25, 100, 80)).toBe(40);
    expect(columnHeight(400, 100, 80)).toBe(80);
  });

  it('keeps one event visible among thousands, and draws nothing for none', () => {
    expect(columnHeight(1, 10_000, 80)).toBe(MIN_COLUMN_PX);
    expect(columnHeight(0, 10_000, 80)).toBe(0);
    expect(columnHeight(0, 0, 80)).toBe(0);
  });
});
