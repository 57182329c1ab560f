/** The kind a clause reports, from the lexicon's trigger words (priority order, strong before weak). */
import type { EventKind } from '../data/types';
import { findAll, type Lexicon } from './lexicon';

export interface KindHit {
  kind: EventKind;
  strong: boolean;
  triggers: string[];
  /** Offset of the first trigger in the searched text. */
  at: number;
}

/**
 * Every kind with a strong trigger in the clause, in priority order ("in protest of the
 * airstrikes" reports a protest and a strike); a weak trigger only when there is no strong one.
 */
export function findKinds(text: string, lexicon: Lexicon): KindHit[] {
  const strong = lexicon.kinds.flatMap((entry) => {
    const hits = findAll(entry.strong, text);
    return hits.length ? [{ kind: entry.kind, strong: true, triggers: [...new Set(hits.map((h) => text.slice(h.start, h.end)))], at: hits[0]!.start }] : [];
  });
  if (strong.length) return strong;
  const weak = findKind(text, lexicon);
  return weak ? [weak] : [];
}

export function findKind(text: string, lexicon: Lexicon): KindHit | undefined {
  for (const strength of ['strong', 'weak'] as const) {
    for (const entry of lexicon.kinds) {
      const hits = findAll(entry[strength], text);
      if (hits.length) return { kind: entry.kind, strong: strength === 'strong', triggers: [...new Set(hits.map((h) => text.slice(h.start, h.end)))], at: hits[0]!.start };
    }
  }
  return undefined;
}
