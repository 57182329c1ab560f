import { describe, expect, it } from 'vitest';
import { createTrack, DEFAULT_TRACK_OPTIONS, type Track } from './playback';

const DAY = 86_400_000;
const d = (y: number, m: number, day = 1) => Date.UTC(y, m - 1, day);

// Two bursts of events a year and a half apart.
const stops = [d(2015, 7), d(2015, 9), d(2015, 10, 1), d(2017, 4, 4), d(2017, 4, 6), d(2017, 4, 8)];
const domain: [number, number] = [d(2015, 7), d(2017, 4, 8)];

describe('createTrack, events pacing', () => {
  const track = createTrack(stops, domain, DEFAULT_TRACK_OPTIONS);

  it('skips the 18 empty months: a rest on the last event, then one short crossing', () => {
    const linearMs = ((d(2017, 4, 4) - d(2015, 10, 1)) / DAY / DEFAULT_TRACK_OPTIONS.daysPerSecond) * 1000;
    expect(linearMs).toBeGreaterThan(18_000);
    const gapMs = track.clockAt(d(2017, 4, 4)) - track.clockAt(d(2015, 10, 1));
    // The whole gap costs one ordinary step.
    expect(gapMs).toBe(DEFAULT_TRACK_OPTIONS.minStepMs);
    // Dates strictly inside the gap are on screen only during the crossing.
    expect(msStrictlyBetween(track, d(2015, 10, 1), d(2017, 4, 4))).toBeLessThanOrEqual(DEFAULT_TRACK_OPTIONS.jumpMs + 1);
    // The rest: the time stays on the event just reached before it leaves.
    const start = track.clockAt(d(2015, 10, 1));
    expect(track.timeAt(start + DEFAULT_TRACK_OPTIONS.minStepMs - DEFAULT_TRACK_OPTIONS.jumpMs - 1)).toBe(d(2015, 10, 1));
  });

  it('gives events on consecutive days at least the minimum step', () => {
    const step = track.clockAt(d(2017, 4, 6)) - track.clockAt(d(2017, 4, 4));
    expect(step).toBe(DEFAULT_TRACK_OPTIONS.minStepMs);
  });

  it('reports the crossing as a jump, and ordinary steps and the rest before it as none', () => {
    const mid = track.clockAt(d(2017, 4, 4)) - DEFAULT_TRACK_OPTIONS.jumpMs / 2;
    expect(track.jumpAt(mid)).toEqual({ from: d(2015, 10, 1), to: d(2017, 4, 4) });
    const early = (track.clockAt(d(2015, 9)) + track.clockAt(d(2015, 10, 1))) / 2;
    expect(track.jumpAt(early)).toBeNull();
    expect(track.jumpAt(track.clockAt(d(2015, 10, 1)) + 10)).toBeNull();
  });

  it('maps clock to time monotonically and back, clamped at both ends', () => {
    let last = -Infinity;
    for (let c = 0; c <= track.duration; c += 97) {
      const t = track.timeAt(c);
      expect(t).toBeGreaterThanOrEqual(last);
      // Inside a rest every clock shows the same time; elsewhere the map is one to one.
      const resting = track.timeAt(c - 1) === t || track.timeAt(c + 1) === t;
      if (resting) expect(track.clockAt(t)).toBeLessThanOrEqual(c);
      else expect(track.clockAt(t)).toBeCloseTo(c, 3);
      last = t;
    }
    expect(track.timeAt(-1)).toBe(domain[0]);
    expect(track.timeAt(track.duration + 1)).toBe(domain[1]);
    expect(track.clockAt(d(2010, 1))).toBe(0);
  });

  it('reaches each stop exactly at a step boundary', () => {
    for (const s of stops) expect(track.timeAt(track.clockAt(s))).toBe(s);
  });
});

/** Ms of playing (at 1×, sampled every ms) during which the time is strictly between a and b. */
function msStrictlyBetween(track: Track, a: number, b: number): number {
  let ms = 0;
  for (let c = 0; c <= track.duration; c++) {
    const t = track.timeAt(c);
    if (t > a && t < b) ms++;
  }
  return ms;
}

describe('the 2003 event and 2015: an 11-year gap', () => {
  const gapStops = [d(2003, 1), d(2015, 1), d(2015, 7, 1), d(2015, 7, 24)];
  const gapDomain: [number, number] = [d(2003, 1), d(2015, 8)];

  it('with skip on, crossing it takes less than one step of playing', () => {
    const track = createTrack(gapStops, gapDomain, DEFAULT_TRACK_OPTIONS);
    expect(msStrictlyBetween(track, d(2003, 1), d(2015, 1))).toBeLessThanOrEqual(DEFAULT_TRACK_OPTIONS.minStepMs);
    expect(track.clockAt(d(2015, 1)) - track.clockAt(d(2003, 1))).toBe(DEFAULT_TRACK_OPTIONS.minStepMs);
  });

  it('with skip off, it plays at the linear rate (about 146 s at 30 days a second)', () => {
    const track = createTrack(gapStops, gapDomain, { ...DEFAULT_TRACK_OPTIONS, pacing: 'linear' });
    const expected = ((d(2015, 1) - d(2003, 1)) / DAY / DEFAULT_TRACK_OPTIONS.daysPerSecond) * 1000;
    expect(track.clockAt(d(2015, 1)) - track.clockAt(d(2003, 1))).toBeCloseTo(expected, 6);
    expect(msStrictlyBetween(track, d(2003, 1), d(2015, 1))).toBeGreaterThan(expected - 2);
  });
});

describe('createTrack, linear pacing', () => {
  it('moves calendar time at a constant rate with no jumps', () => {
    const track = createTrack(stops, domain, { ...DEFAULT_TRACK_OPTIONS, pacing: 'linear', daysPerSecond: 30 });
    expect(track.duration).toBeCloseTo(((domain[1] - domain[0]) / DAY / 30) * 1000, 6);
    expect(track.timeAt(1000)).toBeCloseTo(domain[0] + 30 * DAY, -1);
    expect(track.jumpAt(track.duration / 2)).toBeNull();
  });
});

describe('createTrack, degenerate input', () => {
  it('handles no stops and a zero-length domain', () => {
    const empty = createTrack([], [5, 5], DEFAULT_TRACK_OPTIONS);
    expect(empty.duration).toBe(0);
    expect(empty.timeAt(10)).toBe(5);
  });
});
