/**
 * The event data contract: what `data/events.geojson` holds (see data/README.md and
 * data/schema/event.schema.json) and what the app works with once it has loaded it.
 */
import type { Geometry } from 'geojson';

/** Controlled vocabulary of event kinds; documented in data/README.md. */
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

/** One piece of evidence: a verbatim excerpt from one of the articles in data/sources.json. */
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
  /** One or two sentences in our own words. */
  summary: string;
  kind: EventKind;
  /** EDTF (ISO 8601-2) date, no more precise than the text supports. */
  date: string;
  /** How the date was read or inferred from the text, where that is not obvious. */
  date_note?: string;
  /** Countries or groups that carried out or took part in the event. */
  actors: string[];
  /** Qualifies the actors where the text does (e.g. "blamed on", "or allied"). */
  actor_note?: string;
  /** Human-readable place name. */
  place: string;
  location_precision: LocationPrecision;
  /** How the place was read from the text, where the geometry says more than the words. */
  place_note?: string;
  sources: EventSource[];
  /**
   * What the event is about, where that is not where it happened (an agreement reached in
   * Tehran about the Iran–Iraq border). Drawn as a secondary, dashed shape with no marker.
   */
  subject_geometry?: Geometry;
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
