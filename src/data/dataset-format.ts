/**
 * The open Sortie dataset format (issue 8): a GeoJSON FeatureCollection plus one foreign
 * member, `sortie`, for what a dataset says about itself. Every member is optional; what a
 * dataset leaves out is derived from its events (src/data/dataset-meta.ts resolves it).
 * Documented in data/README.md ("The dataset format") and data/schema/dataset.schema.json.
 *
 * This file holds only the shapes, so the importers (Node and the browser worker), the
 * data build and the app agree on one definition.
 */
import type { Geometry } from 'geojson';

/** Names of the symbols a kind can use; each is drawn from an SVG path (src/data/symbols.ts). */
export const SYMBOLS = ['triangle', 'diamond', 'square', 'circle', 'star', 'hexagon', 'plus', 'pentagon'] as const;
export type SymbolName = (typeof SYMBOLS)[number];

/** How one kind of event looks and reads. Any member left out gets a default. */
export interface KindMeta {
  /** Singular label ("Strike"). Default: the id, de-slugged ("chemical-attack" → "Chemical attack"). */
  label?: string;
  /** Plural label for filters and counts. Default: label + "s". */
  plural?: string;
  /** One line for the legend. */
  description?: string;
  /** CSS hex colour, `#rrggbb`. Default: the next colour of a colour-blind-safe palette. */
  color?: string;
  /** Default: the next symbol of SYMBOLS, so colour is never the only cue. */
  symbol?: SymbolName;
}

/** How one actor reads (and, optionally, its colour in filters). */
export interface ActorMeta {
  label?: string;
  color?: string;
}

/** An article or report that events cite by id (`sources[].article`). */
export interface ArticleMeta {
  id: string;
  headline: string;
  publisher?: string | null;
  author?: string | null;
  /** EDTF date of publication. */
  date?: string;
  date_note?: string;
  url?: string;
  file?: string;
  kind?: string;
}

/** The dataset's `sortie` member: what is hard-coded for one dataset today, declared by the data. */
export interface SortieMeta {
  /** Format version; 1 today. */
  version?: 1;
  /** Page and map title. Default: the file name. */
  title?: string;
  /** One or two sentences under the title. */
  description?: string;
  /** Who made the data, shown on the map's credits line ("Data: ACLED"). */
  credits?: string;
  /** Licence of the data (SPDX id, words or a URL). */
  license?: string;
  /** Initial view, [west, south, east, north] in degrees. Default: the events' extent. */
  bbox?: [number, number, number, number];
  /** Kind id → how it looks. Default: the kinds the events use, in order of first use. */
  kinds?: Record<string, KindMeta>;
  /** Actor id (as written in events' `actors`) → label and colour. Default: the values present. */
  actors?: Record<string, ActorMeta>;
  /** The articles or reports the events cite. */
  articles?: ArticleMeta[];
}

/**
 * One piece of evidence. Curated datasets cite an article by id with a verbatim excerpt;
 * imported ones may only name their source (ACLED's `source`, UCDP's `source_article`) or
 * link to it. At least one of `article`, `name` or `url` is present.
 */
export interface SourceRef {
  /** Id of an entry of `sortie.articles`. */
  article?: string;
  /** Verbatim quote that supports the event. */
  excerpt?: string;
  /** Name of the source where there is no article entry ("Reuters; Local media"). */
  name?: string;
  /** Link to the source. */
  url?: string;
}

/**
 * Properties of one event feature. Required: `id`, `date` (EDTF), `kind`, `title`.
 * Importers always write `location_precision` and an EDTF date no more precise than the
 * source (ACLED time_precision, UCDP date_prec).
 */
export interface OpenEventProperties {
  id: string;
  title: string;
  kind: string;
  /** EDTF (ISO 8601-2): `2017-04-07`, `2017-04`, `2017-04-03/2017-04-09`, `2015-09?`, `2015~`. */
  date: string;
  summary?: string;
  date_note?: string;
  actors?: string[];
  actor_note?: string;
  place?: string;
  location_precision?: 'site' | 'city' | 'region' | 'country' | 'border' | 'route';
  place_note?: string;
  sources?: SourceRef[];
  subject_geometry?: Geometry;
  /** Anything else a source carries (fatalities, sub_event_type…) is kept and shown in details. */
  [extra: string]: unknown;
}

export interface OpenEventFeature {
  type: 'Feature';
  geometry: Geometry;
  properties: OpenEventProperties;
}

/** A Sortie dataset as a file holds it. */
export interface SortieDatasetFile {
  type: 'FeatureCollection';
  sortie?: SortieMeta;
  features: OpenEventFeature[];
}
