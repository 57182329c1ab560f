import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('does not split on U.S., Maj. Gen. or Lt. Gen., and keeps offsets into the text', () => {
    const text = 'The U.S. Navy struck. Maj. Gen. Mohammad Baqeri met Lt. Gen. Othman al-Ghanimi in Tehran. Then talks began.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'The U.S. Navy struck.', 'Maj. Gen. Mohammad Baqeri met Lt. Gen. Othman al-Ghanimi in Tehran.', 'Then talks began.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits at line breaks (headlines have no full stop) and after a closing quote', () => {
    const text = 'A Headline Without A Stop\n"We will respond." He said so.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['A Headline Without A Stop', '"We will respond."', 'He said so.']);
  });
});

describe('splitClauses', () => {
  it('splits before "after" so two reported events get their own clauses', () => {
    const text = 'On Saturday, officials met in Moscow, after missile strikes on Thursday targeted the airfield.';
    const [sentence] = splitSentences(text);
    const clauses = splitClauses(sentence!);
    expect(clauses.map((c) => c.text)).toEqual(['On Saturday', 'officials met in Moscow', 'after missile strikes on Thursday targeted the airfield.']);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
