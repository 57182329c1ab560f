/**
 * When an EDTF date can be placed on the timeline. EDTF lets a text say far more than a
 * time-lapse map can draw: a year beyond any calendar (`Y170000002`), a year nobody knows
 * (`XXXX`, 0000 to 9999), a set with an open member (`[..2017]`). Each of these once passed
 * validation and broke the page (NaN in the slider, a RangeError in render, a 10,000-year
 * axis), so the rules below turn them into a problem that names the date and says why.
 *
 * The rules, in the order they are checked (the first that fails is reported):
 * 1. The date is a non-empty string that the EDTF parser reads.
 * 2. Both ends resolve to finite times. An interval with one end missing or open
 *    (`/2017`, `../2017`, `2017/`, `2017/..`) is placed at the period of the end it gives
 *    and flagged (the reader sees "start not stated"), as the dataset's own `/2015-07`
 *    events need; with neither end, or an open set member, it is "not bounded".
 * 3. It spans at most MAX_SPAN_YEARS. `201X` (a decade) and `20XX` (a century) can still be
 *    placed; `1XXX` or `XXXX` are too vague: the gap-compressed axis cannot squeeze time that
 *    an event covers, so one such event flattens every other event into a pixel.
 * 4. Its years lie within FIRST_YEAR..LAST_YEAR, the four-digit years of ordinary EDTF.
 *    Year 0 and BC years would print as their AD namesakes (Intl has no era by default),
 *    and five-digit years are typos far more often than history.
 * No rule bounds the dataset's overall extent: the axis squeezes empty stretches, so events
 * centuries apart stay readable; only a single event's own span is limited.
 */
import { readDate, type DatePrecision, type TimeInterval } from './time';

/** The longest span (years) one event may cover: `20XX`, a whole century, still fits. */
export const MAX_SPAN_YEARS = 100;
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** An event's time once placed: finite, start ≤ end, within the rules above. */
export interface PlacedDate extends TimeInterval {
  precision: DatePrecision;
}

export type DatePlacement = { ok: true; time: PlacedDate } | { ok: false; message: string };

const fail = (message: string): DatePlacement => ({ ok: false, message });
const yearsText = (n: number) => n.toLocaleString('en-GB');

/** The first millisecond `years` calendar years after t (leap days counted as they fall). */
function addYears(t: number, years: number): number {
  const d = new Date(t);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

/** Places one feature's `date` in time, or says (for the person who wrote it) why it cannot be. */
export function placeDate(date: unknown): DatePlacement {
  if (typeof date !== 'string' || date.trim() === '') {
    return fail(`${JSON.stringify(date) ?? 'undefined'} is not a usable EDTF date: it must be text such as "2017-04-06"`);
  }
  const shown = JSON.stringify(date);
  let read: ReturnType<typeof readDate>;
  try {
    read = readDate(date);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`${shown} is not a usable EDTF date (${reason})`);
  }
  const { start, end, openStart, openEnd, precision, years } = read;

  const badYear = years.find((y) => y < FIRST_YEAR || y > LAST_YEAR);
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    if (badYear !== undefined) return fail(yearProblem(shown, badYear));
    if (openStart && openEnd) return fail(`${shown} is not bounded: it gives neither a start nor an end`);
    const missing = Number.isFinite(start) ? 'latest' : 'earliest';
    return fail(`${shown} is not bounded: it gives no ${missing} date, so it cannot be placed in time`);
  }
  if (start > end) return fail(`${shown} ends before it starts`);
  if (end >= addYears(start, MAX_SPAN_YEARS)) {
    const span = Math.round((end - start) / (365.2425 * 86_400_000));
    return fail(`${shown} is too vague to place in time: it spans about ${yearsText(span)} years, and one event may span at most ${MAX_SPAN_YEARS}`);
  }
  const outside = [new Date(start).getUTCFullYear(), new Date(end).getUTCFullYear()]
    .find((y) => y < FIRST_YEAR || y > LAST_YEAR);
  if (outside !== undefined) return fail(yearProblem(shown, outside));
  return { ok: true, time: { start, end, openStart, openEnd, precision } };
}

function yearProblem(shown: string, year: number): string {
  return `${shown} names the year ${yearsText(year)}; the map can place dates from year ${FIRST_YEAR} to ${LAST_YEAR} only`;
}
