/**
 * readDate reads plain dates without the EDTF grammar (time.ts). Whatever the text, the
 * result must be the grammar's: the same interval, precision and years, or the same
 * refusal. Seeded, so every run checks the same cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDate, readDateByGrammar } from './time';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Dates near the edges the fast path must get right: month ends, leap days, invalid parts. */
const part = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
  fc.tuple(fc.integer({ min: 990, max: 2100 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  fc.tuple(fc.integer({ min: 990, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom('2016-02-29', '2017-02-29', '2000-02-29', '1900-02-29', '2017-04-31', '2017-12-31', '2017-04-06?', '2017~', '2017-XX', '2017-21', '1999-12-31'),
);
const text = fc.oneof(part, fc.tuple(part, part).map(([a, b]) => `${a}/${b}`));

function outcome(read: (date: string) => unknown, date: string): unknown {
  try {
    return read(date);
  } catch {
    return 'refused';
  }
}

describe('readDate without the grammar', () => {
  it('agrees with the EDTF grammar on every date, interval and refusal', () => {
    fc.assert(fc.property(text, (date) => {
      expect(outcome(readDate, date)).toEqual(outcome(readDateByGrammar, date));
    }), { seed: 20261201, numRuns: 4000 });
  });

  it('reads days, months, years and ordered intervals of them', () => {
    expect(readDate('2017-04-06')).toMatchObject({ start: Date.UTC(2017, 3, 6), end: Date.UTC(2017, 3, 7) - 1, precision: 'day' });
    expect(readDate('2016-02')).toMatchObject({ start: Date.UTC(2016, 1, 1), end: Date.UTC(2016, 2, 1) - 1, precision: 'month' });
    expect(readDate('2015-09-30/2016')).toMatchObject({ start: Date.UTC(2015, 8, 30), end: Date.UTC(2017, 0, 1) - 1, precision: 'interval', years: [2015, 2016] });
  });

  it('is fast: 100,000 distinct days read in well under the grammar\'s time', () => {
    const dates = Array.from({ length: 100_000 }, (_, i) => new Date(Date.UTC(1800, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const t0 = performance.now();
    for (const d of dates) readDate(d);
    const fast = performance.now() - t0;
    const t1 = performance.now();
    for (const d of dates.slice(0, 2_000)) readDateByGrammar(d);
    const grammar = ((performance.now() - t1) / 2_000) * 100_000;
    expect(fast * 10).toBeLessThan(grammar);
  });
});
