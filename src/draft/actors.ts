/** Actors named in a clause: countries, organisations, their demonyms and metonyms ("the Kremlin"). */
import { findAll, type Lexicon } from './lexicon';

export function findActors(text: string, lexicon: Lexicon): string[] {
  const hits: { name: string; start: number }[] = [];
  for (const actor of lexicon.actors) {
    const first = findAll(actor.words, text)[0];
    if (first) hits.push({ name: actor.name, start: first.start });
  }
  return hits.sort((a, b) => a.start - b.start).map((h) => h.name);
}
