/**
 * Playback pacing: how far the time moves for each millisecond of playing.
 *
 * - `events` (default): play steps from one event's start to the next. A step takes time in
 *   proportion to its calendar gap, but never less than `minStepMs` (so a burst of events on
 *   consecutive days can still be read) and never more than `maxStepMs` (so an empty year
 *   costs a second or two, not a minute). A step that was shortened is a "jump", which the
 *   timeline shows.
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
  /** Longest step between two events, in ms at 1× (events pacing). */
  maxStepMs: number;
}

export const DEFAULT_TRACK_OPTIONS: TrackOptions = {
  pacing: 'events',
  daysPerSecond: 30,
  minStepMs: 900,
  maxStepMs: 1800,
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
export function createTrack(stops: readonly number[], domain: [number, number], options: TrackOptions): Track {
  const [d0, d1] = domain;
  const times = [...new Set([d0, ...stops.filter((s) => s > d0 && s < d1), d1])].sort((a, b) => a - b);
  const msPerCalendarMs = 1000 / (options.daysPerSecond * DAY);
  const clocks = [0];
  const jumps: boolean[] = [];
  for (let i = 1; i < times.length; i++) {
    const natural = (times[i]! - times[i - 1]!) * msPerCalendarMs;
    const step =
      options.pacing === 'linear' ? natural : Math.min(Math.max(natural, options.minStepMs), options.maxStepMs);
    jumps.push(options.pacing === 'events' && natural > options.maxStepMs);
    clocks.push(clocks[i - 1]! + step);
  }
  const duration = clocks[clocks.length - 1]!;

  // Index of the step that contains value v in the ascending array xs.
  const stepIndex = (xs: number[], v: number) => {
    let lo = 0;
    let hi = xs.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! <= v) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const lerp = (from: number[], to: number[], v: number) => {
    if (from.length < 2) return to[0]!;
    const i = stepIndex(from, v);
    const span = from[i + 1]! - from[i]!;
    const f = span === 0 ? 0 : (v - from[i]!) / span;
    return to[i]! + f * (to[i + 1]! - to[i]!);
  };

  return {
    duration,
    timeAt: (clock) => (clock <= 0 ? d0 : clock >= duration ? d1 : lerp(clocks, times, clock)),
    clockAt: (time) => (time <= d0 ? 0 : time >= d1 ? duration : lerp(times, clocks, time)),
    jumpAt(clock) {
      if (clock <= 0 || clock >= duration || times.length < 2) return null;
      const i = stepIndex(clocks, clock);
      return jumps[i] ? { from: times[i]!, to: times[i + 1]! } : null;
    },
  };
}
