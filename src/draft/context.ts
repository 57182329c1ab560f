/**
 * Builds the drafter's context from the texts of the dataset's files, so Node (read from disk)
 * and the page (bundled at build time) share one path: the lexicon, the compact gazetteer,
 * data/places.yaml (to reuse its ids) and data/events.geojson (for the duplicate check).
 */
import type { Geometry } from 'geojson';
import { parse } from 'yaml';
import type { EventKind, LocationPrecision } from '../data/types';
import type { DraftContext } from './draft-article';
import type { KnownEvent } from './duplicates';
import { type GazetteerFile, readGazetteer } from './gazetteer-types';
import { parseLexicon } from './lexicon';
import { type DatasetPlace, PlaceIndex } from './places';

export interface ContextSources {
  lexicon: string;
  gazetteer: GazetteerFile;
  /** data/places.yaml as text. */
  places: string;
  /** data/events.geojson, parsed. */
  events: { features?: { geometry: Geometry; properties: Record<string, unknown> }[] };
}

export function parseDatasetPlaces(yamlText: string): DatasetPlace[] {
  const data = (parse(yamlText) ?? {}) as Record<string, Omit<DatasetPlace, 'id'>>;
  return Object.entries(data).map(([id, p]) => ({ ...p, id }));
}

export function knownEvents(events: ContextSources['events']): KnownEvent[] {
  return (events.features ?? []).filter((f) => f.geometry && f.properties).map((f) => ({
    id: String(f.properties.id), kind: f.properties.kind as EventKind, date: String(f.properties.date),
    location_precision: f.properties.location_precision as LocationPrecision, geometry: f.geometry,
    articles: Array.isArray(f.properties.sources) ? (f.properties.sources as { article: string }[]).map((s) => s.article) : [],
  }));
}

export function makeContext(sources: ContextSources): DraftContext & { datasetPlaces: DatasetPlace[] } {
  const lexicon = parseLexicon(sources.lexicon);
  const datasetPlaces = parseDatasetPlaces(sources.places);
  const known = knownEvents(sources.events);
  return {
    lexicon, datasetPlaces, known,
    places: new PlaceIndex(readGazetteer(sources.gazetteer), datasetPlaces, lexicon),
    takenIds: new Set(known.map((e) => e.id)),
  };
}
