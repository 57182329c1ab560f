/**
 * Reading locations: a coordinate cell, a lat/lon pair, and a geometry cell written as WKT
 * (POINT, LINESTRING, POLYGON and their MULTI forms, with optional Z/M values) or as GeoJSON
 * text. Out-of-range or unreadable values come back as a message for a row problem.
 */
import type { Geometry, Position } from 'geojson';

export type GeometryRead = { ok: true; geometry: Geometry } | { ok: false; message: string };

/** A coordinate cell as a finite number, or null ("", "abc", "1,5" with a comma decimal). */
export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

export const latOk = (n: number) => n >= -90 && n <= 90;
export const lonOk = (n: number) => n >= -180 && n <= 180;

const positionOk = (p: Position) => p.length >= 2 && p.every(Number.isFinite) && lonOk(p[0] ?? NaN) && latOk(p[1] ?? NaN);

/** A point from two cells; says which one is wrong. */
export function readPoint(lat: unknown, lon: unknown): { ok: true; geometry: Geometry } | { ok: false; which: 'lat' | 'lon'; message: string } {
  const y = readNumber(lat);
  const x = readNumber(lon);
  if (y === null) return { ok: false, which: 'lat', message: 'is not a latitude (a number from -90 to 90)' };
  if (!latOk(y)) return { ok: false, which: 'lat', message: 'is out of range for a latitude (-90 to 90)' };
  if (x === null) return { ok: false, which: 'lon', message: 'is not a longitude (a number from -180 to 180)' };
  if (!lonOk(x)) return { ok: false, which: 'lon', message: 'is out of range for a longitude (-180 to 180)' };
  return { ok: true, geometry: { type: 'Point', coordinates: [x, y] } };
}

/** A tiny recursive reader for WKT's nested parenthesised lists of positions. */
class WktReader {
  private i = 0;
  constructor(private readonly text: string) {}

  private skip() {
    while (this.i < this.text.length && /\s/.test(this.text[this.i] ?? '')) this.i++;
  }
  private eat(ch: string): boolean {
    this.skip();
    if (this.text[this.i] === ch) {
      this.i++;
      return true;
    }
    return false;
  }
  word(): string {
    this.skip();
    const m = /^[A-Za-z]+/.exec(this.text.slice(this.i));
    this.i += m ? m[0].length : 0;
    return m ? m[0].toUpperCase() : '';
  }
  position(): Position {
    this.skip();
    const m = /^[^,()]+/.exec(this.text.slice(this.i));
    if (!m) throw new Error('expected coordinates');
    this.i += m[0].length;
    const nums = m[0].trim().split(/\s+/).map(Number);
    if (nums.length < 2 || nums.length > 4 || !nums.every(Number.isFinite)) throw new Error(`"${m[0].trim()}" is not a position`);
    return nums.slice(0, 3);
  }
  /** depth 0 = a position, 1 = a list of positions, 2 = a list of lists… */
  list(depth: number): unknown {
    if (depth === 0) {
      // MULTIPOINT allows both "(1 2, 3 4)" and "((1 2), (3 4))".
      if (this.eat('(')) {
        const p = this.position();
        if (!this.eat(')')) throw new Error('expected ")"');
        return p;
      }
      return this.position();
    }
    if (!this.eat('(')) throw new Error('expected "("');
    const items = [this.list(depth - 1)];
    while (this.eat(',')) items.push(this.list(depth - 1));
    if (!this.eat(')')) throw new Error('expected ")" or ","');
    return items;
  }
  end(): boolean {
    this.skip();
    return this.i >= this.text.length;
  }
}

const WKT_TYPES: Record<string, [Geometry['type'], number]> = {
  POINT: ['Point', 1],
  LINESTRING: ['LineString', 1],
  POLYGON: ['Polygon', 2],
  MULTIPOINT: ['MultiPoint', 1],
  MULTILINESTRING: ['MultiLineString', 2],
  MULTIPOLYGON: ['MultiPolygon', 3],
};

/** True when the text starts like WKT or GeoJSON, so detection can try it. */
export const looksLikeGeometry = (text: string) => /^\s*(SRID=\d+;\s*)?(MULTI)?(POINT|LINESTRING|POLYGON)\b/i.test(text) || /^\s*\{\s*"type"/.test(text);

export function parseWkt(text: string): GeometryRead {
  const reader = new WktReader(text.replace(/^\s*SRID=\d+;/i, ''));
  const spec = WKT_TYPES[reader.word()];
  if (!spec) return { ok: false, message: 'is not WKT (POINT, LINESTRING, POLYGON or a MULTI form)' };
  const [type, depth] = spec;
  const dims = reader.word(); // Z, M or ZM, or nothing
  if (dims === 'EMPTY') return { ok: false, message: 'is an empty geometry' };
  try {
    const list = reader.list(depth);
    if (!reader.end()) throw new Error('unexpected text after the geometry');
    const coordinates = type === 'Point' ? (list as Position[])[0] : list;
    return checkGeometry({ type, coordinates } as Geometry);
  } catch (error) {
    return { ok: false, message: `is not valid WKT (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Every position of a geometry (for range checks and the bbox). */
export function* positions(geometry: Geometry): Generator<Position> {
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) yield* positions(g);
    return;
  }
  const walk = function* (c: unknown): Generator<Position> {
    if (Array.isArray(c) && typeof c[0] === 'number') yield c as Position;
    else if (Array.isArray(c)) for (const x of c) yield* walk(x);
  };
  yield* walk(geometry.coordinates);
}

const TYPES = new Set(['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection']);

/** A geometry object's type and coordinate ranges, as a problem message if wrong. */
export function checkGeometry(value: unknown): GeometryRead {
  const g = value as Geometry;
  if (typeof value !== 'object' || value === null || !TYPES.has(g.type)) return { ok: false, message: 'is not a GeoJSON geometry' };
  let any = false;
  for (const p of positions(g)) {
    any = true;
    if (!positionOk(p)) return { ok: false, message: `has a position out of range ([${p.join(', ')}]: longitude -180 to 180, latitude -90 to 90)` };
  }
  return any ? { ok: true, geometry: g } : { ok: false, message: 'is an empty geometry' };
}

/** A geometry cell: WKT or GeoJSON text (or an object, from JSON input). */
export function readGeometryCell(value: unknown): GeometryRead {
  if (typeof value === 'object' && value !== null) return checkGeometry(value);
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.startsWith('{')) {
    try {
      return checkGeometry(JSON.parse(text));
    } catch {
      return { ok: false, message: 'is not valid GeoJSON text' };
    }
  }
  return parseWkt(text);
}
