/**
 * The article's own date: given (`--date`, or the dataset's sources.json), else read from a
 * dateline near the top of the text ("8 April 2017", "Thursday, October 15, 2015"), else inferred
 * from its content and marked inferred (EDTF `?`), with the reasoning in a note.
 */
import { type CalendarDate, parseIso, spell, toIso } from './calendar';
import type { ArticleDate } from './dates';
import { resolveDates } from './dates';

export interface ArticleDateReading extends ArticleDate {
  /** EDTF of the article date itself: `2017-04-08`, `2020?`. */
  edtf: string;
  note: string;
  source: 'given' | 'dateline' | 'inferred';
}

/** How far into the text a dateline may sit: the headline, byline and publisher lines. */
const DATELINE_CHARS = 600;
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with an optional trailing `?` (inferred). */
export function parseGivenDate(text: string, note = ''): ArticleDateReading | null {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(\?)?$/.exec(text.trim());
  const date = m ? parseIso(m[1]!) : null;
  if (!m || !date) return null;
  const inferred = m[2] === '?';
  return { date, inferred, edtf: text.trim(), source: 'given', note: note || `Given: ${spell(date)}${inferred ? ' (inferred)' : ''}.` };
}

/** Any reference date works for finding absolute dates: only explicit ones are used here. */
const ANY: ArticleDate = { date: { year: 2000, month: 1, day: 1 }, inferred: false };

export function readArticleDate(text: string): ArticleDateReading {
  const head = text.slice(0, DATELINE_CHARS);
  const dateline = resolveDates(head, ANY).find((d) => !d.relative && /^\d{4}-\d{2}-\d{2}$/.test(d.edtf));
  if (dateline) {
    const date = parseIso(dateline.edtf)!;
    return { date, inferred: false, edtf: dateline.edtf, source: 'dateline', note: `The dateline "${dateline.expression}".` };
  }
  return inferArticleDate(text);
}

/**
 * No dateline: the article is no older than the latest year it names, nor than a war's start
 * plus its stated age ("since 2011" … "the nine-year civil war"). Only the year is claimed.
 */
export function inferArticleDate(text: string): ArticleDateReading {
  const reasons: string[] = [];
  let year: number | undefined;
  for (const found of resolveDates(text, ANY)) {
    if (found.relative) continue;
    const y = Number(found.edtf.slice(0, 4));
    if (year === undefined || y > year) {
      year = y;
      reasons[0] = `the latest year it names is ${y} ("${found.expression}")`;
    }
  }
  const since = /\bsince (\d{4})\b/i.exec(text);
  const age = new RegExp(`\\b(${NUMBERS.join('|')}|\\d{1,2})-year(?:-old)? (?:civil )?(?:war|conflict)`, 'i').exec(text);
  if (since && age) {
    const n = /^\d+$/.test(age[1]!) ? Number(age[1]) : NUMBERS.indexOf(age[1]!.toLowerCase());
    const y = Number(since[1]) + n;
    if (year === undefined || y >= year) {
      year = y;
      reasons.push(`"${since[0]}" and "${age[0]}" give ${y}`);
    }
  }
  if (year === undefined) {
    const now = new Date();
    const date: CalendarDate = { year: now.getUTCFullYear() };
    return { date, inferred: true, edtf: `${toIso(date)}?`, source: 'inferred',
      note: 'Inferred: the text has no dateline and names no year; the current year is assumed. Give --date.' };
  }
  const date: CalendarDate = { year };
  return { date, inferred: true, edtf: `${year}?`, source: 'inferred',
    note: `Inferred: the text has no dateline; ${reasons.filter(Boolean).join('; ')}. Only the year is claimed; give --date to be exact.` };
}
