/**
 * A harder variant of syntheticDataset for the format bench (issue 9): the same events
 * with made-up but varied text, so compression is not flattered by "Generated event n".
 * Each event gets a title and place of random words, a summary one time in three, one to
 * three actors of forty, one source with a name and a unique URL, and a `fatalities`
 * extra. Seeded, so the same size and seed give the same dataset every run.
 */
import type { SortieDatasetFile } from '../../src/data/dataset-format';
import { seededRandom, syntheticDataset, type SyntheticOptions } from './synthetic';

const SYLLABLES = ['ka', 'ro', 'mi', 'tal', 'sen', 'dor', 'el', 'vi', 'nar', 'qu', 'as', 'bek', 'lu', 'zor', 'an', 'ti', 'mes', 'ha', 'ur', 'pol'];
const NOUNS = ['convoy', 'checkpoint', 'market', 'bridge', 'airfield', 'village', 'depot', 'camp', 'road', 'station', 'hospital', 'school', 'port', 'ridge', 'border post'];
const VERBS = ['attacked near', 'shelled at', 'clashes at', 'protest outside', 'blast near', 'raid on', 'seized at', 'ambush on'];

export function variedDataset(options: SyntheticOptions): SortieDatasetFile {
  const dataset = syntheticDataset(options);
  const random = seededRandom((options.seed ?? 1) + 1000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = () => {
    const n = 2 + Math.floor(random() * 2);
    const w = Array.from({ length: n }, () => pick(SYLLABLES)).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const actors = Array.from({ length: 40 }, () => `${word()} ${pick(['Brigade', 'Front', 'Forces', 'Militia', 'Army', 'Police'])}`);
  const outlets = Array.from({ length: 60 }, () => `${word()} ${pick(['Times', 'News', 'Post', 'Radio', 'Monitor'])}`);
  for (const f of dataset.features) {
    const p = f.properties as Record<string, unknown>;
    const place = `${word()}${random() < 0.3 ? ` ${word()}` : ''}`;
    p.title = `${pick(NOUNS)[0]!.toUpperCase()}${pick(NOUNS).slice(1)} ${pick(VERBS)} ${place}`;
    p.place = place;
    if (random() < 1 / 3) p.summary = `${word()} ${pick(VERBS)} the ${pick(NOUNS)} of ${place}; ${Math.floor(random() * 40)} reported.`;
    p.actors = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(actors));
    const outlet = pick(outlets);
    p.sources = [{ name: outlet, url: `https://${outlet.toLowerCase().replace(/\s+/g, '-')}.example/${Math.floor(random() * 1e9).toString(36)}` }];
    p.location_precision = pick(['site', 'city', 'city', 'region']);
    p.fatalities = Math.floor(random() * random() * 50);
  }
  return dataset;
}
