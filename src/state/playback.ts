/**
 * Playback pacing: how far the time moves for each millisecond of playing.
 *
 * - `events` (default, "Skip empty stretches"): play steps from one event's start to the
 *   next. A step takes time in proportion to its calendar gap, but never less than
 *   `minStepMs` (so a burst of events on consecutive days can still be read). A gap longer
 *   than `maxStepMs` would take is an empty stretch, and it is skipped rather than played:
 *   the time rests on the event just reached (`minStepMs` less the crossing, so it reads like
 *   any other step), then crosses the whole gap in `jumpMs`. Those `jumpMs` are a "jump",
 *   which the timeline shows. Playing dates nobody reported anything on, even squeezed to a
 *   second or two, reads as the map being stuck; the reader asked to skip them.
 * - `linear`: calendar time moves at a constant `daysPerSecond`.
 *
 * A track maps a playback clock (ms of playing at 1×) to a time and back.
 */

export type Pacing = 'events' | 'linear';

export interface TrackOptions {
  pacing: Pacing;
  /** Calendar days per second of playing at 1× (both pacings). */
  daysPerSecond: number;
  /** Shortest step between two events, in ms at 1× (events pacing). */
  minStepMs: number;
  /** Longest step between two events, in ms at 1× (events pacing); a longer gap is skipped. */
  maxStepMs: number;
  /** How long crossing a skipped gap takes, in ms at 1× (events pacing): a glimpse, not a play. */
  jumpMs: number;
}

export const DEFAULT_TRACK_OPTIONS: TrackOptions = {
  pacing: 'events',
  daysPerSecond: 30,
  minStepMs: 900,
  maxStepMs: 1800,
  jumpMs: 150,
};

export interface Jump {
  from: number;
  to: number;
}

export interface Track {
  /** Total playing time at 1×, in ms. */
  duration: number;
  timeAt(clock: number): number;
  clockAt(time: number): number;
  /** The compressed step being played at this clock, if any. */
  jumpAt(clock: number): Jump | null;
}

const DAY = 86_400_000;

/**
 * Builds a track through `stops` (event start times) within `domain`. Stops outside the
 * domain are ignored; the domain's ends are always stops.
 */
export function createTrack(stops: ArrayLike<number>, domain: [number, number], options: TrackOptions): Track {
  const [d0, d1] = domain;
  // Sorted as numbers (a typed array: 10^6 stops in a few ms), repeats dropped in one pass.
  const inside = Float64Array.from(stops).filter((s) => s > d0 && s < d1).sort();
  const stopTimes = [d0];
  for (const s of inside) if (s !== stopTimes[stopTimes.length - 1]) stopTimes.push(s);
  if (d1 !== stopTimes[stopTimes.length - 1]) stopTimes.push(d1);
  const msPerCalendarMs = 1000 / (options.daysPerSecond * DAY);
  // Knots of a piecewise-linear clock -> time map; a skipped gap adds a knot where the rest
  // on its first event ends, so `times` may repeat a value (a flat piece).
  const times = [stopTimes[0]!];
  const clocks = [0];
  /** jumps[i]: the piece from knot i to i + 1 crosses a skipped gap. */
  const jumps: boolean[] = [];
  const knot = (time: number, length: number, jump: boolean) => {
    jumps.push(jump);
    times.push(time);
    clocks.push(clocks[clocks.length - 1]! + length);
  };
  for (let i = 1; i < stopTimes.length; i++) {
    const from = stopTimes[i - 1]!;
    const to = stopTimes[i]!;
    const natural = (to - from) * msPerCalendarMs;
    if (options.pacing === 'linear') {
      knot(to, natural, false);
    } else if (natural > options.maxStepMs) {
      const jumpMs = Math.min(options.jumpMs, options.minStepMs);
      knot(from, options.minStepMs - jumpMs, false);
      knot(to, jumpMs, true);
    } else {
      knot(to, Math.max(natural, options.minStepMs), false);
    }
  }
  const duration = clocks[clocks.length - 1]!;

  // Index of the piece that contains value v in the ascending array xs. `before`: where xs
  // repeats v (a rest), take the first piece that reaches v, so a time that is a stop maps
  // to the start of its rest, not its end.
  const stepIndex = (xs: number[], v: number, before = false) => {
    let lo = 0;
    let hi = xs.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (before ? xs[mid]! < v : xs[mid]! <= v) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const lerp = (from: number[], to: number[], v: number, before = false) => {
    if (from.length < 2) return to[0]!;
    const i = stepIndex(from, v, before);
    const span = from[i + 1]! - from[i]!;
    const f = span === 0 ? 0 : (v - from[i]!) / span;
    return to[i]! + f * (to[i + 1]! - to[i]!);
  };

  return {
    duration,
    timeAt: (clock) => (clock <= 0 ? d0 : clock >= duration ? d1 : lerp(clocks, times, clock)),
    clockAt: (time) => (time <= d0 ? 0 : time >= d1 ? duration : lerp(times, clocks, time, true)),
    jumpAt(clock) {
      if (clock <= 0 || clock >= duration || times.length < 2) return null;
      const i = stepIndex(clocks, clock);
      return jumps[i] ? { from: times[i]!, to: times[i + 1]! } : null;
    },
  };
}
