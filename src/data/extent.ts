/**
 * The initial view a dataset gets when it declares no `sortie.bbox`: the extent of every
 * event's geometry (points, lines and areas alike), padded so markers at the edge are not
 * cut off, and widened to a town-sized box around a single place. Longitudes are read as
 * given; a dataset spanning the antimeridian should declare its bbox.
 */
import type { Geometry, Position } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];

/** Half-size of the box around a single place (or all-identical places): about 110 km. */
const POINT_HALF_DEGREES = 1;
/** Padding on each side, as a share of the extent. */
const PAD_SHARE = 0.05;

interface Box { w: number; s: number; e: number; n: number }

function visit(coords: unknown, box: Box): void {
  // Positions are arrays of numbers; anything deeper is an array of positions (or of those).
  if (!Array.isArray(coords) || coords.length === 0) return;
  const [x, y] = coords as Position;
  if (typeof x === 'number') {
    if (typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return;
    if (x < box.w) box.w = x;
    if (x > box.e) box.e = x;
    if (y < box.s) box.s = y;
    if (y > box.n) box.n = y;
    return;
  }
  for (const child of coords) visit(child, box);
}

function visitGeometry(geometry: Geometry, box: Box): void {
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) visitGeometry(g, box);
  else visit(geometry.coordinates, box);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The padded extent of the geometries, or null when there are none. */
export function extentOf(geometries: Iterable<Geometry>): BBox | null {
  const box: Box = { w: Infinity, s: Infinity, e: -Infinity, n: -Infinity };
  for (const g of geometries) visitGeometry(g, box);
  if (!Number.isFinite(box.w)) return null;
  const cx = (box.w + box.e) / 2;
  const cy = (box.s + box.n) / 2;
  // A lone place (or a cluster smaller than a town) gets a box around it, not a street-level zoom.
  const halfX = Math.max((box.e - box.w) / 2 * (1 + 2 * PAD_SHARE), POINT_HALF_DEGREES);
  const halfY = Math.max((box.n - box.s) / 2 * (1 + 2 * PAD_SHARE), POINT_HALF_DEGREES);
  return [clamp(cx - halfX, -180, 180), clamp(cy - halfY, -85, 85), clamp(cx + halfX, -180, 180), clamp(cy + halfY, -85, 85)];
}
