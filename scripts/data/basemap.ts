/** The Natural Earth layers the gazetteer draws on: country and admin-1 polygons. */
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { displayPath, isRecord, readJson } from './io';
import type { ProblemLog } from './errors';

type Area = Polygon | MultiPolygon;

export interface AreaFeature {
  name: string;
  iso3: string;
  geometry: Area;
}

export interface Basemap {
  countriesFile: string;
  admin1File: string;
  /** Country polygons by ISO 3166-1 alpha-3 code. */
  countries: Map<string, AreaFeature>;
  /** Admin-1 polygons by country code, then by Natural Earth name. */
  admin1: Map<string, Map<string, AreaFeature>>;
}

export function loadBasemap(directory: string, log: ProblemLog): Basemap {
  const countriesFile = join(directory, 'countries.geojson');
  const admin1File = join(directory, 'admin1.geojson');
  const countries = new Map<string, AreaFeature>();
  for (const area of readAreas(countriesFile, log)) countries.set(area.iso3, area);
  const admin1 = new Map<string, Map<string, AreaFeature>>();
  for (const area of readAreas(admin1File, log)) {
    const byName = admin1.get(area.iso3) ?? new Map<string, AreaFeature>();
    byName.set(area.name, area);
    admin1.set(area.iso3, byName);
  }
  return { countriesFile: displayPath(countriesFile), admin1File: displayPath(admin1File), countries, admin1 };
}

/** The polygon features of a GeoJSON file that carry `name` and `iso3`; anything else is skipped. */
function readAreas(path: string, log: ProblemLog): AreaFeature[] {
  const data = readJson(path, log);
  if (data === undefined) return [];
  if (!isRecord(data) || !Array.isArray(data.features)) {
    log.add(displayPath(path), '', '', 'not a GeoJSON FeatureCollection; rebuild it with `npm run basemap`');
    return [];
  }
  const areas: AreaFeature[] = [];
  for (const feature of data.features as Feature[]) {
    const props = feature.properties ?? {};
    const { name, iso3 } = props as { name?: unknown; iso3?: unknown };
    const type = feature.geometry?.type;
    if (typeof name !== 'string' || typeof iso3 !== 'string') continue;
    if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
    areas.push({ name, iso3, geometry: feature.geometry as Area });
  }
  return areas;
}
