/**
 * Which events a printed page lists. Printing 100,000 lines is no use to anyone (and takes
 * the browser minutes): the page lists the first PRINT_MAX events on the map by start
 * time and says how many more there are.
 */
import type { EventRun } from '../../state/event-run';
import { formatCount } from '../shared/format';

/** At most this many events are printed. */
export const PRINT_MAX = 500;

export interface PrintedEvents<T> {
  /** The events printed, by start time. */
  shown: readonly T[];
  /** How many more are on the map and not printed. */
  more: number;
}

/** `visible` is by start already (the time index's run); only the printed rows are read. */
export function printedEvents<T>(visible: EventRun<T>, max: number = PRINT_MAX): PrintedEvents<T> {
  return { shown: visible.head(max), more: Math.max(0, visible.length - max) };
}

/** The line under a capped list; empty when every event was printed. */
export function moreText(more: number, downloadable: boolean): string {
  if (more <= 0) return '';
  const count = `${formatCount(more)} more ${more === 1 ? 'event is' : 'events are'} on the map at this date but not printed`;
  return downloadable ? `…and ${count}. Download data, Events shown (CSV), has all of them.` : `…and ${count}.`;
}
