import { describe, expect, it } from 'vitest';
import { createTrack, DEFAULT_TRACK_OPTIONS } from './playback';

const DAY = 86_400_000;
const d = (y: number, m: number, day = 1) => Date.UTC(y, m - 1, day);

// Two bursts of events a year and a half apart.
const stops = [d(2015, 7), d(2015, 9), d(2015, 10, 1), d(2017, 4, 4), d(2017, 4, 6), d(2017, 4, 8)];
const domain: [number, number] = [d(2015, 7), d(2017, 4, 8)];

describe('createTrack, events pacing', () => {
  const track = createTrack(stops, domain, DEFAULT_TRACK_OPTIONS);

  it('plays the 18 empty months in one capped step instead of ~18 seconds', () => {
    const linearMs = ((d(2017, 4, 4) - d(2015, 10, 1)) / DAY / DEFAULT_TRACK_OPTIONS.daysPerSecond) * 1000;
    expect(linearMs).toBeGreaterThan(18_000);
    const gapMs = track.clockAt(d(2017, 4, 4)) - track.clockAt(d(2015, 10, 1));
    expect(gapMs).toBe(DEFAULT_TRACK_OPTIONS.maxStepMs);
  });

  it('gives events on consecutive days at least the minimum step', () => {
    const step = track.clockAt(d(2017, 4, 6)) - track.clockAt(d(2017, 4, 4));
    expect(step).toBe(DEFAULT_TRACK_OPTIONS.minStepMs);
  });

  it('reports the compressed step as a jump, and ordinary steps as none', () => {
    const mid = (track.clockAt(d(2015, 10, 1)) + track.clockAt(d(2017, 4, 4))) / 2;
    expect(track.jumpAt(mid)).toEqual({ from: d(2015, 10, 1), to: d(2017, 4, 4) });
    const early = (track.clockAt(d(2015, 9)) + track.clockAt(d(2015, 10, 1))) / 2;
    expect(track.jumpAt(early)).toBeNull();
  });

  it('maps clock to time monotonically and back, clamped at both ends', () => {
    let last = -Infinity;
    for (let c = 0; c <= track.duration; c += 97) {
      const t = track.timeAt(c);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
      expect(track.clockAt(t)).toBeCloseTo(c, 3);
    }
    expect(track.timeAt(-1)).toBe(domain[0]);
    expect(track.timeAt(track.duration + 1)).toBe(domain[1]);
    expect(track.clockAt(d(2010, 1))).toBe(0);
  });

  it('reaches each stop exactly at a step boundary', () => {
    for (const s of stops) expect(track.timeAt(track.clockAt(s))).toBe(s);
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
