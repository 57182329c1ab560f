/**
 * Place names in a clause, matched against the compact gazetteer (GeoNames cities, Natural Earth
 * provinces and countries, OurAirports airfields) and the dataset's own places.yaml, with every
 * reading a name allows kept as an alternative: "Homs" is the city and the province, and unless a
 * word after it says "province" the drafter says it is ambiguous instead of guessing silently.
 */
import type { LocationPrecision } from '../data/types';
import type { GazetteerRecord } from './gazetteer-types';
import type { Lexicon } from './lexicon';

/** A places.yaml entry, as far as linking needs it. */
export interface DatasetPlace {
  id: string;
  name: string;
  type: string;
  geonames?: number;
  coordinates?: [number, number];
  country?: string;
  admin1?: string | string[];
  iso3?: string;
}

/** One reading of a place name. */
export interface PlaceOption {
  name: string;
  type: GazetteerRecord['type'] | 'dataset';
  lng: number;
  lat: number;
  country: string;
  ref: string;
  population: number;
  precision: LocationPrecision;
  /** The places.yaml id this reading already has, if any. */
  datasetId?: string;
}

export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  options: PlaceOption[];
  /** A word right after the name said which type it is ("province", "airfield"). */
  typeHint?: 'admin1' | 'airfield' | 'city';
  near: boolean;
  /** "western" in "in western Iran": part of the place, so the precision is a region. */
  compass?: string;
  locative: boolean;
  possessive: boolean;
  /** Only a demonym ("Iranian") or an actor's country; used when nothing better is named. */
  demonym: boolean;
}

export const normaliseName = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’'`ʻʿʾ]/g, '').replace(/[-–.]/g, ' ')
    .replace(/\s+/g, ' ').trim().toLowerCase();

const PRECISION: Record<GazetteerRecord['type'], LocationPrecision> = {
  airfield: 'site', city: 'city', admin1: 'region', country: 'country',
};

export class PlaceIndex {
  private readonly byName = new Map<string, PlaceOption[]>();
  readonly longest: number;

  constructor(records: GazetteerRecord[], dataset: DatasetPlace[], private readonly lexicon: Lexicon) {
    const linked = (r: GazetteerRecord): string | undefined => dataset.find((p) =>
      (r.type === 'city' && String(p.geonames) === r.ref) ||
      (r.type === 'admin1' && p.type === 'admin1' && p.country === r.country && p.admin1 === r.ref) ||
      (r.type === 'country' && p.iso3 === r.ref))?.id;
    const points = new Map<string, PlaceOption>();
    for (const r of records) {
      const option: PlaceOption = { name: r.name, type: r.type, lng: r.lng, lat: r.lat, country: r.country, ref: r.ref,
        population: r.population, precision: PRECISION[r.type], datasetId: linked(r) };
      for (const name of [r.name, ...r.alt]) this.add(name, option);
      if (r.type === 'admin1') points.set(`${r.country}|${r.ref}`, option);
      if (r.type === 'city') points.set(`geonames|${r.ref}`, option);
    }
    // Dataset entries the gazetteer cannot name: hand-placed points and unions of provinces.
    for (const p of dataset) {
      const parts = p.type === 'admin1-union' && Array.isArray(p.admin1) ? p.admin1.map((a) => points.get(`${p.country}|${a}`)) : [];
      const at = p.coordinates ?? (parts.length && parts.every(Boolean)
        ? [parts.reduce((s, o) => s + o!.lng, 0) / parts.length, parts.reduce((s, o) => s + o!.lat, 0) / parts.length]
        : p.geonames ? [points.get(`geonames|${p.geonames}`)?.lng, points.get(`geonames|${p.geonames}`)?.lat] : undefined);
      if (!at || at[0] === undefined || at[1] === undefined) continue;
      const exists = this.byName.get(normaliseName(p.name))?.some((o) => o.datasetId === p.id);
      if (exists) continue;
      const site = /air ?field|air ?base|airport|base\b/i.test(p.name);
      this.add(p.name, { name: p.name, type: 'dataset', lng: at[0], lat: at[1], country: p.country ?? '', ref: p.id,
        population: 0, precision: site ? 'site' : p.type === 'point' && p.geonames ? 'city' : 'region', datasetId: p.id });
    }
    for (const [alias, target] of lexicon.placeAliases) {
      for (const option of this.byName.get(normaliseName(target)) ?? []) this.add(alias, option);
    }
    this.longest = Math.max(...[...this.byName.keys()].map((k) => k.split(' ').length));
  }

  private add(name: string, option: PlaceOption): void {
    const key = normaliseName(name);
    if (!key) return;
    const list = this.byName.get(key) ?? [];
    if (!list.includes(option)) list.push(option);
    this.byName.set(key, list);
  }

  lookup(name: string): PlaceOption[] {
    return this.byName.get(normaliseName(name)) ?? [];
  }

  /** Every place named in `text`, longest names first, each word in at most one name. */
  mentions(text: string, offset = 0): PlaceMention[] {
    // Words keep inner dots and hyphens ("U.S.", "al-Jabiri"); a final dot only on initialisms.
    const words = [...text.matchAll(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*\.?/gu)].map((m) => {
      const keepDot = /^(?:\p{Lu}\.)+$/u.test(m[0]);
      return { start: m.index, end: m.index + (m[0].endsWith('.') && !keepDot ? m[0].length - 1 : m[0].length) };
    });
    const found: PlaceMention[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(this.longest, words.length - i); n >= 1; n--) {
        const start = words[i]!.start;
        const end = words[i + n - 1]!.end;
        const phrase = text.slice(start, end);
        if (!/[A-Z]/.test(phrase) || /\n/.test(phrase)) continue;
        const capsOnly = /^[A-Z.]+$/.test(phrase);
        const options = this.lookup(phrase).filter((o) => !capsOnly || o.type === 'country' || phrase.length > 3);
        if (options.length === 0) continue;
        if (n === 1 && i === 0 && options.every((o) => o.type === 'city' && o.population < 100_000)) continue;
        found.push(this.describe(text, offset, start, end, options));
        i += n - 1;
        break;
      }
    }
    return found;
  }

  private describe(text: string, offset: number, start: number, end: number, options: PlaceOption[]): PlaceMention {
    const after = text.slice(end, end + 20).toLowerCase();
    const before = text.slice(Math.max(0, start - 30), start).toLowerCase();
    const hintWord = /^\s+(\w+(?: base)?)/.exec(after)?.[1];
    const typeHint = hintWord ? this.lexicon.placeTypes.get(hintWord) : undefined;
    // "in western Iran", "near the Syrian coast": skip the article and a compass word.
    const direction = /\b((?:north|south)?(?:-?(?:east|west))?(?:ern)?|northern|southern|central)\s+$/.exec(before)?.[1];
    const compass = direction && /^(northern|southern|eastern|western|central|north-?(eastern|western)|south-?(eastern|western))$/.test(direction) ? direction : undefined;
    const lead = compass ? before.slice(0, before.length - before.match(/\S+\s+$/)![0].length) : before;
    const prev = /(\w+)\s+(?:the\s+)?$/.exec(lead)?.[1] ?? '';
    const ranked = [...options].sort((a, b) => score(b, typeHint) - score(a, typeHint));
    return {
      text: text.slice(start, end), start: offset + start, end: offset + end, options: ranked, typeHint, compass,
      near: prev === 'near', locative: this.lexicon.locatives.has(prev), possessive: /^['’]s\b/.test(after), demonym: false,
    };
  }

  /** Demonyms of country actors ("Iranian", "Russian"): a country, used only as a last resort. */
  demonyms(text: string, offset = 0): PlaceMention[] {
    const found: PlaceMention[] = [];
    for (const actor of this.lexicon.actors) {
      if (!actor.country) continue;
      const country = this.byName.get(normaliseName(actor.name))?.find((o) => o.type === 'country')
        ?? [...this.byName.values()].flat().find((o) => o.type === 'country' && o.ref === actor.country);
      if (!country) continue;
      for (const m of actor.words) {
        if (!/(ian|ish|ese|i)\*?$/.test(m.word)) continue;
        m.pattern.lastIndex = 0;
        for (const hit of text.matchAll(m.pattern)) {
          found.push({ text: hit[0], start: offset + hit.index, end: offset + hit.index + hit[0].length, options: [country],
            near: false, locative: false, possessive: false, demonym: true });
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

/** Which reading comes first: the hinted type, then the dataset's own, then the larger place. */
function score(o: PlaceOption, hint: PlaceMention['typeHint']): number {
  const typed = hint && (o.type === hint || (hint === 'airfield' && o.precision === 'site')) ? 1e9 : 0;
  const known = o.datasetId ? 1e8 : 0;
  const kind = { dataset: 4e7, airfield: 1e7, city: 3e7, admin1: 2e7, country: 0 }[o.type];
  return typed + known + kind + Math.min(o.population, 1e7 - 1);
}

/** A mention is ambiguous when its readings are of different types and nothing said which. */
export function isAmbiguous(m: PlaceMention): boolean {
  if (m.typeHint || m.demonym) return false;
  return new Set(m.options.map((o) => o.precision)).size > 1;
}

const RANK: Record<LocationPrecision, number> = { site: 4, city: 3, region: 2, country: 1, border: 1, route: 1 };

/**
 * The mention most likely to be where the event happened: specific before general, after a
 * locative ("in", "at") rather than as a subject or object ("Russia deployed", "Iran's army"),
 * inside the event's own clause (`preferred`) rather than elsewhere in the sentence.
 */
export function bestMention(mentions: PlaceMention[], preferred: (m: PlaceMention) => boolean = () => false): PlaceMention | undefined {
  const value = (m: PlaceMention): number => {
    const country = m.options[0]!.precision === 'country';
    return RANK[m.options[0]!.precision] + (m.locative && !m.near ? 2 : 0) - (m.near ? 1 : 0) - (m.possessive && country ? 2 : 0)
      - (m.demonym ? 5 : 0) - (country && !m.locative ? 2 : 0) + (preferred(m) ? 2 : 0);
  };
  return [...mentions].sort((a, b) => value(b) - value(a) || Number(b.locative) - Number(a.locative) || a.start - b.start)[0];
}

/** A mention that says little about where: a country named as an actor, or a demonym. */
export function isWeak(m: PlaceMention): boolean {
  return m.demonym || (m.options[0]!.precision === 'country' && !m.locative);
}

/** Great-circle distance in km. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}
