/**
 * GeoJSON (or plain JSON) input as rows: each feature's properties are the row and its
 * geometry the location. A feature's top-level `id` joins the row as "id" when the
 * properties have none (USGS feeds keep it there). A bare array of objects is rows too.
 */
import type { Geometry } from 'geojson';

export interface InputRow {
  row: Record<string, unknown>;
  geometry: Geometry | null;
  rowNumber: number;
}

/** Throws an Error saying what the JSON is, when it is not a FeatureCollection or a list of rows. */
export function* geojsonRows(collection: unknown): Iterable<InputRow> {
  const c = collection as { type?: unknown; features?: unknown };
  let items: unknown[];
  if (Array.isArray(collection)) items = collection;
  else if (c && c.type === 'FeatureCollection' && Array.isArray(c.features)) items = c.features;
  else if (c && c.type === 'Feature') items = [collection];
  else throw new Error('JSON input must be a GeoJSON FeatureCollection (or a list of objects)');
  let rowNumber = 0;
  for (const item of items) {
    rowNumber++;
    const f = item as { type?: unknown; properties?: unknown; geometry?: unknown; id?: unknown };
    if (f && f.type === 'Feature') {
      const props = typeof f.properties === 'object' && f.properties !== null ? (f.properties as Record<string, unknown>) : {};
      const row = f.id !== undefined && !('id' in props) ? { id: f.id, ...props } : props;
      yield { row, geometry: (f.geometry as Geometry | null) ?? null, rowNumber };
    } else if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      yield { row: item as Record<string, unknown>, geometry: null, rowNumber };
    } else {
      yield { row: {}, geometry: null, rowNumber };
    }
  }
}

/** The columns of JSON rows: keys in order of first appearance over the first `limit` rows. */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}
