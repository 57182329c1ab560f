/**
 * How the columns of an input table become the fields of a Sortie event (issue 8). A mapping
 * comes from detection (detect.ts), a preset (presets/), a `--mapping FILE.json` and the
 * command line, in that order of strength; `resolve.ts` merges them.
 *
 * Text fields (`title`, `summary`, `place`) take a column name or a template that names
 * columns in braces ("{first_name} {last_name}"); see template.ts.
 */
export interface Mapping {
  /** One date column (ISO, dd-mm-yyyy, "14 March 2019", "March 14, 2019", epoch s or ms). */
  date?: string;
  /** A start/end column pair; the event becomes an EDTF interval. */
  start?: string;
  end?: string;
  lat?: string;
  lon?: string;
  /** A WKT or GeoJSON-text geometry column. */
  geometry?: string;
  /** A column name, or a template "{first_name} {last_name}". */
  title?: string;
  summary?: string;
  kind?: string;
  /** Columns whose values (split on ";") become the event's actors. */
  actors?: string[];
  place?: string;
  id?: string;
  /** Text or URL column: the event's SourceRef `{name}` or `{url}`. */
  source?: string;
  /** IANA zone for naive timestamps and the day of an instant (default UTC). */
  tz?: string;
  preset?: PresetId;
}

export const PRESET_IDS = ['acled', 'ucdp'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The members that name one column (or a template), in the order the CLI prints them. */
export const COLUMN_FIELDS = [
  'date', 'start', 'end', 'lat', 'lon', 'geometry', 'title', 'summary', 'kind', 'place', 'id', 'source',
] as const satisfies readonly (keyof Mapping)[];
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** The fields that accept a template as well as a column name. */
export const TEMPLATE_FIELDS: readonly ColumnField[] = ['title', 'summary', 'place'];

const KNOWN = new Set<string>([...COLUMN_FIELDS, 'actors', 'tz', 'preset']);

/** True when the zone is one Intl knows (a typo must not silently become UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks the members every source of a mapping shares; throws an Error that names the member. */
export function checkMapping(value: Mapping, where: string): Mapping {
  if (value.tz !== undefined && !isTimeZone(value.tz)) {
    throw new Error(`${where}: "tz" is "${value.tz}", which is not an IANA time zone (e.g. "UTC", "Europe/Paris")`);
  }
  if (value.preset !== undefined && !(PRESET_IDS as readonly string[]).includes(value.preset)) {
    throw new Error(`${where}: "preset" is "${value.preset}"; expected one of ${PRESET_IDS.join(', ')}`);
  }
  if (value.date !== undefined && (value.start !== undefined || value.end !== undefined)) {
    throw new Error(`${where}: give either "date" or "start"/"end", not both`);
  }
  if ((value.start === undefined) !== (value.end === undefined) && value.end !== undefined) {
    throw new Error(`${where}: "end" needs "start"`);
  }
  if ((value.lat === undefined) !== (value.lon === undefined)) {
    throw new Error(`${where}: "lat" and "lon" go together`);
  }
  if (value.geometry !== undefined && value.lat !== undefined) {
    throw new Error(`${where}: give either "lat"/"lon" or "geometry", not both`);
  }
  return value;
}

/** Reads a `--mapping FILE.json`; every error says which member is wrong and what was expected. */
export function parseMappingJson(text: string): Mapping {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`mapping file is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('mapping file must hold one JSON object, such as {"date": "event_date", "title": "{name}"}');
  }
  const mapping: Mapping = {};
  for (const [key, value] of Object.entries(data)) {
    if (!KNOWN.has(key)) {
      throw new Error(`mapping file: unknown member "${key}"; known members are ${[...KNOWN].join(', ')}`);
    }
    if (key === 'actors') {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || list.some((v) => typeof v !== 'string' || v === '')) {
        throw new Error('mapping file: "actors" must be a column name or a list of column names');
      }
      mapping.actors = list as string[];
    } else if (typeof value !== 'string' || value === '') {
      throw new Error(`mapping file: "${key}" must be a non-empty string, not ${JSON.stringify(value)}`);
    } else {
      (mapping as Record<string, string>)[key] = value;
    }
  }
  return checkMapping(mapping, 'mapping file');
}
