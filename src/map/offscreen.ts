/**
 * Which visible events are off the map, and where on the map's edge to point to them.
 *
 * Pure and O(visible): map-view.ts calls it on `moveend` and when the visible set changes,
 * never per frame. An event is off the map when its bounding box misses the view; it is
 * pointed to through its marker nearest the view. Events are grouped by the eighth of the
 * compass they lie in, and each group gets one indicator on the edge of an inset box (clear of
 * the map's controls), on the ray from the box's centre toward the group.
 */
import type { Position } from 'geojson';

export type Direction = 'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';
const DIRECTIONS: Direction[] = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** What the map knows of one visible event for this purpose. */
export interface OffscreenCandidate {
  id: string;
  /** The place in the dataset's words ("Moscow (the Kremlin)"). */
  place: string;
  /** Marker positions, [lng, lat]. */
  markers: Position[];
  /** [west, south, east, north] of the whole geometry. */
  bbox: [number, number, number, number];
}

/** One indicator: the events off the map in one direction. */
export interface OffscreenGroup {
  direction: Direction;
  ids: string[];
  /** Place names, most events first ("Moscow"). */
  places: string[];
  /** Accessible name: "2 events off the map to the north: Moscow". */
  label: string;
  /** Where the indicator goes, px from the map's top left. */
  x: number;
  y: number;
  /** Which way its arrow points, degrees clockwise from up. */
  angle: number;
}

export interface OffscreenView {
  /** [west, south, east, north] of the visible map. */
  bounds: [number, number, number, number];
  width: number;
  height: number;
  /** The box indicators sit on, inset from the map's edges (px). */
  inset: { top: number; right: number; bottom: number; left: number };
  project: (p: Position) => { x: number; y: number };
}

const intersects = (a: [number, number, number, number], b: [number, number, number, number]) =>
  a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The shortest name among the events at one spot: the dataset says "Moscow" for one,
 * "Moscow (the Kremlin)" for another and "U.S. Congress, Washington" next to "Washington";
 * the indicator should say "Moscow" and "Washington".
 */
function shortest(names: string[]): string {
  // A trailing aside ("Moscow (the Kremlin)") is detail an arrow at the map's edge can drop.
  const bare = names.map((n) => n.replace(/\s*\([^)]*\)\s*$/, '') || n);
  return bare.reduce((a, b) => (b.length < a.length ? b : a));
}

function describe(count: number, direction: Direction, places: string[]): string {
  const events = count === 1 ? '1 event' : `${count} events`;
  const shown = places.slice(0, 3);
  const more = places.length - shown.length;
  const names = more > 0 ? `${shown.join(', ')} and ${more} other place${more === 1 ? '' : 's'}` : shown.join(', ').replace(/, ([^,]*)$/, ' and $1');
  return `${events} off the map to the ${direction}: ${names}`;
}

/** Where the ray from the inset box's centre at `angle` (clockwise from up) leaves the box. */
function edgePoint(view: OffscreenView, angle: number): { x: number; y: number } {
  const { top, right, bottom, left } = view.inset;
  const x0 = left;
  const x1 = Math.max(left, view.width - right);
  const y0 = top;
  const y1 = Math.max(top, view.height - bottom);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const dx = Math.sin((angle * Math.PI) / 180);
  const dy = -Math.cos((angle * Math.PI) / 180);
  const tx = Math.abs(dx) > 1e-9 ? (x1 - cx) / Math.abs(dx) : Infinity;
  const ty = Math.abs(dy) > 1e-9 ? (y1 - cy) / Math.abs(dy) : Infinity;
  const t = Math.min(tx, ty);
  return { x: Math.round(cx + dx * t), y: Math.round(cy + dy * t) };
}

export function offscreenGroups(candidates: Iterable<OffscreenCandidate>, view: OffscreenView): OffscreenGroup[] {
  const cx = view.width / 2;
  const cy = view.height / 2;
  interface Acc { ids: string[]; sx: number; sy: number; spots: Map<string, string[]> }
  const groups = new Map<Direction, Acc>();
  for (const c of candidates) {
    if (!c.markers.length || intersects(c.bbox, view.bounds)) continue;
    let nearest: { x: number; y: number; p: Position } | null = null;
    for (const p of c.markers) {
      const q = view.project(p);
      if (!nearest || Math.hypot(q.x - cx, q.y - cy) < Math.hypot(nearest.x - cx, nearest.y - cy)) nearest = { ...q, p };
    }
    if (!nearest) continue;
    const dx = nearest.x - cx;
    const dy = nearest.y - cy;
    const angle = ((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360;
    const direction = DIRECTIONS[Math.round(angle / 45) % 8] ?? 'north';
    const acc = groups.get(direction) ?? { ids: [], sx: 0, sy: 0, spots: new Map<string, string[]>() };
    const length = Math.hypot(dx, dy) || 1;
    acc.ids.push(c.id);
    acc.sx += dx / length;
    acc.sy += dy / length;
    const spot = `${(nearest.p[0] ?? 0).toFixed(2)},${(nearest.p[1] ?? 0).toFixed(2)}`;
    acc.spots.set(spot, [...(acc.spots.get(spot) ?? []), c.place]);
    groups.set(direction, acc);
  }
  const result: OffscreenGroup[] = [];
  for (const direction of DIRECTIONS) {
    const acc = groups.get(direction);
    if (!acc) continue;
    const angle = Math.round(((Math.atan2(acc.sx, -acc.sy) * 180) / Math.PI + 360) % 360);
    const places = [...acc.spots.values()].sort((a, b) => b.length - a.length).map(shortest);
    const uniquePlaces = [...new Set(places)];
    result.push({
      direction,
      ids: acc.ids,
      places: uniquePlaces,
      label: describe(acc.ids.length, direction, uniquePlaces),
      angle,
      ...edgePoint(view, angle),
    });
  }
  return result;
}
