/**
 * Whether a candidate repeats an event already in the dataset: same kind, overlapping dates and
 * a place within the precision of either (a country-wide event is near anything in that country).
 * The recall measure (scripts/draft/eval.ts) uses the same test to say a curated event was found.
 */
import type { Geometry, Position } from 'geojson';
import type { EventKind, LocationPrecision } from '../data/types';
import { parseInterval } from '../data/time';
import { distanceKm } from './places';

export interface KnownEvent {
  id: string;
  kind: EventKind;
  date: string;
  location_precision: LocationPrecision;
  geometry: Geometry;
  /** The article ids the event cites (for measuring recall per article). */
  articles?: string[];
}

/** How far apart two points may be and still be "the same place", by the coarser precision. */
const TOLERANCE_KM: Record<LocationPrecision, number> = { site: 40, city: 60, region: 250, border: 300, route: 300, country: 1200 };

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'MultiPoint': case 'LineString': return geometry.coordinates;
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    default: return [];
  }
}

function inBox(point: Position, all: Position[]): boolean {
  const xs = all.map((p) => p[0]!);
  const ys = all.map((p) => p[1]!);
  return point[0]! >= Math.min(...xs) && point[0]! <= Math.max(...xs) && point[1]! >= Math.min(...ys) && point[1]! <= Math.max(...ys);
}

export function overlaps(a: string, b: string): boolean {
  try {
    const x = parseInterval(a);
    const y = parseInterval(b);
    return x.start <= y.end && y.start <= x.end;
  } catch {
    return false;
  }
}

const COARSE: LocationPrecision[] = ['site', 'city', 'region', 'border', 'route', 'country'];

export function isNear(point: [number, number], precision: LocationPrecision, event: KnownEvent): boolean {
  const all = positions(event.geometry);
  if (all.length === 0) return false;
  if ((event.geometry.type === 'Polygon' || event.geometry.type === 'MultiPolygon') && inBox(point, all)) return true;
  const coarser = COARSE.indexOf(precision) > COARSE.indexOf(event.location_precision) ? precision : event.location_precision;
  const limit = TOLERANCE_KM[coarser];
  return all.some((p) => distanceKm(point, [p[0]!, p[1]!]) <= limit);
}

export interface Comparable {
  kind: EventKind;
  date: string;
  point?: [number, number];
  precision?: LocationPrecision;
}

export function sameEvent(candidate: Comparable, event: KnownEvent): boolean {
  if (candidate.kind !== event.kind || !overlaps(candidate.date, event.date)) return false;
  return candidate.point !== undefined && isNear(candidate.point, candidate.precision ?? 'country', event);
}

export function findDuplicate(candidate: Comparable, events: readonly KnownEvent[]): KnownEvent | undefined {
  return events.find((e) => sameEvent(candidate, e));
}
