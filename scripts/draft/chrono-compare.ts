/**
 * `npm run draft:chrono`: the date-case suite (src/draft/date-cases.ts) read by chrono-node
 * (casual English, reference = the article date, forwardDate off) and by our rules
 * (src/draft/dates.ts). chrono's result is written as EDTF at the precision it is certain of.
 * Prints how many cases each gets right; the figures are in the README.
 */
import * as chrono from 'chrono-node';
import { parseGivenDate } from '../../src/draft/article-date';
import { DATE_CASES } from '../../src/draft/date-cases';
import { resolveDates } from '../../src/draft/dates';

const pad = (n: number): string => String(n).padStart(2, '0');

function componentsToEdtf(c: chrono.ParsedComponents): string {
  const y = c.get('year')!;
  // A weekday ("on Thursday") is resolved to a day by chrono, though only the weekday is "certain".
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (c.isCertain('month')) return `${y}-${pad(c.get('month')!)}`;
  return String(y);
}

export function chronoEdtf(text: string, article: string): string | undefined {
  const [y, m, d] = article.replace('?', '').split('-').map(Number);
  const ref = new Date(Date.UTC(y!, (m ?? 6) - 1, d ?? 15, 12));
  const [hit] = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!hit) return undefined;
  const start = componentsToEdtf(hit.start);
  return hit.end ? `${start}/${componentsToEdtf(hit.end)}` : start;
}

export function compare(): { cases: number; chrono: number; chronoLoose: number; ours: number; rows: string[] } {
  let chronoRight = 0;
  let chronoLoose = 0;
  let oursRight = 0;
  const bare = (s: string | undefined): string | undefined => s?.replace(/[?~%]/g, '');
  const rows: string[] = [];
  for (const c of DATE_CASES) {
    const theirs = chronoEdtf(c.text, c.article);
    const ours = resolveDates(c.text, parseGivenDate(c.article)!)[0]?.edtf;
    if (theirs === c.edtf) chronoRight++;
    if (bare(theirs) === bare(c.edtf)) chronoLoose++;
    if (ours === c.edtf) oursRight++;
    rows.push(`${theirs === c.edtf ? 'ok ' : 'NO '} ${ours === c.edtf ? 'ok ' : 'NO '} ${JSON.stringify(c.text)} @ ${c.article}: want ${c.edtf}, chrono ${theirs ?? '-'}, ours ${ours ?? '-'}`);
  }
  return { cases: DATE_CASES.length, chrono: chronoRight, chronoLoose, ours: oursRight, rows };
}

if (process.argv[1]?.endsWith('chrono-compare.ts')) {
  const result = compare();
  console.log('chrono ours case');
  for (const row of result.rows) console.log(row);
  console.log(`${result.cases} cases: chrono-node ${result.chrono} right (${result.chronoLoose} ignoring ~ and ?), our rules ${result.ours} right.`);
}
