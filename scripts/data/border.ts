/**
 * A land border as the edge two Natural Earth country polygons share. Both polygons come from
 * the same topology, so the shared edge has identical vertices and needs no tolerance.
 */
import { lineOverlap } from '@turf/line-overlap';
import { length } from '@turf/length';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export interface Border {
  geometry: LineString | MultiLineString;
  lengthKm: number;
}

/** The shared edge of two countries, or null if they share none. */
export function sharedBorder(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): Border | null {
  const pieces = lineOverlap(a, b).features.map((line) => line.geometry.coordinates);
  if (pieces.length === 0) return null;
  const lines = joinLines(pieces);
  const geometry: LineString | MultiLineString = lines.length === 1
    ? { type: 'LineString', coordinates: lines[0]! }
    : { type: 'MultiLineString', coordinates: lines };
  return { geometry, lengthKm: length({ type: 'Feature', properties: {}, geometry }) };
}

const same = (p: Position | undefined, q: Position | undefined): boolean =>
  p !== undefined && q !== undefined && p[0] === q[0] && p[1] === q[1];

/**
 * Chains pieces that meet end to end into as few lines as possible. lineOverlap splits the edge
 * wherever a ring happens to start, and the border should read as one line where it is one.
 */
export function joinLines(pieces: Position[][]): Position[][] {
  const lines = pieces.map((piece) => [...piece]);
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < lines.length && !joined; i += 1) {
      for (let j = i + 1; j < lines.length && !joined; j += 1) {
        const merged = join(lines[i]!, lines[j]!);
        if (merged !== null) {
          lines[i] = merged;
          lines.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return lines;
}

function join(a: Position[], b: Position[]): Position[] | null {
  if (same(a.at(-1), b[0])) return [...a, ...b.slice(1)];
  if (same(b.at(-1), a[0])) return [...b, ...a.slice(1)];
  if (same(a.at(-1), b.at(-1))) return [...a, ...[...b].reverse().slice(1)];
  if (same(a[0], b[0])) return [...[...a].reverse(), ...b.slice(1)];
  return null;
}
