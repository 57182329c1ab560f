/**
 * The arithmetic of bench-scale.ts, kept pure so it is unit-tested: medians and
 * percentiles of samples, ratios between two measurements, and targets met or not.
 */

export interface Summary {
  /** How many samples. */
  n: number;
  median: number;
  p95: number;
}

/**
 * The median and 95th percentile (nearest rank) of some samples; NaN for both when there
 * are none, so an empty phase prints as "–" instead of a made-up zero.
 */
export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, median: NaN, p95: NaN };
  const mid = Math.floor(n / 2);
  const median = n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  // Nearest rank: the smallest sample at or above which 95 % of the samples lie.
  const p95 = sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)] as number;
  return { n, median, p95 };
}

/** a / b, or NaN when either is missing or b is not positive (no ratio can be stated). */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN;
}

export type Verdict = 'met' | 'not met' | 'not measured';

/** Whether a value meets a target: `at most` or `at least` the bound; NaN is not measured. */
export function verdict(value: number, bound: number, direction: 'at most' | 'at least'): Verdict {
  if (!Number.isFinite(value)) return 'not measured';
  return (direction === 'at most' ? value <= bound : value >= bound) ? 'met' : 'not met';
}

/**
 * `count` times evenly spread over [from, to], ending at `to` and never at `from` (the
 * first step must change something when the page opens at the start).
 */
export function stepTimes(from: number, to: number, count: number): number[] {
  if (count <= 0 || !(to >= from)) return [];
  return Array.from({ length: count }, (_, i) => Math.round(from + ((to - from) * (i + 1)) / count));
}
