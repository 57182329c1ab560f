/**
 * Whether a value fits its column of the Sortie GeoParquet file as it is, so that reading
 * the column gives back exactly the same value (schema.ts). What does not fit travels in
 * the row's overflow cell as JSON instead.
 */
import { SOURCE_FIELDS } from './schema';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How deep the positions sit in each geometry type's coordinates. */
const DEPTH: Readonly<Record<string, number>> = {
  Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3,
};

/**
 * The position size of a geometry WKB can hold exactly (2, 3 or 4 numbers, the same in
 * every position), or 0 when it cannot: an unknown type, a malformed nesting, mixed sizes,
 * a member other than `type` and `coordinates` (a GeoJSON `bbox` would be lost).
 */
export function wkbDimension(geometry: unknown): number {
  if (!isObject(geometry) || typeof geometry.type !== 'string') return 0;
  const depth = DEPTH[geometry.type];
  if (depth === undefined) return 0;
  for (const key in geometry) if (key !== 'type' && key !== 'coordinates') return 0;
  let dim = -1;
  const walk = (value: unknown, level: number): boolean => {
    if (!Array.isArray(value)) return false;
    if (level === 0) {
      if (value.length < 2 || value.length > 4 || !value.every((n) => typeof n === 'number')) return false;
      if (dim === -1) dim = value.length;
      return value.length === dim;
    }
    return value.every((child) => walk(child, level - 1));
  };
  if (!walk(geometry.coordinates, depth)) return 0;
  // A geometry with no positions at all (an empty MultiPoint) is written as 2D.
  return dim === -1 ? 2 : dim;
}

export const fitsText = (v: unknown): v is string => typeof v === 'string';

export const fitsActors = (v: unknown): v is string[] => Array.isArray(v) && v.every(fitsText);

/** A list of sources whose members are all text fields of the format. */
export function fitsSources(v: unknown): v is Obj[] {
  if (!Array.isArray(v)) return false;
  return v.every((s) => {
    if (!isObject(s)) return false;
    for (const key in s) {
      if (!(SOURCE_FIELDS as readonly string[]).includes(key) || typeof s[key] !== 'string') return false;
    }
    return true;
  });
}

/** The column type an extra scalar value would need, or null when it is not a scalar. */
export function scalarType(v: unknown): 'string' | 'int' | 'double' | 'boolean' | null {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') {
    return Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31 && !Object.is(v, -0) ? 'int' : 'double';
  }
  return null;
}
