/**
 * How strongly each visible event is drawn at time t: recent events get a halo, older ones
 * fade (but stay) in cumulative mode, the selected one is ringed. Also which events have
 * just appeared as time moved forward, for the pulse and the route drawing.
 */
import { isRecentAt, type TimeMode } from '../data/time';
import type { SortieEvent } from '../data/validate';
import type { EventVisualState } from '../map/map-view';

const DAY = 86_400_000;

/** How long after its start an event counts as recent (halo). */
export const RECENT_MS = 45 * DAY;
/** Over how long after its end an event fades to its floor in cumulative mode. */
export const FADE_MS = 3 * 365 * DAY;
/** The faintest an old event gets: still readable, clearly behind the new ones. */
export const FADE_FLOOR = 0.45;
/**
 * Fade moves in steps this size (12 from 1 to the floor): a difference a reader cannot see,
 * and a small step of time changes few events' fade, each a feature-state change on the map.
 */
export const FADE_STEP = 0.05;

export function eventStates(
  visible: readonly SortieEvent[],
  t: number,
  mode: TimeMode,
  windowMs: number,
  selectedId: string | null,
): Map<string, EventVisualState> {
  const states = new Map<string, EventVisualState>();
  for (const e of visible) {
    const span = mode === 'window' ? Math.max(windowMs, DAY) : FADE_MS;
    const age = Math.max(0, t - e.end);
    // Divided by the whole number of steps per unit, so 0.7 comes out as 0.7, not 0.7000000000000001.
    const fade = Math.round(Math.max(FADE_FLOOR, 1 - ((1 - FADE_FLOOR) * age) / span) / FADE_STEP) / Math.round(1 / FADE_STEP);
    states.set(e.id, { fade, recent: isRecentAt(e, t, RECENT_MS), selected: e.id === selectedId });
  }
  return states;
}

/**
 * Events whose start time moved from after `previous` to at or before `t`: they appeared
 * because time went forward. Moving back, or not moving, makes nothing appear.
 */
export function appearedBetween(events: readonly SortieEvent[], previous: number, t: number): SortieEvent[] {
  if (!(t > previous)) return [];
  return events.filter((e) => e.start > previous && e.start <= t);
}
