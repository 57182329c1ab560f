import type { Geometry } from 'geojson';

/**
 * One [lon, lat] for any geometry, for tables: a point's own position, otherwise the centre
 * of the geometry's bounding box (a line's midpoint area, a polygon's middle). Null for a
 * geometry without positions.
 */
export function geometryCentre(geometry: Geometry): [number, number] | null {
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    return lon === undefined || lat === undefined ? null : [lon, lat];
  }
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      west = Math.min(west, c[0]);
      east = Math.max(east, c[0]);
      south = Math.min(south, c[1]);
      north = Math.max(north, c[1]);
    } else c.forEach(walk);
  };
  const each = (g: Geometry): void => (g.type === 'GeometryCollection' ? g.geometries.forEach(each) : walk(g.coordinates));
  each(geometry);
  return west === Infinity ? null : [(west + east) / 2, (south + north) / 2];
}
