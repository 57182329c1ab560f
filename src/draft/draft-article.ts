/**
 * The drafter: an article's text in, candidate events out, each with verbatim evidence and
 * character offsets, a date resolved against the article's date, a place with alternatives, a
 * kind, actors, a confidence and a duplicate check against the dataset. Pure: runs in Node (the
 * CLI, scripts/draft/cli.ts) and in the page (review.html).
 */
import { deSlug } from '../data/dataset-meta';
import { findActors } from './actors';
import type { ArticleDateReading } from './article-date';
import { qualify, toIso } from './calendar';
import { type ResolvedDate, resolveDates } from './dates';
import { findDuplicate, type KnownEvent } from './duplicates';
import { findKinds, type KindHit } from './kinds';
import { findAll, type Lexicon } from './lexicon';
import { bestMention, isAmbiguous, isWeak, type PlaceIndex, type PlaceMention } from './places';
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

function pickDate(clause: ResolvedDate[], sentence: ResolvedDate[], carried: ResolvedDate | undefined, input: DraftInput): { edtf: string; note: string; found: 0 | 1 | 2 } {
  const hit = clause[0] ?? sentence[0];
  if (hit) return { edtf: hit.edtf, note: hit.note, found: clause[0] ? 2 : 1 };
  // Reporting runs on: a sentence with no date of its own usually continues the time of the one before.
  if (carried) return { edtf: carried.edtf, note: `No date in its sentence; carried over from the sentence before: ${carried.note}`, found: 1 };
  const a = input.articleDate;
  const month = { year: a.date.year, month: a.date.month };
  return { edtf: qualify(toIso(month), true, a.inferred), note: 'No date in the words; taken as about the article\'s own period. Check it.', found: 0 };
}

/** Words that point back at a place already named ("the same area bombed by Russia"). */
const ANAPHORA = /\b(?:the same (?:area|place|region)|there|the area|the region|the country|the town|the city)\b/i;

function pickPlace(
  sentenceMentions: PlaceMention[], inClause: (m: PlaceMention) => boolean, demonyms: PlaceMention[],
  carried: PlaceMention | undefined, sentence: string,
): DraftPlace | undefined {
  const clauseMentions = sentenceMentions.filter(inClause);
  let mention = bestMention(sentenceMentions, inClause) ?? bestMention(demonyms, (m) => clauseMentions.length === 0 && inClause(m));
  // "the same area", "there": a sentence naming no place of its own continues the one before.
  const carry = carried && (!mention || mention.demonym || (isWeak(mention) && ANAPHORA.test(sentence))) ? carried : undefined;
  if (carry) mention = carry;
  if (!mention) return undefined;
  const [chosen, ...rest] = mention.options;
  const others = sentenceMentions.filter((m) => m !== mention).flatMap((m) => m.options);
  const alternatives = [...new Set([...rest, ...others])].filter((o) => o !== chosen).slice(0, 6);
  const ambiguous = isAmbiguous(mention);
  let precision = chosen!.precision;
  const notes: string[] = [];
  if (mention.near) {
    if (precision === 'site' || precision === 'city') precision = 'region';
    notes.push(`The text says "near ${mention.text}"; drawn at ${chosen!.name}.`);
  }
  if (mention.compass && precision === 'country') {
    precision = 'region';
    notes.push(`The text says "${mention.compass} ${mention.text}"; drawn at the country's point until a region is chosen.`);
  }
  if (carry) notes.push(`Its sentence names no place; "${carry.text}" carried over from the sentence before.`);
  if (mention.demonym) notes.push(`Only the demonym "${mention.text}" names a place; drawn at the country.`);
  if (ambiguous) notes.push(`"${mention.text}" could be ${mention.options.map((o) => `${o.name} (${o.type})`).join(' or ')}; the first was chosen.`);
  const label = mention.near ? `near ${mention.text}` : mention.compass ? `${mention.compass} ${mention.text}` : mention.text;
  return { chosen: chosen!, alternatives, mention: mention.text, label,
    precision, ambiguous, note: notes.join(' ') || undefined };
}

export function draftArticle(input: DraftInput, ctx: DraftContext): Candidate[] {
  const { text } = input;
  const candidates: Candidate[] = [];
  let carried: ResolvedDate | undefined;
  let carriedPlace: PlaceMention | undefined;
  let previousEnd = 0;
  for (const sentence of splitSentences(text)) {
    if (/\n\s*\n/.test(text.slice(previousEnd, sentence.start))) { carried = undefined; carriedPlace = undefined; } // a new paragraph
    previousEnd = sentence.end;
    if (wordCount(sentence.text) < 5) continue; // headings, tags, bylines
    const clauses = splitClauses(sentence);
    const hits = clauses.map((c) => findKinds(c.text, ctx.lexicon));
    const sentenceDates = resolveDates(sentence.text, input.articleDate);
    const sentenceMentions = ctx.places.mentions(sentence.text, sentence.start);
    const found: { first: number; candidate: Candidate }[] = [];
    for (const kind of new Set(hits.flat().map((h) => h.kind))) {
      const of = (n: number): KindHit | undefined => hits[n]?.find((h) => h.kind === kind);
      for (let i = 0; i < clauses.length; i++) {
        if (!of(i)) continue;
        const first = i;
        while (of(i + 1)) i++;
        const group: Span = { start: clauses[first]!.start, end: clauses[i]!.end, text: text.slice(clauses[first]!.start, clauses[i]!.end) };
        const groupHits = clauses.slice(first, i + 1).map((_c, n) => of(first + n)!);
        found.push({ first, candidate: build(input, ctx, sentence, clauses, group, groupHits, sentenceDates, carried, sentenceMentions, carriedPlace, [first, i]) });
      }
    }
    carried = sentenceDates.at(-1) ?? carried;
    const strong = sentenceMentions.filter((m) => !isWeak(m));
    carriedPlace = bestMention(strong) ?? carriedPlace;
    candidates.push(...found.sort((a, b) => a.first - b.first).map((f) => f.candidate));
  }
  return finish(merge(candidates), input, ctx);
}

function build(
  input: DraftInput, ctx: DraftContext, sentence: Span, clauses: Span[], group: Span, hits: KindHit[],
  sentenceDates: ResolvedDate[], carried: ResolvedDate | undefined, sentenceMentions: PlaceMention[],
  carriedPlace: PlaceMention | undefined, [first, last]: [number, number],
): Candidate {
  const kind = hits[0]!.kind;
  const clauseDates = resolveDates(group.text, input.articleDate);
  const date = pickDate(clauseDates, sentenceDates, carried, input);
  const inGroup = (m: PlaceMention): boolean => m.start >= group.start && m.end <= group.end;
  const place = pickPlace(sentenceMentions, inGroup, ctx.places.demonyms(sentence.text, sentence.start), carriedPlace, sentence.text);
  const actors = findActors(group.text, ctx.lexicon);
  if (actors.length === 0) actors.push(...findActors(sentence.text, ctx.lexicon));
  const hedged = findAll(ctx.lexicon.hedges, sentence.text).length > 0;
  const quoted = /^["“]/.test(sentence.text);
  const confidence = Math.max(0.05, Math.min(0.95,
    0.3 + (hits.some((h) => h.strong) ? 0.2 : 0) + [0, 0.1, 0.2][date.found]! +
    (place ? (place.chosen.type === 'country' ? 0.05 : 0.15) : 0) + (actors.length ? 0.1 : 0) -
    (hedged ? 0.15 : 0) - (quoted ? 0.15 : 0)));
  const evidence = evidenceSpan(sentence, clauses, first, last);
  // The curated kinds' labels are their ids, de-slugged (data/dataset.yaml).
  const label = deSlug(kind);
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
