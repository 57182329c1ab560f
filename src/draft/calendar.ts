/** Calendar arithmetic in UTC and the EDTF/English spelling of dates, for the date resolver. */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A calendar date known to the day, month or year. Months are 1-12. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function toIso(date: CalendarDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseIso(iso: string): CalendarDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const date: CalendarDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return null;
  if (date.day !== undefined && (date.day < 1 || date.day > daysIn(date.year, date.month!))) return null;
  return date;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `days` after (negative: before) a day-precision date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) + days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)).getUTCDay();
}

/** "Saturday, 8 April 2017", "April 2019", "2020". */
export function spell(date: CalendarDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${MONTHS[date.month - 1]} ${date.year}`;
  return `${WEEKDAYS[weekdayOf(date)]}, ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** Appends an EDTF qualifier, merging `~` and `?` into `%`. */
export function qualify(iso: string, approximate: boolean, uncertain: boolean): string {
  if (approximate && uncertain) return `${iso}%`;
  if (approximate) return `${iso}~`;
  if (uncertain) return `${iso}?`;
  return iso;
}

export function monthIndex(name: string): number | undefined {
  const i = MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

export function weekdayIndex(name: string): number | undefined {
  const i = WEEKDAYS.findIndex((d) => d.toLowerCase() === name.toLowerCase());
  return i < 0 ? undefined : i;
}
