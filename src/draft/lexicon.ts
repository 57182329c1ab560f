/**
 * Reads data/draft-lexicon.yaml (the documented word lists) into matchers. The YAML text is
 * passed in, so the same code runs in Node (read from disk) and in the page (bundled `?raw`).
 */
import { parse } from 'yaml';
import { EVENT_KINDS, type EventKind } from '../data/types';

export interface Matcher {
  word: string;
  pattern: RegExp;
}

export interface KindTriggers {
  kind: EventKind;
  strong: Matcher[];
  weak: Matcher[];
}

export interface ActorEntry {
  name: string;
  /** ISO3 of the country the actor is, if it is one. */
  country?: string;
  words: Matcher[];
}

export interface Lexicon {
  kinds: KindTriggers[];
  actors: ActorEntry[];
  placeAliases: Map<string, string>;
  placeTypes: Map<string, 'admin1' | 'airfield' | 'city'>;
  locatives: Set<string>;
  hedges: Matcher[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word, case-insensitive; a trailing `*` takes any ending. Words in capitals ("US", "IS",
 * "SDF") match only in capitals, so the pronoun "us" is not the United States.
 */
export function matcher(word: string): Matcher {
  const wild = word.endsWith('*');
  const bare = wild ? word.slice(0, -1) : word;
  const body = bare.split(/\s+/).map(escape).join('\\s+') + (wild ? '[\\w-]*' : '');
  const caps = /^[A-Z][A-Z.&]+$/.test(bare);
  return { word, pattern: new RegExp(`(?<![\\w-])${body}(?![\\w])`, caps ? 'g' : 'gi') };
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function parseLexicon(text: string): Lexicon {
  const data = parse(text) as Record<string, unknown>;
  const kinds = data.kinds as Record<string, { strong?: unknown; weak?: unknown }>;
  const unknown = Object.keys(kinds).filter((k) => !(EVENT_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`draft lexicon: unknown kind(s) ${unknown.join(', ')}; kinds are ${EVENT_KINDS.join(', ')}`);
  const actors = data.actors as Record<string, { country?: string; words?: unknown }>;
  const types = data.place_types as Record<string, unknown>;
  return {
    kinds: Object.entries(kinds).map(([kind, t]) =>
      ({ kind: kind as EventKind, strong: list(t.strong).map(matcher), weak: list(t.weak).map(matcher) })),
    actors: Object.entries(actors).map(([name, a]) => ({ name, country: a.country, words: list(a.words).map(matcher) })),
    placeAliases: new Map(Object.entries((data.place_aliases ?? {}) as Record<string, string>)),
    placeTypes: new Map(Object.entries(types).flatMap(([type, words]) =>
      list(words).map((w) => [w.toLowerCase(), type as 'admin1' | 'airfield' | 'city'] as const))),
    locatives: new Set(list(data.locatives).map((w) => w.toLowerCase())),
    hedges: list(data.hedges).map((w) => (w === '?' ? { word: w, pattern: /\?/g } : matcher(w))),
  };
}

/** Every match of any matcher in `text`, with offsets. */
export function findAll(matchers: Matcher[], text: string): { word: string; start: number; end: number }[] {
  const hits: { word: string; start: number; end: number }[] = [];
  for (const m of matchers) {
    m.pattern.lastIndex = 0;
    for (const hit of text.matchAll(m.pattern)) hits.push({ word: m.word, start: hit.index, end: hit.index + hit[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}
