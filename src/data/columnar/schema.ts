/**
 * The columns of a Sortie GeoParquet file (docs/columnar-format.md), shared by the writer
 * (Node scripts) and the reader (browser worker), so both agree on one definition.
 *
 * A value that fits its column is stored there; a null cell means "absent". A value that
 * does not fit (a title that is a number, a geometry WKB cannot hold, a source with a key
 * the format does not know) goes, as JSON, into the row's `sortie_overflow` cell instead,
 * so a bad row stays exactly as bad as it was and validation names it, as for GeoJSON.
 */

/** Key-value metadata keys of the file footer. */
export const META_KEYS = {
  /** GeoParquet 1.1 metadata (what GDAL, DuckDB and GeoPandas read). */
  geo: 'geo',
  /** The dataset's `sortie` member as JSON (absent when the dataset had none). */
  sortie: 'sortie',
  /** How this file maps columns to feature members: a FormatInfo as JSON. */
  format: 'sortie:format',
} as const;

export const FORMAT_VERSION = 1;

/** Where a feature's top-level `id` comes from. */
export type FeatureIdMode = 'none' | 'same' | 'column';

/** One extra scalar property stored in a column of its own. */
export interface ExtraColumn {
  /** Column name in the file (the key, unless it clashes with a column of the format). */
  column: string;
  /** Property key in the feature. */
  key: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

/** What the `sortie:format` footer entry says. */
export interface FormatInfo {
  version: number;
  /** 'same': every feature's `id` equals `properties.id`; 'column': stored in `feature_id`. */
  featureId: FeatureIdMode;
  extras: ExtraColumn[];
}

/** Text properties of the format, each an optional UTF-8 column of the same name. */
export const TEXT_COLUMNS = ['id', 'title', 'kind', 'date', 'summary', 'date_note', 'actor_note', 'place',
  'location_precision', 'place_note'] as const;

/** Columns a file must have to be a Sortie dataset (the required properties and a geometry). */
export const REQUIRED_COLUMNS = ['id', 'title', 'kind', 'date'] as const;

export const GEOMETRY_COLUMN = 'geometry';
export const SUBJECT_COLUMN = 'subject_geometry';
export const ACTORS_COLUMN = 'actors';
export const SOURCES_COLUMN = 'sources';
export const FEATURE_ID_COLUMN = 'feature_id';
export const OVERFLOW_COLUMN = 'sortie_overflow';

/** The fields of one source, in the order of the struct. */
export const SOURCE_FIELDS = ['article', 'excerpt', 'name', 'url'] as const;

/** Properties the format gives a column of their own; every other property is an extra. */
export const FORMAT_PROPERTIES: ReadonlySet<string> = new Set([...TEXT_COLUMNS, ACTORS_COLUMN, SOURCES_COLUMN, SUBJECT_COLUMN]);

/**
 * Column names an extra property may not take (it gets `extra_<key>` instead): the format's
 * own, and `__proto__`, which hyparquet's readers would use as an object key.
 */
export const RESERVED_COLUMNS: ReadonlySet<string> = new Set([...FORMAT_PROPERTIES, GEOMETRY_COLUMN, FEATURE_ID_COLUMN, OVERFLOW_COLUMN, '__proto__']);

/** Rows per row group: the reader reports progress once per group. */
export const ROW_GROUP_SIZE = 65_536;

/**
 * What overflows from one row: the members that did not fit their columns, as a partial
 * feature to lay over the one the columns give.
 */
export interface Overflow {
  type?: unknown;
  id?: unknown;
  geometry?: unknown;
  /** The feature had no `geometry` member at all (a null cell alone reads as `geometry: null`). */
  noGeometry?: true;
  properties?: Record<string, unknown>;
  /** The feature was not an object at all: this is all of it. */
  whole?: unknown;
}

/** Sets an own, enumerable property even for the key `__proto__` (plain assignment would set the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
