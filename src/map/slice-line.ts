/**
 * The first `fraction` of a line, by length, for routes that draw themselves as they
 * happen. Planar length in degrees is enough here: the routes are already great-circle
 * polylines with short segments, and only the proportion matters.
 */
import type { Position } from 'geojson';

export function sliceLine(coordinates: readonly Position[], fraction: number): Position[] {
  const f = Math.min(1, Math.max(0, fraction));
  if (coordinates.length < 2) return coordinates.map((c) => [...c]);
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < coordinates.length; i++) {
    const [x0 = 0, y0 = 0] = coordinates[i - 1]!;
    const [x1 = 0, y1 = 0] = coordinates[i]!;
    const d = Math.hypot(x1 - x0, y1 - y0);
    lengths.push(d);
    total += d;
  }
  const target = total * f;
  const out: Position[] = [[...coordinates[0]!]];
  let walked = 0;
  for (let i = 1; i < coordinates.length; i++) {
    const d = lengths[i - 1]!;
    if (walked + d >= target) {
      const [x0 = 0, y0 = 0] = coordinates[i - 1]!;
      const [x1 = 0, y1 = 0] = coordinates[i]!;
      const t = d === 0 ? 0 : (target - walked) / d;
      out.push([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]);
      return out;
    }
    walked += d;
    out.push([...coordinates[i]!]);
  }
  return out;
}
