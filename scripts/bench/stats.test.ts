import { describe, expect, it } from 'vitest';
import { ratio, stepTimes, summarize, verdict } from './stats';

describe('summarize', () => {
  it('gives the median of an odd and an even number of samples, whatever their order', () => {
    expect(summarize([5, 1, 3]).median).toBe(3);
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('gives the nearest-rank 95th percentile', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(summarize(hundred)).toEqual({ n: 100, median: 50.5, p95: 95 });
    expect(summarize([1, 2, 3, 4, 1000]).p95).toBe(1000);
    expect(summarize([7]).p95).toBe(7);
  });

  it('has no figures for no samples, and leaves out samples that are not numbers', () => {
    expect(summarize([])).toEqual({ n: 0, median: NaN, p95: NaN });
    expect(summarize([NaN, 2, Infinity, 4])).toEqual({ n: 2, median: 3, p95: 4 });
  });
});

describe('ratio and verdict', () => {
  it('divides, and has no ratio for a missing figure or a zero divisor', () => {
    expect(ratio(120, 3)).toBe(40);
    expect(ratio(NaN, 3)).toBeNaN();
    expect(ratio(3, 0)).toBeNaN();
  });

  it('meets a bound at the bound itself, in either direction', () => {
    expect(verdict(4, 4, 'at most')).toBe('met');
    expect(verdict(4.01, 4, 'at most')).toBe('not met');
    expect(verdict(40, 40, 'at least')).toBe('met');
    expect(verdict(39.9, 40, 'at least')).toBe('not met');
    expect(verdict(NaN, 40, 'at least')).toBe('not measured');
  });
});

describe('stepTimes', () => {
  it('spreads the steps evenly, ending at the end and never at the start', () => {
    expect(stepTimes(0, 100, 4)).toEqual([25, 50, 75, 100]);
    expect(stepTimes(1000, 1000, 2)).toEqual([1000, 1000]);
  });

  it('has no steps for no count or a backwards span', () => {
    expect(stepTimes(0, 100, 0)).toEqual([]);
    expect(stepTimes(100, 0, 3)).toEqual([]);
  });
});
