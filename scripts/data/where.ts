/**
 * Turns an event's `where` (data/README.md, "Where") into geometry, using the gazetteer for
 * places and the Natural Earth countries for borders.
 */
import { greatCircle } from '@turf/great-circle';
import type { Geometry } from 'geojson';
import type { Basemap } from './basemap';
import { type Border, sharedBorder } from './border';
import { describe } from './errors';
import type { Gazetteer, Place } from './gazetteer';
import { isRecord } from './io';

/** Shorter shared edges are almost certainly two countries that only touch at a corner. */
const MIN_BORDER_KM = 10;
/** Vertices per great-circle route: smooth at any zoom the map allows, small on disk. */
const ROUTE_POINTS = 48;

export type WhereResult =
  | { geometry: Geometry; form: WhereForm; field?: never; message?: never }
  | { geometry?: never; form?: WhereForm; field: string; message: string };

export type WhereForm = 'place' | 'places' | 'route' | 'border';
const FORMS: WhereForm[] = ['place', 'places', 'route', 'border'];

export interface WhereContext {
  places: Gazetteer;
  placesFile: string;
  basemap: Basemap;
  /** Borders already derived in this run, by "AAA|BBB". */
  borders: Map<string, Border | null>;
  /** Ids of the places events have named so far. */
  used: Set<string>;
}

export function resolveWhere(where: unknown, ctx: WhereContext): WhereResult {
  const forms = isRecord(where) ? FORMS.filter((form) => form in where) : [];
  if (!isRecord(where) || forms.length !== 1 || Object.keys(where).length !== 1) {
    return fail('where', `${describe(where)} must be exactly one of { place: id }, { places: [id, ...] }, ` +
      '{ route: [from-id, to-id] } or { border: [ISO3, ISO3] }');
  }
  const form = forms[0]!;
  const value = where[form];
  const field = `where.${form}`;
  const lookup = (id: unknown, at: string): Place | WhereResult => {
    if (typeof id !== 'string') return fail(at, `${describe(id)} is not a place id`, form);
    const place = ctx.places.get(id);
    ctx.used.add(id);
    if (place === undefined) return fail(at, `unknown place "${id}"; add it to ${ctx.placesFile} or fix the id`, form);
    if (place === null) return fail(at, `place "${id}" could not be resolved; see its problem in ${ctx.placesFile}`, form);
    return place;
  };

  if (form === 'place') {
    const place = lookup(value, field);
    if (!('id' in place)) return place;
    return { form, geometry: place.area ?? { type: 'Point', coordinates: place.point } };
  }
  if (form === 'border') return resolveBorder(value, field, ctx);

  if (!Array.isArray(value) || value.length < 2 || (form === 'route' && value.length !== 2)) {
    return fail(field, form === 'route' ? 'must be [from-id, to-id]' : 'must list two or more place ids', form);
  }
  const resolved: Place[] = [];
  for (const [index, id] of value.entries()) {
    const place = lookup(id, `${field}[${index}]`);
    if (!('id' in place)) return place;
    resolved.push(place);
  }
  if (form === 'places') return { form, geometry: { type: 'MultiPoint', coordinates: resolved.map((p) => p.point) } };
  const [from, to] = resolved as [Place, Place];
  if (from.id === to.id) return fail(field, 'a route needs two different places', form);
  return { form, geometry: greatCircle(from.point, to.point, { npoints: ROUTE_POINTS }).geometry };
}

function resolveBorder(value: unknown, field: string, ctx: WhereContext): WhereResult {
  const form = 'border';
  if (!Array.isArray(value) || value.length !== 2 || !value.every((c) => typeof c === 'string' && /^[A-Z]{3}$/.test(c))) {
    return fail(field, `${describe(value)} must be two ISO 3166-1 alpha-3 codes, e.g. [IRQ, IRN]`, form);
  }
  const [a, b] = value as [string, string];
  for (const code of [a, b]) {
    if (!ctx.basemap.countries.has(code)) {
      return fail(field, `no country with iso3 ${code} in ${ctx.basemap.countriesFile}`, form);
    }
  }
  const key = [a, b].sort().join('|');
  if (!ctx.borders.has(key)) {
    ctx.borders.set(key, sharedBorder(ctx.basemap.countries.get(a)!.geometry, ctx.basemap.countries.get(b)!.geometry));
  }
  const border = ctx.borders.get(key) ?? null;
  if (border === null || border.lengthKm < MIN_BORDER_KM) {
    return fail(field, `${a} and ${b} share no edge in ${ctx.basemap.countriesFile}` +
      (border ? ` (only ${border.lengthKm.toFixed(1)} km)` : ''), form);
  }
  return { form, geometry: border.geometry };
}

function fail(field: string, message: string, form?: WhereForm): WhereResult {
  return form === undefined ? { field, message } : { field, message, form };
}
