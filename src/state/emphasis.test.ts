import { describe, expect, it } from 'vitest';
import type { SortieEvent } from '../data/validate';
import { appearedBetween, eventStates, FADE_FLOOR, FADE_STEP, RECENT_MS } from './emphasis';

const DAY = 86_400_000;
const ev = (id: string, start: number, end = start + DAY - 1) => ({ id, start, end }) as SortieEvent;

describe('eventStates', () => {
  const a = ev('a', 0);
  const old = ev('old', -10 * 365 * DAY);
  it('gives a fresh event full strength and a halo, an old one the fade floor and none', () => {
    const states = eventStates([a, old], 10 * DAY, 'cumulative', 0, null);
    expect(states.get('a')).toEqual({ fade: 1, recent: true, selected: false });
    expect(states.get('old')).toEqual({ fade: FADE_FLOOR, recent: false, selected: false });
  });
  it('drops the halo once the event is older than RECENT_MS', () => {
    expect(eventStates([a], RECENT_MS + DAY, 'cumulative', 0, null).get('a')?.recent).toBe(false);
  });
  it('fades across the window in window mode', () => {
    const w = 90 * DAY;
    const half = eventStates([a], 45 * DAY, 'window', w, null).get('a')!.fade;
    expect(half).toBeLessThan(1);
    expect(half).toBeGreaterThan(FADE_FLOOR);
  });
  it('marks the selected event', () => {
    expect(eventStates([a, old], 0, 'cumulative', 0, 'old').get('old')?.selected).toBe(true);
  });
});

describe('appearedBetween', () => {
  const events = [ev('a', 10), ev('b', 20), ev('c', 30)];
  it('returns events whose start was crossed going forward, edges as closed at t', () => {
    expect(appearedBetween(events, 10, 30).map((e) => e.id)).toEqual(['b', 'c']);
  });
  it('returns nothing when time goes back or stays', () => {
    expect(appearedBetween(events, 30, 10)).toEqual([]);
    expect(appearedBetween(events, 20, 20)).toEqual([]);
  });
});

describe('fade steps', () => {
  const a = ev('a', 0);
  it('moves in steps of FADE_STEP from 1 to the floor, each value exact', () => {
    const fades = new Set(Array.from({ length: 4 * 365 }, (_, day) => eventStates([a], day * DAY, 'cumulative', 0, null).get('a')!.fade));
    expect([...fades].sort((x, y) => x - y)).toEqual([0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]);
    expect(FADE_STEP).toBe(0.05);
  });
  it('changes an event\'s fade rarely as the time moves a day at a time', () => {
    let changes = 0;
    let last = 1;
    for (let day = 0; day < 365; day++) {
      const fade = eventStates([a], day * DAY, 'cumulative', 0, null).get('a')!.fade;
      if (fade !== last) changes++;
      last = fade;
    }
    // Over a year the fade falls by about 0.18: four steps of 0.05 at most.
    expect(changes).toBeLessThanOrEqual(4);
  });
});
