/**
 * UCDP Georeferenced Event Dataset (GED), from its codebook:
 *
 * - `date_start`/`date_end` bound the event: "the earliest/latest possible date". The
 *   event becomes that window as EDTF: one day when they agree, else the interval, written
 *   as a month or year when the window is exactly one (dates.ts intervalText).
 * - `date_prec` says how wide the window is: 1 = the exact day; 2 = within 2–6 days;
 *   3 = only the week is known; 4 = only the month (a window of 8–30 days); 5 = more than a
 *   month, at most the calendar year. Because the window already encodes this, we keep the
 *   code as a property and write the window itself; a date_prec 4 window that is a whole
 *   month becomes `2019-03`, a date_prec 5 whole year `2019`.
 * - `where_prec`: 1 = the exact location (site); 2 = within about 25 km of a known point
 *   (city); 3 = a second-order administrative division, 4 = a first-order division,
 *   5 = a linear feature or part of a country larger than a province, 7 = international
 *   waters or airspace (all region); 6 = only the country (country).
 * - `type_of_violence`: 1 state-based, 2 non-state, 3 one-sided violence.
 */
import { codeOf, type LocationPrecision, type Preset } from './preset';

const WHERE: Record<string, LocationPrecision> = {
  '1': 'site', '2': 'city', '3': 'region', '4': 'region', '5': 'region', '6': 'country', '7': 'region',
};
const VIOLENCE: Record<string, { id: string; label: string }> = {
  '1': { id: 'state-based', label: 'State-based violence' },
  '2': { id: 'non-state', label: 'Non-state violence' },
  '3': { id: 'one-sided', label: 'One-sided violence' },
};

export const ucdp: Preset = {
  id: 'ucdp',
  credits: 'UCDP Georeferenced Event Dataset (Uppsala Conflict Data Program), ucdp.uu.se',
  signature: ['id', 'type_of_violence', 'date_start', 'date_end', 'where_prec', 'latitude', 'longitude'],
  mapping(columns) {
    const has = (c: string) => columns.includes(c);
    return {
      preset: 'ucdp',
      start: 'date_start',
      end: 'date_end',
      lat: 'latitude',
      lon: 'longitude',
      id: 'id',
      kind: 'type_of_violence',
      title: has('dyad_name') ? '{dyad_name} in {where_coordinates}' : '{where_coordinates}',
      place: '{where_coordinates}, {adm_1}, {country}',
      source: has('source_article') ? 'source_article' : undefined,
      summary: has('where_description') ? 'where_description' : undefined,
      actors: ['side_a', 'side_b'].filter(has),
    };
  },
  extras: [
    'conflict_name', 'dyad_name', 'best', 'high', 'low', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown',
    'date_prec', 'where_prec', 'event_clarity', 'number_of_sources', 'adm_2', 'region',
  ],
  kind: {
    column: 'type_of_violence',
    read: (value) => VIOLENCE[value] ?? { message: 'is not a UCDP type_of_violence (expected 1, 2 or 3)' },
  },
  where(row) {
    return codeOf(row, 'where_prec', WHERE, 'UCDP where_prec code') ?? 'site';
  },
};
