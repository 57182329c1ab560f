import { describe, expect, it } from 'vitest';
import type { SortieEvent } from '../data/validate';
import { isEventVisible, kindCounts, timeExtent, visibleEvents } from './selectors';
import { initialState } from './store';

// Event times are built with Date.UTC; TZ pinned so nothing depends on the machine's zone.
process.env.TZ = 'UTC';

const DAY = 86_400_000;

function event(id: string, kind: SortieEvent['kind'], start: number, end: number, actors: string[] = ['Russia']): SortieEvent {
  return {
    id, kind, start, end, actors,
    title: id, summary: '', date: '', place: '', location_precision: 'city', sources: [],
    precision: 'day', uncertain: false, openStart: false, openEnd: false,
    geometry: { type: 'Point', coordinates: [36, 35] },
  };
}

const t0 = Date.UTC(2017, 3, 4);
const events = [
  event('a', 'strike', t0, t0 + DAY - 1, ['United States']),
  event('b', 'protest', t0 + 10 * DAY, t0 + 11 * DAY - 1, ['Syria']),
  event('c', 'strike', t0 + 20 * DAY, t0 + 21 * DAY - 1, ['Russia', 'Syria']),
];
const ids = (list: SortieEvent[]) => list.map((e) => e.id);

describe('visibleEvents', () => {
  it('cumulative: shows every event that has started, including one starting exactly now', () => {
    expect(ids(visibleEvents(events, initialState({ time: t0 + 10 * DAY })))).toEqual(['a', 'b']);
    expect(ids(visibleEvents(events, initialState({ time: t0 - 1 })))).toEqual([]);
  });

  it('window: shows events overlapping the trailing window, edges included', () => {
    const state = initialState({ mode: 'window', windowMs: 9 * DAY, time: t0 + DAY - 1 + 9 * DAY });
    expect(ids(visibleEvents(events, state))).toEqual(['a']);
    expect(ids(visibleEvents(events, { ...state, time: state.time + 1 }))).toEqual(['b']);
  });

  it('filters by kind and by actor; null means all', () => {
    const late = initialState({ time: t0 + 100 * DAY });
    expect(ids(visibleEvents(events, { ...late, kinds: new Set(['strike']) }))).toEqual(['a', 'c']);
    expect(ids(visibleEvents(events, { ...late, actors: new Set(['Syria']) }))).toEqual(['b', 'c']);
    expect(ids(visibleEvents(events, { ...late, kinds: new Set() }))).toEqual([]);
    expect(isEventVisible(events[0]!, late)).toBe(true);
  });
});

describe('timeExtent and kindCounts', () => {
  it('spans from the first start to the last end', () => {
    expect(timeExtent(events)).toEqual([t0, t0 + 21 * DAY - 1]);
    expect(timeExtent([])).toBeNull();
  });

  it('counts events per kind', () => {
    expect([...kindCounts(events)]).toEqual([['strike', 2], ['protest', 1]]);
  });
});
