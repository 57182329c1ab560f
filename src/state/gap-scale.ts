/**
 * A time scale that squeezes empty stretches. The slider's axis uses it so that 2003 and
 * 2015–2020 fit on one strip, and playback uses it so that play does not crawl through a
 * year in which nothing happened: every gap between the stretches covered by events that
 * is longer than `maxGap` is shrunk to `gapSize`. Everything else keeps its length.
 *
 * Positions are in "scaled milliseconds" (`u`): identical to time inside covered stretches
 * and short gaps, so callers can reason in days; only the long gaps are shortened.
 */

export interface GapScaleOptions {
  /** Gaps longer than this (ms) are compressed. */
  maxGap: number;
  /** The length (ms, in scaled units) a compressed gap is given. */
  gapSize: number;
}

export interface Segment {
  /** Real time span [t0, t1]. */
  t0: number;
  t1: number;
  /** Scaled span [u0, u1]. */
  u0: number;
  u1: number;
  /** True when this is an empty stretch that was shortened. */
  compressed: boolean;
}

export interface GapScale {
  domain: [number, number];
  /** Total length in scaled units. */
  length: number;
  segments: readonly Segment[];
  toScaled(t: number): number;
  toTime(u: number): number;
  /** The compressed gap containing time t, if any. */
  gapAt(t: number): Segment | null;
}

/**
 * Merges intervals into disjoint covered stretches, sorted by start (touching ones merge).
 * Starts and ends are sorted apart (typed arrays, no object per interval) and swept: a
 * stretch opens when the first interval opens and closes when the open count falls to 0.
 * At equal times an opening comes first, so [1, 2] and [2, 3] make [1, 3].
 */
export function coveredStretches(intervals: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const n = intervals.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [a, b] = intervals[i]!;
    starts[i] = Math.min(a, b);
    ends[i] = Math.max(a, b);
  }
  return sweepCovered(starts.sort(), ends.sort());
}

/** coveredStretches' sweep, over starts and ends each sorted ascending (of equal length). */
export function sweepCovered(starts: Float64Array, ends: Float64Array): Array<[number, number]> {
  const n = ends.length;
  const out: Array<[number, number]> = [];
  let open = 0;
  let from = 0;
  for (let i = 0, j = 0; j < n;) {
    if (i < n && starts[i]! <= ends[j]!) {
      if (open++ === 0) from = starts[i]!;
      i++;
    } else {
      if (--open === 0) out.push([from, ends[j]!]);
      j++;
    }
  }
  return out;
}

export function createGapScale(
  intervals: ReadonlyArray<readonly [number, number]>,
  domain: [number, number],
  options: GapScaleOptions,
): GapScale {
  const [d0, d1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const covered = coveredStretches(intervals)
    .map(([a, b]) => [Math.max(a, d0), Math.min(b, d1)] as [number, number])
    .filter(([a, b]) => a <= b);

  // Walk the domain: covered stretches and short gaps keep their length; long gaps shrink.
  const segments: Segment[] = [];
  let t = d0;
  let u = 0;
  const push = (t1: number, compressed: boolean) => {
    if (t1 <= t) return;
    const len = compressed ? options.gapSize : t1 - t;
    segments.push({ t0: t, t1, u0: u, u1: u + len, compressed });
    t = t1;
    u += len;
  };
  for (const [a, b] of covered) {
    if (a > t) push(a, a - t > options.maxGap);
    push(b, false);
  }
  if (d1 > t) push(d1, d1 - t > options.maxGap);

  // Segments are contiguous and ascending in both t and u, so a binary search finds the first
  // whose end reaches `value` (the one a linear scan for "contains" would find): an axis over
  // 10^5 events has ~10^5 segments and is asked once per tick, mark and histogram column.
  const firstEndingAtOrAfter = (hi: 't1' | 'u1', value: number, strict = false): number => {
    let lo = 0;
    let top = segments.length;
    while (lo < top) {
      const mid = (lo + top) >>> 1;
      const end = segments[mid]?.[hi] ?? Infinity;
      if (strict ? end > value : end >= value) top = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const find = (key: 't' | 'u', value: number): Segment | undefined => {
    const s = segments[firstEndingAtOrAfter(key === 't' ? 't1' : 'u1', value)];
    return s && value >= (key === 't' ? s.t0 : s.u0) ? s : undefined;
  };

  return {
    domain: [d0, d1],
    length: u,
    segments,
    toScaled(time) {
      if (time <= d0 || !segments.length) return 0;
      if (time >= d1) return u;
      const s = find('t', time)!;
      const f = s.t1 === s.t0 ? 0 : (time - s.t0) / (s.t1 - s.t0);
      return s.u0 + f * (s.u1 - s.u0);
    },
    toTime(scaled) {
      if (scaled <= 0 || !segments.length) return d0;
      if (scaled >= u) return d1;
      const s = find('u', scaled)!;
      const f = s.u1 === s.u0 ? 0 : (scaled - s.u0) / (s.u1 - s.u0);
      return s.t0 + f * (s.t1 - s.t0);
    },
    gapAt(time) {
      const s = segments[firstEndingAtOrAfter('t1', time, true)];
      return s && s.compressed && time > s.t0 ? s : null;
    },
  };
}
