/**
 * Date expressions in a clause, resolved against the article's own date and biased to the past,
 * as reporting is: "on Thursday" in a Saturday article is two days before it, "in January" in a
 * July article is that year's January. Each result is EDTF at exactly the precision the words
 * give (day, month, year, `~` approximate, `?` inferred, intervals) with a note in the style of
 * data/events.yaml's `date_note`. chrono-node was measured against these rules on the same cases
 * (README, "Drafting events from an article"): see scripts/draft/date-cases.ts.
 */
import {
  addDays, addMonths, type CalendarDate, monthIndex, MONTHS, qualify, spell, toIso, weekdayIndex, weekdayOf, WEEKDAYS,
} from './calendar';

export interface ArticleDate {
  date: CalendarDate;
  /** True when the article's date is inferred: every date resolved against it carries `?`. */
  inferred: boolean;
}

export interface ResolvedDate {
  edtf: string;
  note: string;
  /** The expression as written, and its offsets in the text that was searched. */
  expression: string;
  start: number;
  end: number;
  /** Relative words ("Thursday", "last year") or an explicit date ("April 14, 2018"). */
  relative: boolean;
}

interface Part { date: CalendarDate; approximate?: boolean }
interface Reading { from: Part; to?: Part | 'open' | 'article'; since?: boolean; reason: string; relative: boolean; approximate?: boolean }

const MONTH = `(${MONTHS.join('|')})`;
const DAY_NAME = `(${WEEKDAYS.join('|')})`;
const PART = '(late|early|mid)[- ]?';

type Rule = [RegExp, (m: RegExpExecArray, a: ArticleDate) => Reading | null];

/** The most recent `month` not after the article (the article's own month counts). */
function pastMonth(month: number, a: ArticleDate): CalendarDate {
  const { year, month: am } = a.date;
  return { year: am !== undefined && month > am ? year - 1 : year, month };
}

function pastDay(month: number, day: number, a: ArticleDate): CalendarDate {
  const { year, month: am, day: ad } = a.date;
  const after = am !== undefined && (month > am || (month === am && ad !== undefined && day > ad));
  return { year: after ? year - 1 : year, month, day };
}

/** Without a day-precise article date a weekday cannot be placed: fall back to what is known. */
function articleLevel(a: ArticleDate): CalendarDate {
  return { ...a.date };
}

function pastWeekday(name: string, a: ArticleDate): { date: CalendarDate; back: number } | null {
  const wd = weekdayIndex(name);
  if (wd === undefined || a.date.day === undefined) return null;
  const back = (weekdayOf(a.date) - wd + 7) % 7;
  return { date: addDays(a.date, -back), back };
}

const backWords = (n: number): string =>
  n === 0 ? 'the day of the article' : n === 1 ? 'the day before' : `${['', '', 'two', 'three', 'four', 'five', 'six'][n]} days before`;

/** "late June" starts in June and is approximate; "late 2015" is taken as its last third. */
function partOfYear(part: string | undefined, year: number): Part {
  if (!part) return { date: { year } };
  const month = part.toLowerCase() === 'late' ? 9 : part.toLowerCase() === 'early' ? 1 : 5;
  return { date: { year, month }, approximate: true };
}

const RULES: Rule[] = [
  // "April 14, 2018"
  [new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g'), (m) =>
    ({ from: { date: { year: +m[3]!, month: monthIndex(m[1]!)!, day: +m[2]! } }, reason: 'a full date in the text', relative: false })],
  // "8 April 2017"
  [new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'), (m) =>
    ({ from: { date: { year: +m[3]!, month: monthIndex(m[2]!)!, day: +m[1]! } }, reason: 'a full date in the text', relative: false })],
  // "late June-July"
  [new RegExp(`\\b(?:${PART})?${MONTH}\\s*[-–]\\s*${MONTH}\\b`, 'g'), (m, a) => {
    const to = pastMonth(monthIndex(m[3]!)!, a);
    const fromMonth = monthIndex(m[2]!)!;
    const from = { year: fromMonth > to.month! ? to.year - 1 : to.year, month: fromMonth };
    return { from: { date: from, approximate: !!m[1] }, to: { date: to }, reason: `the most recent ${m[2]} to ${m[3]}${m[1] ? `, "${m[1]}" read as approximate` : ''}`, relative: true };
  }],
  // "October 2018", "since late 2015"
  [new RegExp(`\\b(since )?${MONTH} (\\d{4})\\b`, 'g'), (m) =>
    ({ from: { date: { year: +m[3]!, month: monthIndex(m[2]!)! } }, to: m[1] ? 'article' : undefined, reason: m[1] ? 'from that month to the article' : 'a month and year in the text', relative: false })],
  [new RegExp(`\\b(since |in )?${PART} (\\d{4})\\b`, 'gi'), (m) => {
    const from = partOfYear(m[2], +m[3]!);
    const since = m[1]?.toLowerCase() === 'since ';
    return { from, to: since ? 'article' : { date: { year: +m[3]!, month: 12 }, approximate: true }, reason: `"${m[2]}" read as approximate${since ? ', running to the article' : ''}`, relative: false };
  }],
  // "on April 7", "7 April"
  [new RegExp(`\\b${MONTH} (\\d{1,2})(?!\\d|,? \\d{4})\\b`, 'g'), (m, a) =>
    ({ from: { date: pastDay(monthIndex(m[1]!)!, +m[2]!, a) }, reason: 'the year is the article\'s, or the one before if that day is later', relative: true })],
  [new RegExp(`\\b(\\d{1,2}) ${MONTH}(?!,? \\d{4})\\b`, 'g'), (m, a) =>
    ({ from: { date: pastDay(monthIndex(m[2]!)!, +m[1]!, a) }, reason: 'the year is the article\'s, or the one before if that day is later', relative: true })],
  // "since 2011"
  [/\bsince (\d{4})\b/gi, (m) => ({ from: { date: { year: +m[1]! } }, to: 'article', reason: 'from that year to the article', relative: false })],
  // "in 2003", "the 2003 invasion"
  [/(?<![\d,.$-])\b(19\d\d|20\d\d)\b(?![,.]\d|-\d)/g, (m) => ({ from: { date: { year: +m[1]! } }, reason: 'a year in the text', relative: false })],
  // "Tuesday and Wednesday"
  [new RegExp(`\\b${DAY_NAME} and ${DAY_NAME}\\b`, 'g'), (m, a) => {
    const second = pastWeekday(m[2]!, a);
    if (!second) return { from: { date: articleLevel(a) }, reason: 'two weekdays, but the article is not dated to the day', relative: true };
    const wd1 = weekdayIndex(m[1]!)!;
    const gap = (weekdayOf(second.date) - wd1 + 7) % 7;
    return { from: { date: addDays(second.date, -gap) }, to: { date: second.date }, reason: `the most recent ${m[1]} and ${m[2]}, ${backWords(second.back + gap)} to ${backWords(second.back)}`, relative: true };
  }],
  // "on Thursday", "a Saturday telephone conversation", "met Tuesday"
  [new RegExp(`\\b${DAY_NAME}\\b(?!,? (?:\\d{1,2} )?(?:${MONTHS.join('|')}))`, 'g'), (m, a) => {
    const hit = pastWeekday(m[1]!, a);
    if (!hit) return { from: { date: articleLevel(a) }, reason: 'a weekday, but the article is not dated to the day, so only its period is given', relative: true };
    return { from: { date: hit.date }, reason: backWords(hit.back), relative: true };
  }],
  [/\blast week\b/gi, (_m, a) => {
    if (a.date.day === undefined) return { from: { date: articleLevel(a) }, reason: 'the week before an article not dated to the day', relative: true };
    const monday = addDays(a.date, -((weekdayOf(a.date) + 6) % 7) - 7);
    return { from: { date: monday }, to: { date: addDays(monday, 6) }, reason: 'the week before the article, Monday to Sunday', relative: true };
  }],
  [/\blast month\b/gi, (_m, a) => a.date.month === undefined
    ? { from: { date: { year: a.date.year } }, reason: 'the month before an article dated only to the year', relative: true }
    : { from: { date: addMonths(a.date, -1) }, reason: 'the month before the article', relative: true }],
  [/\b(?:earlier )?this month\b/gi, (_m, a) =>
    ({ from: { date: { year: a.date.year, month: a.date.month } }, reason: a.date.day ? 'between the first of the month and the article' : 'the article\'s month', relative: true })],
  [/\blast year\b/gi, (_m, a) => ({ from: { date: { year: a.date.year - 1 } }, reason: 'the year before the article', relative: true })],
  [/\b(?:earlier )?this year\b/gi, (_m, a) => ({ from: { date: { year: a.date.year } }, reason: 'the article\'s year', relative: true })],
  [/\byesterday\b/gi, (_m, a) => a.date.day === undefined ? null : ({ from: { date: addDays(a.date, -1) }, reason: 'the day before', relative: true })],
  [/\btoday\b/gi, (_m, a) => a.date.day === undefined ? null : ({ from: { date: a.date }, reason: 'the day of the article', relative: true })],
  // "Last July", "in January": the most recent such month
  [new RegExp(`\\b(?:(last|in|this|since) )?(?:${PART} )?${MONTH}\\b`, 'gi'), (m, a) => {
    if (!/^[A-Z]/.test(m[3]!)) return null; // "may" is a verb
    const date = pastMonth(monthIndex(m[3]!)!, a);
    const since = m[1]?.toLowerCase() === 'since';
    return { from: { date, approximate: !!m[2] }, to: since ? 'article' : undefined, reason: `the most recent ${m[3]}${m[2] ? `, "${m[2]}" read as approximate` : ''}${since ? ', running to the article' : ''}`, relative: true };
  }],
  [/\bfor weeks\b/gi, (_m, a) => ({ from: { date: addMonths({ year: a.date.year, month: a.date.month ?? 1 }, -1), approximate: true }, to: 'article', reason: 'weeks up to the article; the start is approximate', relative: true })],
  [/\b(?:recently|recent|now|currently|continue to|in recent (?:weeks|months))\b/gi, (_m, a) =>
    ({ from: { date: { year: a.date.year, month: a.date.month } }, approximate: true, reason: 'no date in the text, read as about the article\'s month', relative: true })],
];

function edtfOf(reading: Reading, a: ArticleDate): string {
  // An explicit date ("in 2003") owes nothing to the article's date, so it is not inferred.
  const q = (part: Part): string => qualify(toIso(part.date), !!(part.approximate || reading.approximate), a.inferred && reading.relative);
  const from = q(reading.from);
  if (reading.to === undefined) return from;
  if (reading.to === 'open') return `${from}/..`;
  if (reading.to === 'article') return `${from}/${qualify(toIso(a.date), false, a.inferred)}`;
  return `${from}/${q(reading.to)}`;
}

/** Every date expression in `text`, left to right; earlier rules win where two overlap. */
export function resolveDates(text: string, article: ArticleDate): ResolvedDate[] {
  const taken: ResolvedDate[] = [];
  for (const [pattern, read] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const reading = read(m, article);
      if (!reading) continue;
      const expression = m[0];
      const inferred = article.inferred && reading.relative ? '; the article\'s date is inferred, so this one is too' : '';
      const note = reading.relative
        ? `"${expression}" in an article of ${spell(article.date)}: ${reading.reason}${inferred}.`
        : `"${expression}" in the text (${reading.reason}).`;
      taken.push({ edtf: edtfOf(reading, article), note, expression, start, end, relative: reading.relative });
    }
  }
  return taken.sort((x, y) => x.start - y.start);
}
