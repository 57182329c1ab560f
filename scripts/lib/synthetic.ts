/**
 * Generated, valid Sortie datasets of any size, for tests and benchmarks at scale
 * (issue 9). Seeded: the same size and seed give the same file every run.
 *
 * Events are scattered over a few hundred "towns" (so markers share places, as real
 * conflict data does), over `years` years from 2000, in eight kinds, with day-precise
 * EDTF dates and one in ten a span of up to a month. Titles and places are made up.
 */
import type { SortieDatasetFile } from '../../src/data/dataset-format';

/** mulberry32: a small, fast seeded generator (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETIC_KINDS = ['airstrike', 'shelling', 'battle', 'protest', 'riot', 'explosion', 'abduction', 'looting'] as const;

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** How many years the events span, from 1 January 2000 (default 10). */
  years?: number;
  /** How many distinct places (default: count / 20, at least 1, at most 5,000). */
  places?: number;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function syntheticDataset(options: SyntheticOptions): SortieDatasetFile {
  const { count, seed = 1, years = 10 } = options;
  const random = seededRandom(seed);
  const placeCount = options.places ?? Math.max(1, Math.min(5000, Math.round(count / 20)));
  // Towns clustered in a few regions of the world, so the map has dense and empty parts.
  const regions = [[36, 34], [44, 48], [30, 15], [-3, 25], [100, 20], [-75, 5], [20, 50]] as const;
  const places = Array.from({ length: placeCount }, (_, i) => {
    const [lon, lat] = regions[i % regions.length] ?? [0, 0];
    return [Number((lon + (random() - 0.5) * 14).toFixed(4)), Number((lat + (random() - 0.5) * 9).toFixed(4))] as const;
  });
  const start = Date.UTC(2000, 0, 1);
  const span = years * 365 * DAY;
  const features = Array.from({ length: count }, (_, i) => {
    const place = places[Math.floor(random() * placeCount)] ?? [0, 0];
    const kind = SYNTHETIC_KINDS[Math.floor(random() * SYNTHETIC_KINDS.length)] ?? 'battle';
    const day = start + Math.floor(random() * (span / DAY)) * DAY;
    const date = random() < 0.1 ? `${iso(day)}/${iso(day + Math.ceil(random() * 30) * DAY)}` : iso(day);
    return {
      type: 'Feature' as const,
      id: `e${i}`,
      geometry: { type: 'Point' as const, coordinates: [place[0], place[1]] },
      properties: { id: `e${i}`, title: `Generated event ${i + 1}`, kind, date },
    };
  });
  return {
    type: 'FeatureCollection',
    sortie: { title: `${count.toLocaleString('en-GB')} generated events`, description: 'Generated for tests and benchmarks; not real events.' },
    features,
  };
}
