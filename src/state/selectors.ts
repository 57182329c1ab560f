/**
 * Derived values. The map and the components ask these what to show; none of them
 * decides visibility on its own (STYLE.md).
 */
import { isVisibleAt } from '../data/time';
import type { SortieEvent } from '../data/validate';
import type { SortieState } from './store';

type Filters = Pick<SortieState, 'time' | 'mode' | 'windowMs' | 'kinds' | 'actors'>;

/** Whether one event passes the kind and actor filters, at any time. */
export function passesFilters(event: SortieEvent, state: Pick<SortieState, 'kinds' | 'actors'>): boolean {
  return (state.kinds === null || state.kinds.has(event.kind))
    && (state.actors === null || event.actors.some((actor) => state.actors?.has(actor)));
}

/** Whether one event passes the time, kind and actor filters of the state. */
export function isEventVisible(event: SortieEvent, state: Filters): boolean {
  return isVisibleAt(event, state.time, state.mode, state.windowMs) && passesFilters(event, state);
}

/** The events to draw for a state, in their original order. */
export function visibleEvents(events: readonly SortieEvent[], state: Filters): SortieEvent[] {
  return events.filter((event) => isEventVisible(event, state));
}

/** [earliest start, latest end] over all events, or null when there are none. */
export function timeExtent(events: readonly SortieEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    min = Math.min(min, e.start);
    max = Math.max(max, e.end);
  }
  return [min, max];
}

/** Number of events of each kind that occurs, in first-seen order. */
export function kindCounts(events: readonly SortieEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return counts;
}
