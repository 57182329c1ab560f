import { describe, expect, it } from 'vitest';
import { buildAxis } from './axis';

const d = (y: number, m: number, day = 1) => Date.UTC(y, m - 1, day);
// Shaped like the dataset: one event in 2003, then 2015–2020 with a few gaps.
const intervals: Array<[number, number]> = [
  [d(2003, 1), d(2004, 1) - 1],
  [d(2015, 1), d(2016, 1) - 1],
  [d(2016, 8), d(2016, 9) - 1],
  [d(2017, 4, 4), d(2017, 4, 9) - 1],
  [d(2018, 1), d(2020, 8) - 1],
];
const domain: [number, number] = [d(2003, 1), d(2020, 8) - 1];

describe('buildAxis', () => {
  const axis = buildAxis(intervals, domain, 1000);

  it('squeezes 2004–2014 into one labelled break and gives the covered years the width', () => {
    expect(axis.breaks).toHaveLength(1);
    const b = axis.breaks[0]!;
    expect(b.label).toBe('2004–2014');
    const breakPx = b.x1 - b.x0;
    expect(breakPx).toBeGreaterThanOrEqual(28);
    expect(breakPx).toBeLessThanOrEqual(110);
    const covered2015to2020 = axis.x(d(2020, 8) - 1) - axis.x(d(2015, 1));
    expect(covered2015to2020).toBeGreaterThan(600);
  });

  it('maps the domain onto the padded width, monotonically, and back', () => {
    expect(axis.x(domain[0])).toBe(14);
    expect(axis.x(domain[1])).toBeCloseTo(986, 6);
    const times = [d(2003, 6), d(2009, 1), d(2015, 3), d(2016, 12), d(2019, 5)];
    const xs = times.map(axis.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    for (const t of [d(2003, 6), d(2016, 12), d(2019, 5)]) {
      expect(Math.abs(axis.timeAt(axis.x(t)) - t)).toBeLessThan(1000);
    }
    expect(axis.timeAt(-50)).toBe(domain[0]);
    expect(axis.timeAt(5000)).toBe(domain[1]);
  });

  it('labels every year outside the break, and none inside it', () => {
    const labelled = axis.years.filter((t) => t.label).map((t) => t.label);
    expect(labelled).toEqual(['2003', '2015', '2016', '2017', '2018', '2019', '2020']);
  });

  it('labels quarters when months are too narrow for every label, and skips January', () => {
    const labels = axis.months.filter((t) => t.label).map((t) => t.label);
    expect(new Set(labels)).toEqual(new Set(['Apr', 'Jul', 'Oct']));
    expect(axis.months.some((t) => new Date(t.time).getUTCMonth() === 0)).toBe(false);
    expect(axis.months.some((t) => t.time > d(2004, 1) && t.time < d(2015, 1))).toBe(false);
  });

  it('labels every month when wide, and drops month ticks when narrow', () => {
    const wide = buildAxis(intervals, domain, 4000);
    expect(wide.months.filter((t) => t.label).length).toBe(wide.months.length);
    const phone = buildAxis(intervals, domain, 351);
    expect(phone.months.filter((t) => t.label)).toHaveLength(0);
    expect(phone.breaks[0]!.x1 - phone.breaks[0]!.x0).toBeGreaterThanOrEqual(27.9);
  });

  it('keeps year labels apart on a phone', () => {
    const phone = buildAxis(intervals, domain, 351);
    const xs = phone.years.filter((t) => t.label).map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(36);
  });

  it('is linear with no intervals (nothing to squeeze around)', () => {
    const plain = buildAxis([], [d(2015, 1), d(2017, 1)], 228);
    expect(plain.breaks).toHaveLength(0);
    expect(plain.x(d(2016, 1))).toBeCloseTo(14 + (200 * 365) / 731, 6);
  });

  it('puts year ticks of years 1–99 in those years, not in 1901–1999', () => {
    const y = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
    const early = buildAxis([[y(50), y(53) - 1]], [y(50), y(53) - 1], 600);
    expect(early.years.map((t) => [t.time, t.label])).toEqual([[y(50), '50'], [y(51), '51'], [y(52), '52']]);
    expect(early.months.every((t) => t.time >= y(50) && t.time < y(53))).toBe(true);
    expect(early.months.length).toBeGreaterThan(0);
  });
});
