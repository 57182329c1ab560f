/**
 * Guessing a mapping from the columns and a sample of rows. Names decide first (case
 * insensitive), values confirm: a latitude column must hold numbers within ±90, a date
 * column values that dates.ts reads. Each choice is explained in `notes`, which the CLI
 * prints, so a wrong guess is easy to see and override.
 */
import { readDateCell } from './dates';
import { latOk, lonOk, looksLikeGeometry, readGeometryCell, readNumber } from './geometry';
import type { Mapping } from './mapping';
import { presetFor } from './presets';
import { cellText } from './template';

type Sample = Record<string, unknown>[];

const LAT = ['latitude', 'lat', 'y', 'decimal_latitude', 'lat_dd'];
const LON = ['longitude', 'lon', 'lng', 'long', 'x', 'decimal_longitude', 'lon_dd'];
const GEOMETRY = ['geometry', 'geom', 'wkt', 'the_geom', 'geom_wkt', 'shape', 'geojson'];
const DATE = ['date', 'event_date', 'datetime', 'timestamp', 'time', 'date_time', 'day', 'when', 'occurred', 'occurred_at'];
const PAIRS: [string, string][] = [
  ['start', 'end'], ['date_start', 'date_end'], ['start_date', 'end_date'], ['begin', 'end'], ['date_from', 'date_to'], ['from', 'to'],
];
const TITLE = ['title', 'name', 'headline', 'event_name', 'label', 'event'];
const KIND = ['event_type', 'type', 'category', 'kind', 'class', 'event_class', 'incident_type'];
const SUMMARY = ['notes', 'description', 'summary', 'details', 'comment', 'comments', 'text', 'narrative'];
const PLACE = ['location', 'place', 'city', 'town', 'village', 'locality', 'neighborhood', 'neighbourhood', 'address', 'site', 'admin1', 'region', 'country'];
const ID = ['id', 'event_id', 'event_id_cnty', 'uid', 'uuid', 'identifier', 'key', 'code'];
const SOURCE = ['source', 'source_url', 'url', 'link', 'source_article', 'sources', 'reference'];
const ACTOR = /^(actor\d*|actors|assoc_actor_\d|ally_actor_\d|side_[ab]|perpetrator|perpetrators|attacker|target|party\d*)$/;

/** The share of non-empty sample values that pass, and how many there were. */
function share(sample: Sample, column: string, test: (v: unknown) => boolean): { rate: number; n: number } {
  let n = 0;
  let ok = 0;
  for (const row of sample) {
    const v = row[column];
    if (cellText(v) === '' && (typeof v !== 'object' || v === null)) continue;
    n++;
    if (test(v)) ok++;
  }
  return { rate: n === 0 ? 0 : ok / n, n };
}

const passes = (sample: Sample, column: string, test: (v: unknown) => boolean, min = 0.9) => {
  const { rate, n } = share(sample, column, test);
  return n > 0 && rate >= min;
};

export function detectPreset(columns: string[]): 'acled' | 'ucdp' | null {
  return presetFor(columns)?.id ?? null;
}

/** `featureGeometry`: the rows come with their own geometry (GeoJSON input), so no location column is sought. */
export function detectMapping(
  columns: string[],
  sample: Record<string, string>[] | Sample,
  options: { featureGeometry?: boolean } = {},
): { mapping: Mapping; notes: string[] } {
  const mapping: Mapping = {};
  const notes: string[] = [];
  const used = new Set<string>();
  const byName = new Map(columns.map((c) => [c.trim().toLowerCase(), c]));
  /**
   * The first candidate name present (and not yet used) whose values pass `test`. A column
   * whose name matches needs only most of its values to pass (min 0.5): a few bad cells are
   * row problems to report, not a reason to lose the column.
   */
  const find = (names: readonly string[], test?: (v: unknown) => boolean): string | undefined => {
    for (const name of names) {
      const column = byName.get(name);
      if (column && !used.has(column) && (!test || passes(sample, column, test, 0.5))) return column;
    }
    return undefined;
  };
  const take = (field: keyof Mapping, column: string | undefined, why: string) => {
    if (!column) return;
    (mapping as Record<string, unknown>)[field] = column;
    used.add(column);
    notes.push(`${field}: "${column}" (${why})`);
  };

  // Location: a lat/lon pair in range, else a geometry column (WKT or GeoJSON text).
  const lat = find(LAT, (v) => latOk(readNumber(v) ?? NaN));
  const lon = find(LON, (v) => lonOk(readNumber(v) ?? NaN));
  const isGeometry = (v: unknown) => (typeof v === 'object' && v !== null) || (looksLikeGeometry(cellText(v)) && readGeometryCell(v).ok);
  if (options.featureGeometry) {
    notes.push('location: each feature\'s own geometry');
  } else if (lat && lon) {
    take('lat', lat, 'numbers within ±90');
    take('lon', lon, 'numbers within ±180');
  } else {
    const geometry = find(GEOMETRY, isGeometry) ?? columns.find((c) => !used.has(c) && passes(sample, c, isGeometry, 0.8));
    take('geometry', geometry, 'WKT or GeoJSON geometries');
  }

  // When: a start/end pair of readable dates, else one date column (by name, then by values).
  const isDate = (v: unknown) => readDateCell(v).ok;
  const pair = PAIRS.find(([s, e]) => find([s], isDate) && find([e], isDate));
  const named = find(DATE, isDate) ?? columns.find((c) => /date|time/i.test(c) && !used.has(c) && passes(sample, c, isDate, 0.5));
  if (pair) {
    take('start', byName.get(pair[0]), 'readable dates');
    take('end', byName.get(pair[1]), 'readable dates');
  } else if (named) {
    take('date', named, 'readable dates');
  } else {
    // Only written dates count here: any numeric column would pass as epoch seconds.
    const written = columns.find((c) => !used.has(c) && passes(sample, c, (v) => isDate(v) && readNumber(v) === null));
    take('date', written, 'values read as dates');
  }

  take('id', find(ID, (v) => cellText(v) !== '') && unique(sample, find(ID)!) ? find(ID) : undefined, 'unique in the sample');
  take('title', find(TITLE), 'a title-like name');
  take('kind', find(KIND), 'a type-like name');
  take('summary', find(SUMMARY), 'a description-like name');
  take('place', find(PLACE), 'a place-like name');
  take('source', find(SOURCE), 'a source-like name');
  const actors = columns.filter((c) => !used.has(c) && ACTOR.test(c.trim().toLowerCase()));
  if (actors.length > 0) {
    mapping.actors = actors;
    notes.push(`actors: ${actors.map((a) => `"${a}"`).join(', ')} (actor-like names)`);
  }
  for (const missing of ['date', 'lat'] as const) {
    if (missing === 'date' && !mapping.date && !mapping.start) notes.push('date: no column found; use --date COL or --start COL --end COL');
    if (missing === 'lat' && !mapping.lat && !mapping.geometry && !options.featureGeometry) notes.push('location: no lat/lon or geometry column found; use --lat COL --lon COL or --geometry COL');
  }
  return { mapping, notes };
}

function unique(sample: Sample, column: string): boolean {
  const values = sample.map((r) => cellText(r[column])).filter((v) => v !== '');
  return new Set(values).size === values.length;
}
