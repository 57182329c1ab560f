/**
 * Reading one date cell, never more precisely than the source: a day stays a day, a month
 * a month, and a datetime becomes its calendar day in the import's time zone (the map has no
 * finer unit, and inventing a time would claim knowledge the source lacks).
 *
 * Accepted: ISO `2019-03-14`, `2019-03`, `2019`, ISO datetimes (`2019-03-14T10:00`,
 * `2019-03-14 10:00:00Z`, `…+03:00`), `14-03-2019` / `14.03.2019`, `14 March 2019`
 * (`14-Mar-2019`), `March 14, 2019`, and epoch numbers: seconds, or milliseconds when
 * |n| ≥ 1e11 (1e11 s would be the year 5138; 1e11 ms is 1973), so the unit is never ambiguous
 * for real events. `03/04/2019` is refused: day and month order cannot be told apart.
 */
export type DayPrecision = 'day' | 'month' | 'year';

/** A date as read: EDTF text (`2019-03-14`, `2019-03`, `2019`) and its precision. */
export interface ReadDate {
  edtf: string;
  precision: DayPrecision;
}

export type DateRead = { ok: true; date: ReadDate } | { ok: false; message: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "mar", "March", "sept" → 1-based month number, or 0. */
function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(n) || (n === 'sept' && m === 'september'));
  return i + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The EDTF day, after a round trip through Date.UTC (31-02-2019 comes back as March: not a date). */
export function dayText(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  const t = new Date(Date.UTC(2000, month - 1, day));
  t.setUTCFullYear(year);
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in an IANA zone, via Intl (no date library). */
export function dayInZone(ms: number, zone: string): string | null {
  if (!Number.isFinite(ms)) return null;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', era: 'short' });
    formatters.set(zone, f);
  }
  let date: Date;
  try {
    date = new Date(ms);
    if (Number.isNaN(date.getTime())) return null;
  } catch {
    return null;
  }
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  if (parts.era !== undefined && !/^(AD|CE|A)$/i.test(parts.era)) return null; // BC years
  return dayText(year, Number(parts.month), Number(parts.day));
}

const day = (edtf: string | null): DateRead =>
  edtf === null ? { ok: false, message: 'is not a date' } : { ok: true, date: { edtf, precision: 'day' } };

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DMY = /^(\d{1,2})([-.])(\d{1,2})\2(\d{4})$/;
const D_MONTH_Y = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+\.?)[\s-]+(\d{4})$/;
const MONTH_D_Y = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Epoch seconds or milliseconds → day in `zone`, picking the unit by magnitude. */
export function epochDay(n: number, zone: string): DateRead {
  const ms = Math.abs(n) >= 1e11 ? n : n * 1000;
  return day(dayInZone(ms, zone));
}

/** Reads one cell. Empty cells are the caller's business (a missing date). */
export function readDateCell(value: unknown, zone = 'UTC'): DateRead {
  if (typeof value === 'number') return epochDay(value, zone);
  const text = typeof value === 'string' ? value.trim() : '';
  let m = ISO_DATE.exec(text);
  if (m) {
    const [, y, mo, d] = m;
    if (d !== undefined) return day(dayText(Number(y), Number(mo), Number(d)));
    if (mo !== undefined) {
      return Number(mo) >= 1 && Number(mo) <= 12 && Number(y) >= 1
        ? { ok: true, date: { edtf: `${y}-${mo}`, precision: 'month' } }
        : { ok: false, message: 'is not a date' };
    }
    // Four bare digits read as a year, not as epoch seconds in 1970.
    return Number(y) >= 1 ? { ok: true, date: { edtf: String(y), precision: 'year' } } : { ok: false, message: 'is not a date' };
  }
  m = ISO_DATETIME.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, offset] = m;
    const written = dayText(Number(y), Number(mo), Number(d));
    if (written === null || Number(h) > 24 || Number(mi) > 59 || Number(s ?? 0) > 60) return day(null);
    // A naive timestamp is read in the import's zone, so its day there is the day written.
    if (offset === undefined) return day(written);
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${normaliseOffset(offset)}`;
    return day(dayInZone(Date.parse(iso), zone));
  }
  m = DMY.exec(text);
  if (m) return day(dayText(Number(m[4]), Number(m[3]), Number(m[1])));
  m = D_MONTH_Y.exec(text);
  if (m && monthNumber(m[2] ?? '')) return day(dayText(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])));
  m = MONTH_D_Y.exec(text);
  if (m && monthNumber(m[1] ?? '')) return day(dayText(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])));
  if (NUMBER.test(text)) return epochDay(Number(text), zone);
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text)) {
    return { ok: false, message: 'is ambiguous (day/month order unknown); write it as 2019-03-14 or 14-03-2019' };
  }
  return { ok: false, message: 'is not a date' };
}

function normaliseOffset(offset: string): string {
  if (/^z$/i.test(offset)) return 'Z';
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(offset);
  return m ? `${m[1]}:${m[2] ?? '00'}` : offset;
}

/** The first and last day an EDTF day, month or year covers, as ISO days. */
export function spanOf(date: ReadDate): [string, string] {
  if (date.precision === 'day') return [date.edtf, date.edtf];
  const [y, mo] = date.edtf.split('-').map(Number) as [number, number | undefined];
  if (mo === undefined) return [`${date.edtf}-01-01`, `${date.edtf}-12-31`];
  const lastDay = [31, 30, 29, 28].find((d) => dayText(y, mo, d) !== null) ?? 28;
  return [`${date.edtf}-01`, `${date.edtf}-${pad(lastDay)}`];
}

/**
 * An interval from two reads, as EDTF. Equal ends collapse to one date, and a window that is
 * exactly one calendar month or year is written as that month or year (UCDP's date_prec 3
 * and 5 windows), so the text is as short as the source is precise.
 */
export function intervalText(start: ReadDate, end: ReadDate): { ok: true; edtf: string } | { ok: false; message: string } {
  const [first] = spanOf(start);
  const [, last] = spanOf(end);
  if (first > last) return { ok: false, message: `ends (${end.edtf}) before it starts (${start.edtf})` };
  if (start.edtf === end.edtf) return { ok: true, edtf: start.edtf };
  const year = first.slice(0, 4);
  if (first === `${year}-01-01` && last === `${year}-12-31`) return { ok: true, edtf: year };
  const month = first.slice(0, 7);
  const [, monthEnd] = spanOf({ edtf: month, precision: 'month' });
  if (first === `${month}-01` && last === monthEnd) return { ok: true, edtf: month };
  return { ok: true, edtf: `${start.edtf}/${end.edtf}` };
}

/** Adds whole days to an ISO day (for ACLED's week window). */
export function addDays(isoDay: string, days: number): string {
  const t = Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
