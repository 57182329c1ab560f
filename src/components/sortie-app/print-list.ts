/**
 * Which events a printed page lists. Printing 100,000 lines is no use to anyone (and takes
 * the browser minutes): the page lists the first PRINT_MAX events on the map by start
 * time and says how many more there are.
 */
import { byStart } from '../sortie-event-list/by-start';

/** At most this many events are printed. */
export const PRINT_MAX = 500;

export interface PrintedEvents<T> {
  /** The events printed, by start time. */
  shown: readonly T[];
  /** How many more are on the map and not printed. */
  more: number;
}

export function printedEvents<T extends { start: number }>(visible: readonly T[], max: number = PRINT_MAX): PrintedEvents<T> {
  const ordered = byStart(visible);
  return { shown: ordered.length > max ? ordered.slice(0, max) : ordered, more: Math.max(0, ordered.length - max) };
}

/** The line under a capped list; empty when every event was printed. */
export function moreText(more: number, downloadable: boolean): string {
  if (more <= 0) return '';
  const count = `${more.toLocaleString('en-GB')} more ${more === 1 ? 'event is' : 'events are'} on the map at this date but not printed`;
  return downloadable ? `…and ${count}. Download data, Events shown (CSV), has all of them.` : `…and ${count}.`;
}
