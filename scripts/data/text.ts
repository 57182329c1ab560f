/** Checks on the prose fields of an event. */

/** Abbreviations whose full stop does not end a sentence in these texts. */
const ABBREVIATION = /\b(?:(?:[A-Z]\.){2,}|(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Sgt|Mr|Mrs|Ms|Dr|St|No|vs|etc|e\.g|i\.e)\.)/g;

/**
 * Sentences in `text`, counted as full stops, question or exclamation marks followed by the end
 * of the text or by a space and a capital letter, digit or opening quote. Good enough to catch a
 * summary that has grown into a paragraph; not a linguistic parser.
 */
export function sentenceCount(text: string): number {
  const plain = text.trim().replace(ABBREVIATION, (match) => match.replaceAll('.', ''));
  if (plain === '') return 0;
  const ends = plain.match(/[.!?]+["'’”)]*(?=\s+["'‘“(]?[A-Z0-9]|$)/g) ?? [];
  return Math.max(ends.length, 1);
}
