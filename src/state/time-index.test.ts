import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeMode } from '../data/time';
import type { SortieEvent } from '../data/validate';
// Test only: the timeline's stepTarget is the definition next()/previous() must match.
import { stepTarget } from '../components/sortie-timeline/navigation';
import { appearedBetween } from './emphasis';
import { coveredStretches } from './gap-scale';
import { kindCounts, visibleEvents } from './selectors';
import { initialState } from './store';
import { stableOrder, TimeIndex } from './time-index';

process.env.TZ = 'UTC';
const RUNS = { seed: 20_261_201, numRuns: 300 };
const DAY = 86_400_000;

function event(id: string, start: number, end: number, kind = 'strike', actors: string[] = []): SortieEvent {
  return {
    id, kind, start, end, actors,
    title: id, summary: '', date: '', place: '', location_precision: 'city', sources: [],
    precision: 'day', uncertain: false, openStart: false, openEnd: false,
    geometry: { type: 'Point', coordinates: [36, 35] },
  };
}

/**
 * Starts on a coarse grid (so many share one), spans of zero, under a day, days, or years,
 * a few kinds and actors (some listed twice on one event).
 */
const eventsArb = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 40 }),
    offset: fc.constantFrom(0, 0, 1, DAY / 2),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: DAY }), fc.integer({ min: 1, max: 30 }).map((d) => d * DAY),
      fc.integer({ min: 100, max: 2000 }).map((d) => d * DAY)),
    kind: fc.constantFrom('strike', 'protest', 'battle'),
    actors: fc.array(fc.constantFrom('A', 'B', 'C'), { maxLength: 3 }),
  }),
  { maxLength: 60 },
).map((raws) => raws.map((r, i) => {
  const start = r.day * DAY + r.offset;
  return event(`e${i}`, start, start + r.span, r.kind, r.actors);
}));

/** Times near and on the events' starts and ends, and far outside them. */
const timeArb = (events: SortieEvent[]) => fc.oneof(
  fc.integer({ min: -10 * DAY, max: 3000 * DAY }),
  ...(events.length
    ? [fc.constantFrom(...events.flatMap((e) => [e.start, e.end, e.start - 1, e.end + 1]))]
    : []),
);
const modeArb = fc.constantFrom<TimeMode>('cumulative', 'window');
const windowArb = fc.oneof(fc.constantFrom(0, 1, DAY, 30 * DAY, 365 * DAY), fc.integer({ min: 0, max: 3000 * DAY }));

const caseArb = eventsArb.chain((events) => fc.record({
  events: fc.constant(events),
  t: timeArb(events),
  t2: timeArb(events),
  mode: modeArb,
  windowMs: windowArb,
}));

const naiveVisible = (events: SortieEvent[], time: number, mode: TimeMode, windowMs: number) =>
  visibleEvents(events, initialState({ time, mode, windowMs }));

/** Stable by start (Array.prototype.sort is stable): the order the list shows. */
const byStartStable = (events: readonly SortieEvent[]) => [...events].sort((a, b) => a.start - b.start);
const ids = (events: readonly SortieEvent[]) => events.map((e) => e.id);

function tally(events: readonly SortieEvent[], keys: (e: SortieEvent) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) for (const k of new Set(keys(e))) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

describe('TimeIndex against the naive definitions (property tests)', () => {
  it('byStart is sorted by start, equal starts in original order', () => {
    fc.assert(fc.property(eventsArb, (events) => {
      const expected = events.map((e, i) => [e, i] as const).sort((a, b) => a[0].start - b[0].start || a[1] - b[1]).map(([e]) => e.id);
      const index = TimeIndex.build(events);
      expect(index.byStart.map((e) => e.id)).toEqual(expected);
      expect(index.size).toBe(events.length);
    }), RUNS);
  });

  it('visible() and countVisible() give visibleEvents(), by start (equal starts in original order)', () => {
    fc.assert(fc.property(caseArb, ({ events, t, mode, windowMs }) => {
      const index = TimeIndex.build(events);
      const expected = byStartStable(naiveVisible(events, t, mode, windowMs));
      const run = index.visible(t, mode, windowMs);
      expect(ids(run.toArray())).toEqual(ids(expected));
      expect(run.length).toBe(expected.length);
      expect(index.countVisible(t, mode, windowMs)).toBe(expected.length);
    }), RUNS);
  });

  it('appeared(previous, t) gives appearedBetween() of the visible events', () => {
    fc.assert(fc.property(caseArb, ({ events, t, t2, mode, windowMs }) => {
      const index = TimeIndex.build(events);
      const expected = appearedBetween(byStartStable(naiveVisible(events, t2, mode, windowMs)), t, t2);
      expect(ids(index.appeared(t, t2, mode, windowMs).toArray())).toEqual(ids(expected));
    }), RUNS);
  });

  it('two times at the same stage() show the same events', () => {
    let sameStage = 0;
    fc.assert(fc.property(caseArb, ({ events, t, t2, mode, windowMs }) => {
      const index = TimeIndex.build(events);
      const [a, b] = [index.stage(t, mode, windowMs), index.stage(t2, mode, windowMs)];
      if (a[0] !== b[0] || a[1] !== b[1]) return;
      sameStage++;
      const shown = (time: number) => ids(naiveVisible(events, time, mode, windowMs)).sort();
      expect(shown(t2)).toEqual(shown(t));
    }), RUNS);
    // The property was exercised, not skipped every time.
    expect(sameStage).toBeGreaterThan(10);
  });

  it('stage() moves when an event starts or, in window mode, leaves the window', () => {
    const index = TimeIndex.build([event('a', 10 * DAY, 12 * DAY)]);
    expect(index.stage(9 * DAY, 'cumulative', 0)).toEqual([0, 0]);
    expect(index.stage(10 * DAY, 'cumulative', 0)).toEqual([1, 0]);
    expect(index.stage(20 * DAY, 'window', DAY)).toEqual([1, 1]);
    expect(index.stage(12 * DAY, 'window', DAY)).toEqual([1, 0]);
  });

  it('visibleStartingIn(from, to, t) gives the visible events with from ≤ start < to', () => {
    fc.assert(fc.property(caseArb, ({ events, t, t2, mode, windowMs }) => {
      const index = TimeIndex.build(events);
      const [from, to] = t <= t2 ? [t, t2] : [t2, t];
      const expected = byStartStable(naiveVisible(events, t2, mode, windowMs)).filter((e) => e.start >= from && e.start < to);
      expect(ids(index.visibleStartingIn(from, to, t2, mode, windowMs).toArray())).toEqual(ids(expected));
    }), RUNS);
  });

  it('countVisibleByKind() and countVisibleByActor() count the visible events, every key of the index included', () => {
    fc.assert(fc.property(caseArb, ({ events, t, mode, windowMs }) => {
      const index = TimeIndex.build(events);
      const shown = naiveVisible(events, t, mode, windowMs);
      const byKind = tally(shown, (e) => [e.kind]);
      const byActor = tally(shown, (e) => e.actors);
      const kinds = index.countVisibleByKind(t, mode, windowMs);
      expect([...kinds.keys()]).toEqual([...kindCounts(events).keys()]);
      for (const [kind, n] of kinds) expect(n, kind).toBe(byKind.get(kind) ?? 0);
      const actors = index.countVisibleByActor(t, mode, windowMs);
      expect(new Set(actors.keys())).toEqual(new Set(events.flatMap((e) => e.actors)));
      for (const [actor, n] of actors) expect(n, actor).toBe(byActor.get(actor) ?? 0);
    }), RUNS);
  });

  it('next() and previous() give stepTarget()', () => {
    fc.assert(fc.property(caseArb, ({ events, t }) => {
      const index = TimeIndex.build(events);
      expect(index.next(t)).toEqual(stepTarget(events, t, 1));
      expect(index.previous(t)).toEqual(stepTarget(events, t, -1));
    }), RUNS);
  });

  it('startsByKind holds byStart\'s starts and kinds, kinds numbered in first-seen order', () => {
    fc.assert(fc.property(eventsArb, (events) => {
      const index = TimeIndex.build(events);
      const { starts, kindCodes, kindNames } = index.startsByKind;
      expect([...starts]).toEqual(index.byStart.map((e) => e.start));
      expect([...kindCodes].map((c) => kindNames[c])).toEqual(index.byStart.map((e) => e.kind));
      expect(kindNames).toEqual([...kindCounts(events).keys()]);
    }), RUNS);
  });

  it('covered() gives coveredStretches() of the events\' intervals', () => {
    fc.assert(fc.property(eventsArb, (events) => {
      expect(TimeIndex.build(events).covered()).toEqual(coveredStretches(events.map((e) => [e.start, e.end] as const)));
    }), RUNS);
  });

  it('kindTotals() gives kindCounts() in first-seen order', () => {
    fc.assert(fc.property(eventsArb, (events) => {
      expect([...TimeIndex.build(events).kindTotals()]).toEqual([...kindCounts(events)]);
    }), RUNS);
  });
});

describe('TimeIndex edge cases', () => {
  it('answers for no events', () => {
    const index = TimeIndex.build([]);
    expect(index.size).toBe(0);
    expect(index.visible(0, 'cumulative', 0).length).toBe(0);
    expect(index.countVisible(0, 'window', DAY)).toBe(0);
    expect(index.countVisibleByKind(0, 'cumulative', 0).size).toBe(0);
    expect(index.next(0)).toBeNull();
    expect(index.previous(0)).toBeNull();
    expect(index.appeared(-1, 1, 'window', DAY).length).toBe(0);
  });

  it('keeps the first event in the given order among equal starts', () => {
    const index = TimeIndex.build([event('late', 5 * DAY, 6 * DAY), event('x', DAY, DAY), event('y', DAY, 9 * DAY)]);
    expect(index.next(0)).toEqual({ time: DAY, eventId: 'x' });
    expect(index.previous(5 * DAY)).toEqual({ time: DAY, eventId: 'x' });
    expect(index.byStart.map((e) => e.id)).toEqual(['x', 'y', 'late']);
  });

  it('in window mode keeps a long event that started long before the window and still runs', () => {
    const events = [event('old-long', 0, 1000 * DAY), event('old-short', 0, DAY), event('new', 500 * DAY, 500 * DAY)];
    const index = TimeIndex.build(events);
    expect(ids(index.visible(600 * DAY, 'window', 30 * DAY).toArray())).toEqual(['old-long']);
    expect(index.countVisible(600 * DAY, 'window', 30 * DAY)).toBe(1);
  });

  it('does not keep or change the list it was built from', () => {
    const events = [event('b', 2, 2), event('a', 1, 1)];
    const index = TimeIndex.build(events);
    events.push(event('c', 0, 0));
    expect(index.size).toBe(2);
    expect(ids(index.visible(5, 'cumulative', 0).toArray())).toEqual(['a', 'b']);
  });
});

describe('stableOrder', () => {
  it('orders positions by value, equal values in position order (as a stable comparator sort does)', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1e12, -1e12));
    fc.assert(fc.property(fc.array(value, { maxLength: 80 }), (list) => {
      const values = Float64Array.from(list);
      const expected = list.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
      expect([...stableOrder(values)]).toEqual(expected);
    }), RUNS);
  });
});
