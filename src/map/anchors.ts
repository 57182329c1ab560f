/**
 * Where an event that is a line or an area carries its marker, and which way a route points.
 *
 * Routes (`where: { route: [from, to] }`, location_precision `route`) are drawn from the place
 * they leave to the place they reach: the event (a strike flown, forces sent) is about what
 * happens at the far end, so the marker sits at the END of the line and an arrowhead leads
 * into it. This holds for every route, strike or not: a deployment flown from A to B is
 * also "at" B. Borders and areas keep a central anchor: they have no direction.
 */
import along from '@turf/along';
import length from '@turf/length';
import type { Feature, Geometry, LineString, Position } from 'geojson';

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ((ring[j]?.[0] ?? 0) * (ring[i]?.[1] ?? 0)) - ((ring[i]?.[0] ?? 0) * (ring[j]?.[1] ?? 0));
  }
  return sum / 2;
}

function ringCentroid(ring: Position[]): Position {
  const a = ringArea(ring);
  if (a === 0) return ring[0] ?? [0, 0];
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const f = xj * yi - xi * yj;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

/**
 * Where a line or area event carries its marker: the end of a route, the middle of any
 * other (longest) line, or the centroid of the largest polygon. Points need none.
 */
export function anchorOf(geometry: Geometry, route: boolean): Position | null {
  if (geometry.type === 'LineString' && route) return geometry.coordinates.at(-1) ?? null;
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    const features = lines.map((coordinates): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }));
    const longest = features.reduce((a, b) => (length(b) > length(a) ? b : a));
    return along(longest, length(longest) / 2).geometry.coordinates;
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
    const largest = outers.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
    return ringCentroid(largest);
  }
  return null;
}

/** Web Mercator y (radians) of a latitude in degrees: the map's own vertical axis. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The direction of a line's last segment as the north-up map shows it, in degrees clockwise
 * from up (what `icon-rotate` with `icon-rotation-alignment: map` expects). Computed in
 * Mercator, not as a geodesic bearing: the arrowhead must follow the line as drawn.
 * Null for a line with fewer than two distinct vertices.
 */
export function screenBearing(coordinates: Position[]): number | null {
  const end = coordinates.at(-1);
  if (!end) return null;
  for (let i = coordinates.length - 2; i >= 0; i--) {
    const from = coordinates[i];
    if (!from) continue;
    const dx = (((end[0] ?? 0) - (from[0] ?? 0)) * Math.PI) / 180;
    const dy = mercatorY(end[1] ?? 0) - mercatorY(from[1] ?? 0);
    if (Math.abs(dx) < 1e-12 && Math.abs(dy) < 1e-12) continue;
    const degrees = (Math.atan2(dx, dy) * 180) / Math.PI;
    return Math.round(((degrees + 360) % 360) * 10) / 10;
  }
  return null;
}
