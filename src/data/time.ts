/**
 * Time is intervals (STYLE.md): every event's EDTF date becomes a closed interval
 * [start, end] in epoch milliseconds, and the two helpers at the bottom are the only
 * places that decide whether an event shows at a time t. All arithmetic is in UTC.
 */
import edtf, {
  Century,
  Date as EdtfDateClass,
  Decade,
  Interval,
  List,
  Season,
  Set as EdtfSet,
  Year,
  type EdtfDate,
  type EdtfInterval,
  type EdtfValue,
} from 'edtf';

/**
 * EDTF parsing is a full grammar (nearley) and costs tens of microseconds a date. Datasets
 * repeat dates endlessly (10^6 events fall on a few thousand days), and the list formats
 * dates as rows render, so every parse goes through this cache: each distinct string is
 * parsed once. Bounded, so a stream of distinct dates cannot grow it without end.
 */
const PARSE_CACHE_LIMIT = 50_000;
const parsed = new Map<string, EdtfValue | Error>();

function parseEdtf(date: string): EdtfValue {
  let value = parsed.get(date);
  if (value === undefined) {
    try {
      value = edtf(date);
    } catch (error) {
      value = error instanceof Error ? error : new Error(String(error));
    }
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    parsed.set(date, value);
  }
  if (value instanceof Error) throw value;
  return value;
}

/** How precisely a date is known, as a reader would put it. */
export type DatePrecision = 'day' | 'month' | 'year' | 'season' | 'interval';

/** How the map shows time: every event so far, or only those inside a trailing window. */
export type TimeMode = 'cumulative' | 'window';

/** A date as a closed interval in epoch ms. */
export interface TimeInterval {
  start: number;
  end: number;
  /** The text gives no start: the event is placed at its end period (`/2015-07`, `../2015-07`). */
  openStart: boolean;
  /** The text gives no end: the event is taken to end with its start period (`2015-07/`). */
  openEnd: boolean;
}

/** Anything with a closed interval; SortieEvent is one. */
export interface Timed {
  start: number;
  end: number;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const SEASONS: Record<number, string> = { 21: 'Spring', 22: 'Summer', 23: 'Autumn', 24: 'Winter' };

type EdtfType = EdtfValue['type'];

/**
 * The kind of a parsed value, by class. EDTF.js derives `.type` from its class names,
 * which bundlers rename (its `Date` becomes `Date$1` next to the global `Date`), so
 * `.type` cannot be trusted in the browser build.
 */
function typeOf(value: EdtfValue): EdtfType {
  if (value instanceof Interval) return 'Interval';
  if (value instanceof EdtfSet) return 'Set';
  if (value instanceof List) return 'List';
  if (value instanceof Season) return 'Season';
  if (value instanceof Year) return 'Year';
  if (value instanceof Decade) return 'Decade';
  if (value instanceof Century) return 'Century';
  if (value instanceof EdtfDateClass) return 'Date';
  throw new Error(`unexpected EDTF value ${String((value as { edtf?: string }).edtf)}`);
}

function isDate(value: EdtfValue | null | number | undefined): value is EdtfDate {
  if (typeof value !== 'object' || value === null) return false;
  const type = typeOf(value);
  return type !== 'Interval' && type !== 'Set' && type !== 'List';
}

/**
 * A date read once (validate.ts needs its interval and its precision; parsing twice would
 * double the cost of loading). Nothing here is checked: an end may be NaN (a year beyond
 * what a JS Date holds, e.g. `Y170000002`) or ±Infinity (an open member of a set,
 * `[..2017]`); date-rules.ts decides what can be placed in time.
 */
export interface ReadDate extends TimeInterval {
  precision: DatePrecision;
  /** The years the text names at its ends (for saying which year is out of range). */
  years: number[];
}

const yearOf = (value: EdtfDate): number[] => (typeof value.values[0] === 'number' ? [value.values[0]] : []);

/**
 * Reads an EDTF date into an interval, its precision and its years. Throws (with the
 * parser's message) only when the text is not EDTF. An interval missing one end is placed
 * at the period of the other (flagged by openStart / openEnd); with neither end both
 * times are NaN.
 */
export function readDate(date: string): ReadDate {
  return readPlainDate(date) ?? readDateByGrammar(date);
}

/**
 * The dates conflict data is made of (`2017-04-06`, `2017-04`, `2017`, and intervals of
 * two such dates in order) read without the grammar: a regular expression and Date.UTC,
 * about a hundred times faster, which is what lets 10^6 distinct dates load in seconds.
 * Anything it is not sure of (a qualifier, a day past the month's end, an interval whose
 * ends touch or overlap, a year before 1000) returns null and goes through the grammar, so
 * the result is always the grammar's (time.test.ts checks the two agree).
 */
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface PlainRead {
  start: number;
  end: number;
  precision: DatePrecision;
  year: number;
}

function readPlainPart(text: string): PlainRead | null {
  const match = PLAIN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  if (match[2] === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - 1, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) - 1, precision: 'month', year };
  const day = Number(match[3]);
  // Date.UTC(y, m, 0) is the last day of month m (1-based).
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const start = Date.UTC(year, month - 1, day);
  return { start, end: start + 86_400_000 - 1, precision: 'day', year };
}

function readPlainDate(date: string): ReadDate | null {
  const slash = date.indexOf('/');
  if (slash < 0) {
    const one = readPlainPart(date);
    return one && { start: one.start, end: one.end, openStart: false, openEnd: false, precision: one.precision, years: [one.year] };
  }
  const lower = readPlainPart(date.slice(0, slash));
  const upper = lower && readPlainPart(date.slice(slash + 1));
  if (!lower || !upper || lower.end >= upper.start) return null;
  return { start: lower.start, end: upper.end, openStart: false, openEnd: false, precision: 'interval', years: [lower.year, upper.year] };
}

/** readDate through the EDTF grammar alone (exported for the test that checks the fast path against it). */
export function readDateByGrammar(date: string): ReadDate {
  const value = parseEdtf(date);
  if (typeOf(value) !== 'Interval') {
    const { min, max } = value as EdtfDate;
    const single = isDate(value) ? value : null;
    return {
      start: min ?? Number.NaN,
      end: max ?? Number.NaN,
      openStart: false,
      openEnd: false,
      precision: single ? precisionOfDate(single) : 'interval',
      years: single ? yearOf(single) : [],
    };
  }
  const interval = value as EdtfInterval;
  const lower = isDate(interval.lower) ? interval.lower : null;
  const upper = isDate(interval.upper) ? interval.upper : null;
  const known = lower ?? upper;
  return {
    start: known ? known.min : Number.NaN,
    end: (upper ?? lower)?.max ?? Number.NaN,
    openStart: !lower,
    openEnd: !upper,
    precision: 'interval',
    years: [...(lower ? yearOf(lower) : []), ...(upper ? yearOf(upper) : [])],
  };
}

/**
 * Parses an EDTF date into a closed interval. Throws (with the parser's message) when
 * the string is not EDTF or neither end is known. Unchecked beyond that: validate.ts reads
 * dates through date-rules.ts, which also rejects ends that are not finite.
 */
export function parseInterval(date: string): TimeInterval {
  const { start, end, openStart, openEnd } = readDate(date);
  if (openStart && openEnd) throw new Error(`"${date}" has neither a start nor an end`);
  return { start, end, openStart, openEnd };
}

function precisionOfDate(value: EdtfDate): DatePrecision {
  if (typeOf(value) === 'Season') return 'season';
  if (typeOf(value) !== 'Date') return 'year';
  // A date with a time of day (`2017-04-06T10:00:00Z`) is at least as precise as its day.
  if (value.values.length > 3) return 'day';
  // `2017-04-XX` parses with day precision but only the month is known.
  if (value.precision === 3 && !value.unspecified?.is('day')) return 'day';
  if (value.precision !== 1 && !value.unspecified?.is('month')) return 'month';
  return 'year';
}

/** How precise a date is: 'day' | 'month' | 'year' | 'season' | 'interval' (ranges, sets). */
export function precisionOf(date: string): DatePrecision {
  const value = parseEdtf(date);
  return isDate(value) ? precisionOfDate(value) : 'interval';
}

/** True when the date is marked uncertain (`?`), approximate (`~`) or both (`%`). */
export function isUncertain(date: string): boolean {
  return /[?~%]/.test(date);
}

function qualifierWords(date: string): string[] {
  if (date.includes('%') || (date.includes('?') && date.includes('~'))) return ['approximate, inferred'];
  if (date.includes('?')) return ['inferred'];
  if (date.includes('~')) return ['approximate'];
  return [];
}

interface Parts {
  year: number;
  month?: number;
  day?: number;
  season?: number;
}

function partsOf(value: EdtfDate): Parts {
  const [year = 0, second, third] = value.values;
  const precision = precisionOfDate(value);
  if (precision === 'season') return { year, season: second };
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month: second };
  return { year, month: second, day: third };
}

function words(p: Parts): string {
  if (p.season !== undefined) return `${SEASONS[p.season] ?? 'Season'} ${p.year}`;
  if (p.month === undefined) return String(p.year);
  const month = `${MONTHS[p.month]} ${p.year}`;
  return p.day === undefined ? month : `${p.day} ${month}`;
}

/** "16–17 August 2016", "June–August 2014", "3 May – 2 June 2016", "2014–2016". */
function rangeWords(a: Parts, b: Parts): string {
  const sameShape = (a.day === undefined) === (b.day === undefined) && (a.month === undefined) === (b.month === undefined);
  if (sameShape && a.season === undefined && b.season === undefined && a.year === b.year) {
    if (a.month === undefined) return String(a.year);
    if (a.day === undefined) return `${MONTHS[a.month]}–${words(b)}`;
    if (a.month === b.month) return `${a.day}–${words(b)}`;
    return `${a.day} ${MONTHS[a.month]} – ${words(b)}`;
  }
  if (sameShape && a.month === undefined && a.season === undefined && b.season === undefined) {
    return `${a.year}–${b.year}`;
  }
  return `${words(a)} – ${words(b)}`;
}

function withNotes(text: string, notes: string[]): string {
  return notes.length ? `${text} (${notes.join(', ')})` : text;
}

function formatValue(value: EdtfValue, date: string): string {
  const qualifiers = qualifierWords(date);
  const type = typeOf(value);
  if (type === 'Set' || type === 'List') {
    // Members are plain dates or `a..b` ranges; notes on each would drown the list.
    const members = date.replace(/^[[{]|[\]}]$/g, '').split(',').map((member) => {
      const [a, b] = member.split('..').map((m) => (m ? parseEdtf(m) : null));
      const pa = isDate(a) ? partsOf(a) : null;
      const pb = isDate(b) ? partsOf(b) : null;
      if (pa && pb) return rangeWords(pa, pb);
      return pa ? words(pa) : pb ? words(pb) : member;
    });
    return withNotes(members.join(type === 'Set' ? ' or ' : ' and '), qualifiers);
  }
  if (isDate(value)) {
    const precision = precisionOfDate(value);
    const only = precision === 'month' || precision === 'year' ? [`${precision} only`] : [];
    return withNotes(words(partsOf(value)), [...only, ...qualifiers]);
  }
  if (type !== 'Interval') return date;
  const interval = value as EdtfInterval;
  const lower = isDate(interval.lower) ? partsOf(interval.lower) : null;
  const upper = isDate(interval.upper) ? partsOf(interval.upper) : null;
  if (lower && upper) return withNotes(rangeWords(lower, upper), qualifiers);
  if (upper) return withNotes(`by ${words(upper)}`, ['start not stated', ...qualifiers]);
  if (lower) return withNotes(`from ${words(lower)}`, ['end not stated', ...qualifiers]);
  return date;
}

/**
 * A date in words for readers, saying how precise it is and whether it was inferred:
 * "4 April 2017", "July 2015 (month only)", "16–17 August 2016", "8 July 2020 (inferred)",
 * "2019 (year only, inferred)", "by July 2015 (start not stated)".
 * Returns the raw string if it is not valid EDTF (validated data never is).
 */
const formatted = new Map<string, string>();

export function formatDate(date: string): string {
  let text = formatted.get(date);
  if (text === undefined) {
    try {
      text = formatValue(parseEdtf(date), date);
    } catch {
      text = date;
    }
    if (formatted.size >= PARSE_CACHE_LIMIT) formatted.clear();
    formatted.set(date, text);
  }
  return text;
}

/**
 * Whether an event shows at time t. Cumulative: it has started (start ≤ t). Window: its
 * interval overlaps the closed window [t − windowMs, t]. Both edges are inclusive, so an
 * event that starts exactly at t, or ends exactly at t − windowMs, is visible.
 */
export function isVisibleAt(event: Timed, t: number, mode: TimeMode, windowMs = 0): boolean {
  if (event.start > t) return false;
  return mode === 'cumulative' || event.end >= t - windowMs;
}

/**
 * Whether an event counts as recent at time t: it has started and its interval reaches
 * into the closed span [t − recentMs, t] (edges inclusive, as in isVisibleAt).
 */
export function isRecentAt(event: Timed, t: number, recentMs: number): boolean {
  return event.start <= t && event.end >= t - recentMs;
}
