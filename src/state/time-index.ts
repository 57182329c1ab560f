/**
 * An index over one list of events, built once (O(N log N)), that answers the questions a
 * time step asks in O(log N) or O(answer) instead of a scan of every event (STYLE.md: work
 * per step is O(1) in the number of events). Its answers are those of the naive definitions
 * (isVisibleAt in data/time.ts, visibleEvents in selectors.ts, stepTarget in the timeline's
 * navigation.ts); time-index.test.ts checks them against each other on random event sets.
 *
 * How the counts work: an event is visible at t in cumulative mode iff start ≤ t, and in
 * window mode iff start ≤ t and end ≥ t − w. Because end ≥ start, every event with
 * end < t − w (w ≥ 0) also has start ≤ t, so the window count is exactly
 * #(start ≤ t) − #(end < t − w): two binary searches over sorted starts and sorted ends.
 * The same pair of sorted arrays per kind and per actor gives the legend's counts.
 *
 * Preconditions (what validation guarantees): start and end are finite numbers with
 * end ≥ start, and windowMs ≥ 0. A negative window is read as 0.
 */
import type { TimeMode } from '../data/time';
import type { SortieEvent } from '../data/validate';
import { EventRun } from './event-run';
import { forEachDistinct } from './distinct';
import { sweepCovered } from './gap-scale';

/** Starts ascending, and the kind of the event at each (an index into kindNames, first-seen order). */
export interface StartsByKind {
  starts: Float64Array;
  kindCodes: Uint32Array;
  kindNames: readonly string[];
}

const NONE = new Int32Array(0);

/** An event start to step to, and the first event (in the given order) that starts there. */
export interface StepTarget {
  time: number;
  eventId: string;
}

/** Index of the first value > x in a sorted array (= how many values are ≤ x). */
function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value ≥ x in a sorted array (= how many values are < x). */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions 0…n−1 ordered by their value, equal values in position order. A counting sort
 * over the distinct values (found by the engine's numeric sort of a copy): O(n log n) in
 * native code plus two passes, where a comparator sort of positions took 0.7 s at 10^6.
 */
export function stableOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const sorted = values.slice().sort();
  const rankOf = new Map<number, number>();
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) rankOf.set(sorted[i]!, rankOf.size);
  const firstAt = new Int32Array(rankOf.size + 1);
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) firstAt[(ranks[i] = rankOf.get(values[i]!)!) + 1]!++;
  for (let r = 1; r < firstAt.length; r++) firstAt[r]! += firstAt[r - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[firstAt[ranks[i]!]!++] = i;
  return order;
}

/** Sorted starts and sorted ends of the events of one kind (or one actor). */
interface Bounds {
  starts: Float64Array;
  ends: Float64Array;
}

function sortedBounds(groups: Map<string, { starts: number[]; ends: number[] }>): Map<string, Bounds> {
  const out = new Map<string, Bounds>();
  for (const [key, { starts, ends }] of groups) {
    out.set(key, { starts: Float64Array.from(starts).sort(), ends: Float64Array.from(ends).sort() });
  }
  return out;
}

function countIn({ starts, ends }: Bounds, t: number, mode: TimeMode, windowMs: number): number {
  const started = upperBound(starts, t);
  return mode === 'window' ? started - lowerBound(ends, t - Math.max(0, windowMs)) : started;
}

export class TimeIndex {
  /** How many events the index holds. */
  readonly size: number;

  /** Every start, ascending (byStart's): playback's stops, sorted once here. Read only. */
  get starts(): ArrayLike<number> {
    return this.#starts;
  }

  /** The events sorted by start; equal starts keep their original order. */
  readonly byStart: readonly SortieEvent[];
  /** starts[i] = byStart[i].start. */
  readonly #starts: Float64Array;
  /** Every end, sorted on its own. */
  readonly #ends: Float64Array;
  /** Max-of-ends tree over byStart positions (leaves at #leaves + i), for window mode. */
  readonly #maxEnd: Float64Array;
  readonly #leaves: number;
  readonly #kinds: Map<string, Bounds>;
  readonly #actors: Map<string, Bounds>;
  readonly #kindTotals: Map<string, number>;

  private constructor(events: readonly SortieEvent[]) {
    const n = events.length;
    this.size = n;
    const raw = new Float64Array(n);
    for (let i = 0; i < n; i++) raw[i] = events[i]!.start;
    const order = stableOrder(raw);
    const byStart: SortieEvent[] = new Array<SortieEvent>(n);
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const event = events[order[i]!]!;
      byStart[i] = event;
      starts[i] = event.start;
      ends[i] = event.end;
    }
    this.byStart = byStart;
    this.#starts = starts;

    let leaves = 1;
    while (leaves < n) leaves *= 2;
    const tree = new Float64Array(2 * leaves).fill(-Infinity);
    tree.set(ends, leaves);
    for (let i = leaves - 1; i >= 1; i--) tree[i] = Math.max(tree[2 * i]!, tree[2 * i + 1]!);
    this.#maxEnd = tree;
    this.#leaves = leaves;
    this.#ends = ends.sort();

    type Group = { starts: number[]; ends: number[]; code: number };
    const kinds = new Map<string, Group>();
    const actors = new Map<string, Group>();
    const add = (groups: Map<string, Group>, key: string, event: SortieEvent): Group => {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { starts: [], ends: [], code: groups.size }));
      group.starts.push(event.start);
      group.ends.push(event.end);
      return group;
    };
    // First-seen order in the original list, as selectors.ts kindCounts gives it.
    const kindOf = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const event = events[i]!;
      kindOf[i] = add(kinds, event.kind, event).code;
      // An actor listed twice on one event still counts that event once.
      forEachDistinct(event.actors, (actor) => add(actors, actor, event));
    }
    this.#kinds = sortedBounds(kinds);
    this.#actors = sortedBounds(actors);
    this.#kindTotals = new Map([...kinds].map(([kind, g]) => [kind, g.starts.length]));
    const kindCodes = new Uint32Array(n);
    for (let i = 0; i < n; i++) kindCodes[i] = kindOf[order[i]!]!;
    this.startsByKind = { starts, kindCodes, kindNames: [...kinds.keys()] };
  }

  /** byStart's starts with each event's kind as a number: the histogram's input, no event read. */
  readonly startsByKind: StartsByKind;

  #covered: Array<[number, number]> | null = null;

  /**
   * The events' intervals merged into disjoint stretches (gap-scale.ts coveredStretches),
   * from the sorted starts and ends the index holds: one pass, no sort. Kept once worked out.
   */
  covered(): ReadonlyArray<readonly [number, number]> {
    this.#covered ??= sweepCovered(this.#starts, this.#ends);
    return this.#covered;
  }

  /** Builds the index over `events` (O(N log N)); the list itself is not kept or changed. */
  static build(events: readonly SortieEvent[]): TimeIndex {
    return new TimeIndex(events);
  }

  /** How many events are visible at t (as isVisibleAt decides). O(log N). */
  countVisible(t: number, mode: TimeMode, windowMs: number): number {
    return countIn({ starts: this.#starts, ends: this.#ends }, t, mode, windowMs);
  }

  /** Visible events at t per kind, for every kind the index holds (0 included), in first-seen order. O(kinds · log N). */
  countVisibleByKind(t: number, mode: TimeMode, windowMs: number): Map<string, number> {
    return this.#countBy(this.#kinds, t, mode, windowMs);
  }

  /** Visible events at t per actor (an event counts once per actor it names), every actor included. O(actors · log N). */
  countVisibleByActor(t: number, mode: TimeMode, windowMs: number): Map<string, number> {
    return this.#countBy(this.#actors, t, mode, windowMs);
  }

  /** Events per kind in the whole index, in first-seen order (selectors.ts kindCounts, without the scan). */
  kindTotals(): Map<string, number> {
    return new Map(this.#kindTotals);
  }

  /** The nearest start strictly after t, and the first event (original order) that starts there. O(log N). */
  next(t: number): StepTarget | null {
    const i = upperBound(this.#starts, t);
    const event = this.byStart[i];
    return event ? { time: event.start, eventId: event.id } : null;
  }

  /** The nearest start strictly before t, and the first event (original order) that starts there. O(log N). */
  previous(t: number): StepTarget | null {
    const j = lowerBound(this.#starts, t) - 1;
    if (j < 0) return null;
    const event = this.byStart[lowerBound(this.#starts, this.#starts[j]!)]!;
    return { time: event.start, eventId: event.id };
  }

  /**
   * How many events have started by t, and how many ended before the window (window mode;
   * 0 in cumulative mode). The visible set is a function of the pair, so two times with
   * the same pair show the same events (the map skips such a step). O(log N).
   */
  stage(t: number, mode: TimeMode, windowMs: number): readonly [started: number, ended: number] {
    const started = upperBound(this.#starts, t);
    return [started, mode === 'window' ? lowerBound(this.#ends, t - Math.max(0, windowMs)) : 0];
  }

  /**
   * The events visible at t, by start (ties in original order, as the list shows them), read
   * in place. Cumulative mode: a prefix of byStart, O(log N). Window mode: the events that
   * started inside the window (a stretch of byStart) after those that started before it and
   * reach into it, found through the max-of-ends tree in O(log N + r log N) for r of them.
   */
  visible(t: number, mode: TimeMode, windowMs: number): EventRun<SortieEvent> {
    return this.#visibleIn(0, this.size, t, mode, windowMs);
  }

  /**
   * The events visible at t that started after `previous`: those that appeared because time
   * moved forward (emphasis.ts appearedBetween, without the pass over what is visible).
   * Moving back, or not moving, makes nothing appear.
   */
  appeared(previous: number, t: number, mode: TimeMode, windowMs: number): EventRun<SortieEvent> {
    if (!(t > previous)) return EventRun.EMPTY;
    return this.#visibleIn(upperBound(this.#starts, previous), this.size, t, mode, windowMs);
  }

  /** The events visible at t whose start is in [from, to), by start. */
  visibleStartingIn(from: number, to: number, t: number, mode: TimeMode, windowMs: number): EventRun<SortieEvent> {
    return this.#visibleIn(lowerBound(this.#starts, from), lowerBound(this.#starts, to), t, mode, windowMs);
  }

  /** Visible events at t among byStart[lo, hi). */
  #visibleIn(lo: number, hi: number, t: number, mode: TimeMode, windowMs: number): EventRun<SortieEvent> {
    const started = Math.min(hi, upperBound(this.#starts, t));
    if (lo >= started) return EventRun.EMPTY;
    if (mode === 'cumulative') return new EventRun(this.byStart, NONE, lo, started);
    // Started inside the window: visible whatever their end (end ≥ start ≥ t − w).
    const q = t - Math.max(0, windowMs);
    const inside = Math.max(lo, lowerBound(this.#starts, q));
    // Started before it: visible if they reach into it.
    return new EventRun(this.byStart, this.#reaching(lo, inside, q), inside, started);
  }

  /** The byStart positions in [from, limit) whose end ≥ q, ascending (the tree skips the rest). */
  #reaching(from: number, limit: number, q: number): Int32Array {
    if (from >= limit) return NONE;
    const tree = this.#maxEnd;
    const out: number[] = [];
    const stack: Array<[node: number, lo: number, hi: number]> = [[1, 0, this.#leaves]];
    while (stack.length) {
      const [node, lo, hi] = stack.pop()!;
      if (lo >= limit || hi <= from || tree[node]! < q) continue;
      if (hi - lo === 1) {
        out.push(lo);
        continue;
      }
      const mid = (lo + hi) >>> 1;
      // Right pushed first, so the left half comes out first: ascending positions.
      stack.push([2 * node + 1, mid, hi], [2 * node, lo, mid]);
    }
    return Int32Array.from(out);
  }

  #countBy(groups: Map<string, Bounds>, t: number, mode: TimeMode, windowMs: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [key, bounds] of groups) out.set(key, countIn(bounds, t, mode, windowMs));
    return out;
  }
}
