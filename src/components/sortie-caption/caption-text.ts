/**
 * What the playback caption says: the events reached at one step, as "date · title" lines,
 * and the sentence its live region reads. Pure, so it is tested without a browser.
 */
import { formatDate } from '../../data/time';
import type { SortieEvent } from '../../data/validate';

/** At most this many events get a line (and a Details button); the rest are counted. */
export const MAX_LINES = 3;

export type CaptionEvent = Pick<SortieEvent, 'id' | 'title' | 'date' | 'start'>;

export interface CaptionLine {
  id: string;
  /** The event's date in words ("7 April 2017", "July 2015"). */
  date: string;
  title: string;
}

export interface Caption {
  lines: CaptionLine[];
  /** Events reached but not given a line. */
  more: number;
  /** The sentence for a screen reader ("Reached 7 April 2017: …"); empty for no events. */
  spoken: string;
}

/** The caption for the events reached at one step (repeated ids once, in time order). */
export function captionFor(events: readonly CaptionEvent[]): Caption {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()].sort((a, b) => a.start - b.start);
  const lines = unique.slice(0, MAX_LINES).map((e) => ({ id: e.id, date: formatDate(e.date), title: e.title }));
  const more = unique.length - lines.length;
  const spoken = lines.length
    ? `Reached ${lines.map((l) => `${l.date}: ${l.title}`).join('; ')}${more ? `; and ${more} more` : ''}.`
    : '';
  return { lines, more, spoken };
}
