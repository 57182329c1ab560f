/**
 * Sentence and clause splitting with character offsets into the original text, so every excerpt
 * the drafter proposes is a verbatim slice of the file (`text.slice(start, end)`).
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Words that end with a full stop without ending a sentence: titles and ranks ("Maj. Gen."),
 * initialisms ("U.S.", "U.K.") and month abbreviations. Compared without their final dot.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'maj', 'lt', 'col', 'capt', 'cpt', 'sgt', 'adm', 'brig',
  'cmdr', 'cdr', 'gov', 'sen', 'rep', 'pres', 'prof', 'rev', 'hon', 'no', 'vs', 'etc', 'inc', 'co', 'corp',
  'ltd', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c',
]);

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** The word (letters and inner dots) that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /[\w.]/.test(text[i - 1]!)) i--;
  return text.slice(i, index);
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/\.$/, '').toLowerCase();
  // A single capital is an initial ("George W. Bush"); so is a dotted initialism ("U.S.").
  return ABBREVIATIONS.has(bare) || /^[a-z]$/.test(bare) || /^([a-z]\.)+[a-z]$/.test(bare);
}

/**
 * Splits on sentence-final punctuation followed by a space and a capital, digit or quote, and on
 * line breaks (headlines, captions and list items carry no full stop).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end]!)) end++;
    const rest = text.slice(end, end + 3);
    if (!/^[ \t]+["'“‘(]?[A-Z0-9]/.test(rest) && !/^[ \t]*(\n|$)/.test(rest)) continue;
    if (ch === '.' && isAbbreviation(wordBefore(text, i + 1))) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/**
 * Clauses of one sentence: split at commas, semicolons and dashes, and before the conjunctions
 * that join two reported events ("after", "while", "following"). Offsets stay in the file.
 */
export function splitClauses(sentence: Span): Span[] {
  const pattern = /[,;:]\s+|\s+[—–]\s*|—|\s+(?=(?:after|while|following|as|when|but|which)\s)/g;
  const clauses: Span[] = [];
  let last = 0;
  for (const match of sentence.text.matchAll(pattern)) {
    const span = trimSpan(sentence.text, last, match.index);
    if (span) clauses.push({ start: sentence.start + span.start, end: sentence.start + span.end, text: span.text });
    last = match.index + match[0].length;
  }
  const tail = trimSpan(sentence.text, last, sentence.text.length);
  if (tail) clauses.push({ start: sentence.start + tail.start, end: sentence.start + tail.end, text: tail.text });
  return clauses;
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
