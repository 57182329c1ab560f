/**
 * Dates and durations in words for the timeline. Everything is UTC and en-GB, like the
 * dataset (src/data/time.ts), so the words never shift with the reader's timezone.
 */

export const DAY_MS = 86_400_000;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * "Friday 7 April 2017". Built from the parts, because engines disagree about the comma
 * after the weekday and tests pin the text.
 */
export function formatDay(time: number): string {
  return dayFormat
    .formatToParts(time)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/**
 * "8 January – 7 April 2017", "1–7 April 2017": the closed span [from, to], shared parts
 * said once, in the same shape as the dataset's ranges (src/data/time.ts). Written out
 * rather than Intl's formatRange, whose spacing differs between engines.
 */
export function formatSpan(from: number, to: number): string {
  const a = new Date(Math.min(from, to));
  const b = new Date(to);
  const day = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  const [sameYear, sameMonth] = [a.getUTCFullYear() === b.getUTCFullYear(), a.getUTCMonth() === b.getUTCMonth()];
  if (sameYear && sameMonth && a.getUTCDate() === b.getUTCDate()) return `${day(b)} ${b.getUTCFullYear()}`;
  if (sameYear && sameMonth) return `${a.getUTCDate()}–${day(b)} ${b.getUTCFullYear()}`;
  if (sameYear) return `${day(a)} – ${day(b)} ${b.getUTCFullYear()}`;
  return `${day(a)} ${a.getUTCFullYear()} – ${day(b)} ${b.getUTCFullYear()}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A length of time as a reader rounds it: "12 days", "18 months", "11 years". */
export function formatDuration(ms: number): string {
  const days = Math.max(0, Math.round(ms / DAY_MS));
  if (days < 45) return plural(days, 'day');
  const months = Math.round(days / 30.44);
  if (months < 24) return plural(months, 'month');
  return plural(Math.round(days / 365.25), 'year');
}

/** How the window-length choice reads: "30 days", "3 months", "1 year". */
export function formatWindowLength(ms: number): string {
  const days = Math.round(ms / DAY_MS);
  if (days >= 360 && days <= 370) return '1 year';
  return formatDuration(ms);
}

/**
 * The empty stretch between two covered stretches, in words: "2004–2014" when it runs
 * over whole years, otherwise by month ("May–December 2017", "May 2017 – March 2018").
 * `from` is the last covered millisecond before it and `to` the first one after it.
 */
export function formatEmptyStretch(from: number, to: number): string {
  const a = new Date(from + 1);
  const b = new Date(to - 1);
  const [ya, ma, yb, mb] = [a.getUTCFullYear(), a.getUTCMonth(), b.getUTCFullYear(), b.getUTCMonth()];
  if (ma === 0 && mb === 11) return ya === yb ? String(ya) : `${ya}–${yb}`;
  if (ya === yb) return ma === mb ? `${MONTHS[ma]} ${ya}` : `${MONTHS[ma]}–${MONTHS[mb]} ${ya}`;
  return `${MONTHS[ma]} ${ya} – ${MONTHS[mb]} ${yb}`;
}
