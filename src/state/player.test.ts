import { describe, expect, it } from 'vitest';
import { createTrack, DEFAULT_TRACK_OPTIONS } from './playback';
import { Player } from './player';

const DAY = 86_400_000;

/** A fake frame loop: `advance(ms)` runs one pending frame after ms of wall time. */
function harness() {
  let now = 0;
  let pending: (() => void) | null = null;
  const times: number[] = [];
  let ended = 0;
  const player = new Player({
    now: () => now,
    requestFrame: (cb) => {
      pending = cb;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
    onTime: (t) => times.push(t),
    onEnd: () => {
      ended += 1;
    },
  });
  return {
    player,
    times,
    ended: () => ended,
    hasFrame: () => pending !== null,
    advance(ms: number) {
      now += ms;
      const cb = pending;
      pending = null;
      cb?.();
    },
  };
}

// 100 days played linearly at 10 days/s: 10 s of playing.
const track = createTrack([], [0, 100 * DAY], { ...DEFAULT_TRACK_OPTIONS, pacing: 'linear', daysPerSecond: 10 });

describe('Player', () => {
  it('advances time with each frame, scaled by speed', () => {
    const h = harness();
    h.player.play(track, 0);
    h.advance(200);
    expect(h.times.at(-1)).toBeCloseTo(2 * DAY, -1);
    h.player.speed = 2;
    h.advance(200);
    expect(h.times.at(-1)).toBeCloseTo(6 * DAY, -1);
  });

  it('stops at the end, reports the last time and calls onEnd once', () => {
    const h = harness();
    h.player.play(track, 99 * DAY);
    h.advance(200);
    h.advance(200);
    expect(h.times.at(-1)).toBe(100 * DAY);
    expect(h.ended()).toBe(1);
    expect(h.player.playing).toBe(false);
    expect(h.hasFrame()).toBe(false);
  });

  it('loops back to the start instead of ending when loop is on', () => {
    const h = harness();
    h.player.loop = true;
    h.player.play(track, 99.9 * DAY);
    h.advance(200);
    expect(h.ended()).toBe(0);
    expect(h.player.playing).toBe(true);
    expect(h.times.at(-1)!).toBeLessThan(DAY);
  });

  it('rewinds when asked to play from the end', () => {
    const h = harness();
    h.player.play(track, 100 * DAY);
    expect(h.times[0]).toBe(0);
    h.advance(100);
    expect(h.times.at(-1)).toBeCloseTo(1 * DAY, -1);
  });

  it('pauses: no frame stays scheduled and time stops moving', () => {
    const h = harness();
    h.player.play(track, 0);
    h.advance(100);
    h.player.pause();
    const count = h.times.length;
    h.advance(100);
    expect(h.times.length).toBe(count);
    expect(h.hasFrame()).toBe(false);
  });

  it('caps a long frame so a background tab does not leap ahead', () => {
    const h = harness();
    h.player.play(track, 0);
    h.advance(60_000);
    expect(h.times.at(-1)).toBeCloseTo(2.5 * DAY, -1);
  });
});
