/**
 * The drafter: an article's text in, candidate events out, each with verbatim evidence and
 * character offsets, a date resolved against the article's date, a place with alternatives, a
 * kind, actors, a confidence and a duplicate check against the dataset. Pure: runs in Node (the
 * CLI, scripts/draft/cli.ts) and in the page (review.html).
 */
import { KIND_STYLES } from '../data/kinds';
import { findActors } from './actors';
import type { ArticleDateReading } from './article-date';
import { qualify, toIso } from './calendar';
import { type ResolvedDate, resolveDates } from './dates';
import { findDuplicate, type KnownEvent } from './duplicates';
import { findKind, type KindHit } from './kinds';
import { findAll, type Lexicon } from './lexicon';
import { bestMention, isAmbiguous, type PlaceIndex, type PlaceMention } from './places';
import { type Span, splitClauses, splitSentences, wordCount } from './sentences';
import type { Candidate, DraftPlace } from './types';

export interface DraftContext {
  lexicon: Lexicon;
  places: PlaceIndex;
  /** Events already in the dataset, for the duplicate check. */
  known: readonly KnownEvent[];
  /** Ids already taken (events.yaml), so draft ids never collide. */
  takenIds?: ReadonlySet<string>;
}

export interface DraftInput {
  text: string;
  articleId: string;
  articleDate: ArticleDateReading;
  /** Candidates below this confidence are left out (default 0.4). */
  minConfidence?: number;
}

const MAX_WORDS = 55;
const MIN_WORDS = 8;

const slug = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The clause group widened to whole neighbouring clauses until it says enough, capped in words. */
function evidenceSpan(sentence: Span, clauses: Span[], from: number, to: number): Span {
  if (wordCount(sentence.text) <= MAX_WORDS) return sentence;
  let a = from;
  let b = to;
  const words = (): number => wordCount(sentence.text.slice(clauses[a]!.start - sentence.start, clauses[b]!.end - sentence.start));
  while (words() < MIN_WORDS * 2 && (a > 0 || b < clauses.length - 1)) {
    if (b < clauses.length - 1) b++;
    else a--;
  }
  while (words() > MAX_WORDS && b > to) b--;
  const start = clauses[a]!.start;
  const end = clauses[b]!.end;
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

function pickDate(clause: ResolvedDate[], sentence: ResolvedDate[], input: DraftInput): { edtf: string; note: string; found: 0 | 1 | 2 } {
  const hit = clause[0] ?? sentence[0];
  if (hit) return { edtf: hit.edtf, note: hit.note, found: clause[0] ? 2 : 1 };
  const a = input.articleDate;
  const month = { year: a.date.year, month: a.date.month };
  return { edtf: qualify(toIso(month), true, a.inferred), note: 'No date in the words; taken as about the article\'s own period. Check it.', found: 0 };
}

function pickPlace(clauseMentions: PlaceMention[], sentenceMentions: PlaceMention[], demonyms: PlaceMention[]): DraftPlace | undefined {
  const mention = bestMention(clauseMentions) ?? bestMention(sentenceMentions) ?? bestMention(demonyms);
  if (!mention) return undefined;
  const [chosen, ...rest] = mention.options;
  const others = [...clauseMentions, ...sentenceMentions].filter((m) => m !== mention).flatMap((m) => m.options);
  const alternatives = [...new Set([...rest, ...others])].filter((o) => o !== chosen).slice(0, 6);
  const ambiguous = isAmbiguous(mention);
  let precision = chosen!.precision;
  const notes: string[] = [];
  if (mention.near) {
    if (precision === 'site' || precision === 'city') precision = 'region';
    notes.push(`The text says "near ${mention.text}"; drawn at ${chosen!.name}.`);
  }
  if (mention.demonym) notes.push(`Only the demonym "${mention.text}" names a place; drawn at the country.`);
  if (ambiguous) notes.push(`"${mention.text}" could be ${mention.options.map((o) => `${o.name} (${o.type})`).join(' or ')}; the first was chosen.`);
  return { chosen: chosen!, alternatives, mention: mention.text, label: mention.near ? `near ${mention.text}` : mention.text,
    precision, ambiguous, note: notes.join(' ') || undefined };
}

export function draftArticle(input: DraftInput, ctx: DraftContext): Candidate[] {
  const { text } = input;
  const candidates: Candidate[] = [];
  for (const sentence of splitSentences(text)) {
    if (wordCount(sentence.text) < 5) continue; // headings, tags, bylines
    const clauses = splitClauses(sentence);
    const hits = clauses.map((c) => findKind(c.text, ctx.lexicon));
    const sentenceDates = resolveDates(sentence.text, input.articleDate);
    const sentenceMentions = ctx.places.mentions(sentence.text, sentence.start);
    for (let i = 0; i < clauses.length; i++) {
      const hit = hits[i];
      if (!hit) continue;
      const first = i;
      let j = i;
      while (j + 1 < clauses.length && hits[j + 1]?.kind === hit.kind) j++;
      const group: Span = { start: clauses[i]!.start, end: clauses[j]!.end, text: text.slice(clauses[i]!.start, clauses[j]!.end) };
      const groupHits = hits.slice(i, j + 1).filter((h): h is KindHit => !!h);
      i = j;
      candidates.push(build(input, ctx, sentence, clauses, group, groupHits, sentenceDates, sentenceMentions, [first, j]));
    }
  }
  return finish(merge(candidates), input, ctx);
}

function build(
  input: DraftInput, ctx: DraftContext, sentence: Span, clauses: Span[], group: Span, hits: KindHit[],
  sentenceDates: ResolvedDate[], sentenceMentions: PlaceMention[], [first, last]: [number, number],
): Candidate {
  const kind = hits[0]!.kind;
  const clauseDates = resolveDates(group.text, input.articleDate);
  const date = pickDate(clauseDates, sentenceDates, input);
  const inGroup = (m: PlaceMention): boolean => m.start >= group.start && m.end <= group.end;
  const place = pickPlace(sentenceMentions.filter(inGroup), sentenceMentions, ctx.places.demonyms(sentence.text, sentence.start));
  const actors = findActors(group.text, ctx.lexicon);
  if (actors.length === 0) actors.push(...findActors(sentence.text, ctx.lexicon));
  const hedged = findAll(ctx.lexicon.hedges, sentence.text).length > 0;
  const quoted = /^["“]/.test(sentence.text);
  const confidence = Math.max(0.05, Math.min(0.95,
    0.3 + (hits.some((h) => h.strong) ? 0.2 : 0) + [0, 0.1, 0.2][date.found]! +
    (place ? (place.chosen.type === 'country' ? 0.05 : 0.15) : 0) + (actors.length ? 0.1 : 0) -
    (hedged ? 0.15 : 0) - (quoted ? 0.15 : 0)));
  const evidence = evidenceSpan(sentence, clauses, first, last);
  const label = KIND_STYLES[kind].label;
  const where = place?.label ?? 'an unnamed place';
  return {
    id: '', kind, triggers: [...new Set(hits.flatMap((h) => h.triggers))],
    title: `${label}${actors.length ? `: ${actors.join(', ')}` : ''} (${where})`.slice(0, 120),
    summary: `Drafted from the article: ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label.toLowerCase()} involving ${actors.join(', ') || 'unnamed actors'} in ${where}. Review and reword before publishing.`,
    date: date.edtf, date_note: date.note, actors, place, confidence: Math.round(confidence * 100) / 100,
    sources: [{ article: input.articleId, excerpt: evidence.text, start: evidence.start, end: evidence.end }],
  };
}

const placeKey = (c: Candidate): string => c.place ? (c.place.chosen.datasetId ?? `${c.place.chosen.type}:${c.place.chosen.ref}`) : '';

/** The same event told twice in one article becomes one candidate with two excerpts. */
function merge(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const twin = out.find((o) => o.kind === c.kind && o.date === c.date && placeKey(o) === placeKey(c) && placeKey(c) !== '');
    if (!twin) {
      out.push(c);
      continue;
    }
    if (!twin.sources.some((s) => s.start === c.sources[0]!.start)) twin.sources.push(...c.sources);
    twin.actors = [...new Set([...twin.actors, ...c.actors])];
    twin.confidence = Math.max(twin.confidence, c.confidence);
  }
  return out;
}

function finish(candidates: Candidate[], input: DraftInput, ctx: DraftContext): Candidate[] {
  const taken = new Set(ctx.takenIds ?? []);
  const kept = candidates.filter((c) => c.confidence >= (input.minConfidence ?? 0.4));
  for (const c of kept) {
    const base = slug(`${c.kind}-${c.place?.chosen.name ?? 'unplaced'}-${c.date.replace(/[?~%]/g, '').split('/')[0]}`);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    c.id = id;
    const point = c.place ? [c.place.chosen.lng, c.place.chosen.lat] as [number, number] : undefined;
    c.duplicate_of = findDuplicate({ kind: c.kind, date: c.date, point, precision: c.place?.precision }, ctx.known)?.id;
  }
  return kept;
}
