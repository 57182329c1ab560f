/**
 * When a feature's geometry can be drawn. Every position of every geometry is checked,
 * because one bad number anywhere (JSON's `1e999` reads as Infinity; `null` where a number
 * belongs) makes MapLibre drop or mangle the whole feature, and fitting the camera to it
 * throws. The rules follow RFC 7946:
 * - the type is Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon
 *   (a GeometryCollection cannot carry the one place an event has);
 * - a position is 2 or 3 finite numbers, longitude within −180…180 and latitude within
 *   −90…90 (an altitude, if given, is finite too);
 * - a line has at least 2 positions; a polygon ring at least 4, the last repeating the first
 *   (an unclosed ring is filled differently by different renderers); no list is empty.
 * The message names the first offending position by its path, e.g. `coordinates[0][3]`.
 */
import type { Geometry } from 'geojson';

type Shape = 'position' | 'positions' | 'line' | 'ring';

/** For each type: the shape at each nesting level, outermost first. */
const SHAPES: Record<string, Shape[]> = {
  Point: ['position'],
  MultiPoint: ['positions', 'position'],
  LineString: ['line', 'position'],
  MultiLineString: ['positions', 'line', 'position'],
  Polygon: ['positions', 'ring', 'position'],
  MultiPolygon: ['positions', 'positions', 'ring', 'position'],
};

export const GEOMETRY_TYPES = Object.keys(SHAPES);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v) ?? String(v);

function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return `${show(p)} is not a [longitude, latitude] position`;
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n))) return `${show(p)} holds a value that is not a finite number`;
  const [lon, lat] = p as number[];
  if (Math.abs(lon!) > 180) return `longitude ${lon} is outside −180…180`;
  if (Math.abs(lat!) > 90) return `latitude ${lat} is outside −90…90`;
  return null;
}

const samePosition = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((n, i) => n === b[i]);

function walk(coords: unknown, shapes: readonly Shape[], path: string): string | null {
  const [shape, ...inner] = shapes;
  if (shape === 'position') {
    const problem = positionProblem(coords);
    return problem && `${path}: ${problem}`;
  }
  if (!Array.isArray(coords)) return `${path} must be a list, not ${show(coords)}`;
  if (coords.length === 0) return `${path} must be a non-empty list`;
  if (shape === 'line' && coords.length < 2) return `${path} is a line with fewer than 2 positions`;
  if (shape === 'ring' && coords.length < 4) return `${path} is a polygon ring with fewer than 4 positions`;
  for (let i = 0; i < coords.length; i++) {
    const problem = walk(coords[i], inner, `${path}[${i}]`);
    if (problem) return problem;
  }
  if (shape === 'ring' && !samePosition(coords[0], coords[coords.length - 1])) {
    return `${path} is a polygon ring that is not closed: its last position must repeat its first`;
  }
  return null;
}

/** What is wrong with a feature's geometry, or null when it can be drawn. */
export function geometryProblem(geometry: unknown): string | null {
  if (!isObject(geometry)) return 'is missing';
  const shapes = typeof geometry.type === 'string' && Object.hasOwn(SHAPES, geometry.type) ? SHAPES[geometry.type] : undefined;
  if (!shapes) return `type ${show(geometry.type)} is not one of ${GEOMETRY_TYPES.join(', ')}`;
  return walk(geometry.coordinates, shapes, 'coordinates');
}

/** A copy with only the type and coordinates, so nothing unchecked (bbox, crs, …) travels on. */
export function cleanGeometry(geometry: Geometry): Geometry {
  return { type: geometry.type, coordinates: (geometry as { coordinates: unknown }).coordinates } as Geometry;
}
