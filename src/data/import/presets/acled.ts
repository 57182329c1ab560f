/**
 * ACLED (Armed Conflict Location & Event Data), from its codebook:
 *
 * - `event_date`: ISO `2019-03-14` in current exports; older files have `14-03-2019` or
 *   `14 March 2019` (all read by dates.ts).
 * - `time_precision`: 1 = the day is known; 2 = the source gives a week or a few days and
 *   ACLED codes the middle of that span; 3 = only the month is known and ACLED codes a day
 *   in it. We write 1 → the day; 2 → the interval from 3 days before to 3 days after
 *   (`2019-03-11/2019-03-17`), the week around the coded date. An interval rather than `~`:
 *   EDTF's `~` says "approximately" without saying by how much, and the map would draw it
 *   as the single day; the interval is drawn as the span ACLED means. 3 → the month
 *   (`2019-03`).
 * - `geo_precision`: 1 = the named place (site), 2 = near it / its district (city),
 *   3 = only a larger region (region).
 * - Eras: files before ACLED's 2023 restructure carry `data_id`, `event_id_no_cnty`, `iso3`
 *   and numeric `inter1`/`inter2`/`interaction` codes (the oldest name allies
 *   `ally_actor_1/2`); 2023+ files drop those, have `assoc_actor_1/2`, text `inter1`/
 *   `inter2`/`interaction`, `civilian_targeting`, `disorder_type` and `timestamp`. The
 *   mapping uses whichever actor columns exist.
 */
import { addDays } from '../dates';
import { slug } from '../slug';
import { codeOf, isHookProblem, type LocationPrecision, type Preset } from './preset';

const GEO: Record<string, LocationPrecision> = { '1': 'site', '2': 'city', '3': 'region' };
const TIME: Record<string, 'day' | 'week' | 'month'> = { '1': 'day', '2': 'week', '3': 'month' };

export const acled: Preset = {
  id: 'acled',
  credits: 'ACLED (Armed Conflict Location & Event Data), acleddata.com',
  signature: ['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude'],
  mapping(columns) {
    const has = (c: string) => columns.includes(c);
    const actors = ['actor1', has('assoc_actor_1') ? 'assoc_actor_1' : 'ally_actor_1', 'actor2', has('assoc_actor_2') ? 'assoc_actor_2' : 'ally_actor_2'];
    return {
      preset: 'acled',
      date: 'event_date',
      lat: 'latitude',
      lon: 'longitude',
      id: 'event_id_cnty',
      kind: 'event_type',
      title: has('sub_event_type') ? '{sub_event_type} in {location}' : '{event_type} in {location}',
      summary: has('notes') ? 'notes' : undefined,
      place: '{location}, {admin1}, {country}',
      source: has('source') ? 'source' : undefined,
      actors: actors.filter(has),
    };
  },
  extras: [
    'sub_event_type', 'disorder_type', 'fatalities', 'civilian_targeting', 'interaction', 'inter1', 'inter2',
    'admin1', 'admin2', 'admin3', 'source_scale', 'time_precision', 'geo_precision', 'tags',
  ],
  kind: { column: 'event_type', read: (value) => ({ id: slug(value), label: value }) },
  date: {
    column: 'event_date',
    refine(day, row) {
      const code = codeOf(row, 'time_precision', TIME, 'time_precision code');
      if (isHookProblem(code)) return code;
      if (code === 'week') return { edtf: `${addDays(day, -3)}/${addDays(day, 3)}` };
      if (code === 'month') return { edtf: day.slice(0, 7) };
      return { edtf: day };
    },
  },
  where(row) {
    return codeOf(row, 'geo_precision', GEO, 'geo_precision code') ?? 'site';
  },
};
