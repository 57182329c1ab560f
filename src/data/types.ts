/**
 * The event data contract: what `data/events.geojson` holds (see data/README.md and
 * data/schema/event.schema.json) and what the app works with once it has loaded it.
 */
import type { Geometry } from 'geojson';
import type { SourceRef } from './dataset-format';

/**
 * The bundled, curated dataset's kinds (data/dataset.yaml declares how they look). Only the
 * curated data build and the article drafting tools use this list; the app takes its kinds
 * from whatever dataset it loads (src/data/dataset-meta.ts), so an event's `kind` is any text.
 */
export const EVENT_KINDS = [
  'strike',
  'chemical-attack',
  'offensive',
  'deployment',
  'agreement',
  'meeting',
  'protest',
  'policy',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How precise an event's geometry is. */
export const LOCATION_PRECISIONS = ['site', 'city', 'region', 'country', 'border', 'route'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** One piece of evidence in the curated dataset: a verbatim excerpt from one of its articles (data/sources.json). */
export interface EventSource {
  /** Id of an article in data/sources.json. */
  article: string;
  /** Verbatim quote from that article, at most ~40 words. */
  excerpt: string;
}

/** Properties of one feature of data/events.geojson, exactly as stored. */
export interface EventProperties {
  /** Stable, unique slug. */
  id: string;
  /** Short title in our own words. */
  title: string;
  /** One or two sentences in our own words ('' when the dataset gives none). */
  summary: string;
  /** Any non-empty id; how it looks comes from the dataset's kinds registry (dataset-meta.ts). */
  kind: string;
  /** EDTF (ISO 8601-2) date, no more precise than the text supports. */
  date: string;
  /** How the date was read or inferred from the text, where that is not obvious. */
  date_note?: string;
  /** Countries or groups that carried out or took part in the event ([] when not given). */
  actors: string[];
  /** Qualifies the actors where the text does (e.g. "blamed on", "or allied"). */
  actor_note?: string;
  /** Human-readable place name ('' when not given). */
  place: string;
  /** Given, else derived from the geometry: a point is a 'site', a line a 'route', an area a 'region'. */
  location_precision: LocationPrecision;
  /** How the place was read from the text, where the geometry says more than the words. */
  place_note?: string;
  /** The evidence ([] when not given): an article and excerpt, or a source's name or link. */
  sources: SourceRef[];
  /**
   * What the event is about, where that is not where it happened (an agreement reached in
   * Tehran about the Iran–Iraq border). Drawn as a secondary, dashed shape with no marker.
   */
  subject_geometry?: Geometry;
  /** Scalar properties outside the format a dataset carries (fatalities, magnitude…), shown in details. */
  extra?: Readonly<Record<string, string | number | boolean>>;
}

/** A feature of the curated, bundled dataset: every source cites an article with an excerpt (the build enforces it). */
export interface CuratedEventFeature extends EventFeature {
  properties: Omit<EventProperties, 'sources'> & { sources: EventSource[] };
}

export interface EventFeature {
  type: 'Feature';
  id?: string | number;
  geometry: Geometry;
  properties: EventProperties;
}

/** An article from data/sources.json. Values the text does not show are null; inferred ones say so. */
export interface Article {
  id: string;
  file: string;
  headline: string;
  publisher: string | null;
  author: string | null;
  /** EDTF date of publication (`?` when inferred from the content). */
  date: string;
  date_note?: string;
  kind?: string;
}
