/**
 * Geometry checks and derivations used by the data build. All of this runs once, in Node; the
 * browser only ever sees the finished coordinates.
 */
import { booleanValid } from '@turf/boolean-valid';
import { centroid } from '@turf/centroid';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Every position of a geometry, however deeply nested. */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

export function positionProblem(position: unknown): string | null {
  if (!Array.isArray(position) || position.length !== 2) return 'is not a [longitude, latitude] pair';
  const [lng, lat] = position as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    return 'is not a pair of numbers';
  }
  if (lng < -180 || lng > 180) return `longitude ${lng} is outside -180..180 (is it [lng, lat]?)`;
  if (lat < -90 || lat > 90) return `latitude ${lat} is outside -90..90 (is it [lng, lat]?)`;
  return null;
}

/**
 * Why a geometry is unfit to draw, or null. Turf's booleanValid checks ring closure, spikes and
 * holes but not edges crossing inside one ring (a "bow tie" passes), so that is checked here too.
 */
export function geometryProblem(geometry: Geometry): string | null {
  for (const position of positionsOf(geometry)) {
    const problem = positionProblem(position);
    if (problem !== null) return `position ${JSON.stringify(position)} ${problem}`;
  }
  if (!booleanValid(geometry)) return `invalid ${geometry.type} (unclosed ring, too few positions or a spike)`;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const rings of polygons) {
    for (const ring of rings) {
      const crossing = ringCrossing(ring);
      if (crossing !== null) {
        return `a ring crosses itself near ${JSON.stringify(crossing.map((v) => Number(v.toFixed(3))))}`;
      }
    }
  }
  return null;
}

/** Where two non-adjacent edges of a closed ring cross or overlap, or null if they never do. */
export function ringCrossing(ring: Position[]): Position | null {
  const edges = ring.slice(0, -1).map((start, index) => ({ index, start, end: ring[index + 1] as Position }));
  const last = edges.length - 1;
  // Sweep by west edge so each edge is only compared with edges that overlap it in longitude.
  const byWest = [...edges].sort((a, b) => Math.min(a.start[0]!, a.end[0]!) - Math.min(b.start[0]!, b.end[0]!));
  const active: typeof edges = [];
  for (const edge of byWest) {
    const west = Math.min(edge.start[0]!, edge.end[0]!);
    for (let k = active.length - 1; k >= 0; k -= 1) {
      const other = active[k]!;
      if (Math.max(other.start[0]!, other.end[0]!) < west) {
        active.splice(k, 1);
        continue;
      }
      const gap = Math.abs(edge.index - other.index);
      if (gap <= 1 || gap === last) continue; // neighbours share a vertex by construction
      const hit = crossingPoint(edge.start, edge.end, other.start, other.end);
      if (hit !== null) return hit;
    }
    active.push(edge);
  }
  return null;
}

/**
 * Where segments ab and cd meet, or null. Called only for edges that are not neighbours in the
 * ring, so any contact (a crossing, an overlap, or a vertex lying on the other edge) means the
 * ring touches itself, which the OGC simple-feature rules forbid.
 */
function crossingPoint(a: Position, b: Position, c: Position, d: Position): Position | null {
  const orient = (p: Position, q: Position, r: Position): number =>
    Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
  const within = (p: Position, q: Position, r: Position): boolean =>
    Math.min(p[0]!, q[0]!) <= r[0]! && r[0]! <= Math.max(p[0]!, q[0]!) &&
    Math.min(p[1]!, q[1]!) <= r[1]! && r[1]! <= Math.max(p[1]!, q[1]!);
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const t = ((c[0]! - a[0]!) * (d[1]! - c[1]!) - (c[1]! - a[1]!) * (d[0]! - c[0]!)) /
      ((b[0]! - a[0]!) * (d[1]! - c[1]!) - (b[1]! - a[1]!) * (d[0]! - c[0]!));
    return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
  }
  if (o1 === 0 && within(a, b, c)) return c;
  if (o2 === 0 && within(a, b, d)) return d;
  if (o3 === 0 && within(c, d, a)) return a;
  if (o4 === 0 && within(c, d, b)) return b;
  return null;
}

/** Planar area of a ring in square degrees; only used to rank the parts of one country. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return Math.abs(sum / 2);
}

/** Even-odd ray casting over all rings, so a point in a hole counts as outside. */
function insidePolygon([x, y]: Position, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if ((yi > y!) !== (yj > y!) && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A point that stands for a whole country or province: the vertex centroid of its largest part if
 * that lies inside the part, else the middle of the widest stretch of the part along the centroid's
 * latitude (the idea of JTS's interior point), which is inside by construction.
 */
export function representativePoint(area: Polygon | MultiPolygon): Position {
  const parts = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  const largest = parts.reduce((best, part) => (ringArea(part[0]!) > ringArea(best[0]!) ? part : best));
  const part: Polygon = { type: 'Polygon', coordinates: largest };
  const center = centroid(part).geometry.coordinates;
  if (insidePolygon(center, largest)) return center;
  const lat = center[1]!;
  const xs: number[] = [];
  for (const ring of largest) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      if ((y1 <= lat) !== (y2 <= lat)) xs.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position = center;
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = xs[i + 1]! - xs[i]!;
    if (width > widest) [widest, best] = [width, [(xs[i]! + xs[i + 1]!) / 2, lat]];
  }
  return best;
}
