/**
 * One row → one Sortie event, or the row's problems. The converter is built once per
 * import from a resolved mapping (resolve.ts) and keeps the ids it has seen, so duplicate
 * ids are caught across the whole file.
 *
 * Defaults for unmapped fields: kind "event"; title "place, date" (or "Event, date");
 * a stable hash of the row as id; no actors; location_precision 'site' for points,
 * 'route' for lines, 'region' for areas, unless a preset says otherwise.
 */
import type { Geometry } from 'geojson';
import type { OpenEventFeature, OpenEventProperties, SourceRef } from '../dataset-format';
import { placeDate } from '../date-rules';
import { intervalText, readDateCell, type ReadDate } from './dates';
import { extraValue, RESERVED } from './extras';
import { readGeometryCell, readPoint } from './geometry';
import { COLUMN_FIELDS, type Mapping } from './mapping';
import { PRESETS } from './presets';
import { isHookProblem, type LocationPrecision } from './presets/preset';
import { slug, hashId } from './slug';
import { cellText, compileText, templateColumns, type TextSource } from './template';

export interface RowProblem {
  row: number;
  column: string | null;
  value: string | null;
  message: string;
  /** A short name for the kind of problem, for the per-kind totals ("not a date"). */
  kind?: string;
}

export type Converted = { feature: OpenEventFeature; kindLabel?: string } | { problems: RowProblem[] };

/**
 * The cell's text when it is EDTF that places an event in time and that readDateCell does
 * not read (an interval, a qualifier, unspecified digits); null otherwise, so plain dates
 * keep their own reading (and its messages).
 */
function edtfCell(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/[/?~%X[{]/.test(text) || readDateCell(text).ok) return null;
  return placeDate(text).ok ? text : null;
}

/** 'row 17, column "event_date": "31-02-2019" is not a date' */
export function describeProblem(p: RowProblem): string {
  const where = p.column === null ? `row ${p.row}` : `row ${p.row}, column "${p.column}"`;
  return p.value === null ? `${where}: ${p.message}` : `${where}: ${JSON.stringify(p.value)} ${p.message}`;
}

const AREA = new Set(['Polygon', 'MultiPolygon']);
const LINE = new Set(['LineString', 'MultiLineString']);

function defaultPrecision(g: Geometry): LocationPrecision {
  return AREA.has(g.type) ? 'region' : LINE.has(g.type) ? 'route' : 'site';
}

/** `typedCells`: the rows come from JSON, so text cells stay text (no "007" → 7 guessing). */
export function createConverter(
  mapping: Mapping,
  options: { typedCells?: boolean } = {},
): (row: Record<string, unknown>, rowNumber: number, geometry?: Geometry | null) => Converted {
  const zone = mapping.tz ?? 'UTC';
  const preset = mapping.preset ? PRESETS[mapping.preset] : null;
  const text = (field: string | undefined): TextSource | null => (field ? compileText(field) : null);
  const title = text(mapping.title);
  const summary = text(mapping.summary);
  const place = text(mapping.place);
  const kindHook = preset?.kind && preset.kind.column === mapping.kind ? preset.kind : null;
  const dateHook = preset?.date && preset.date.column === mapping.date ? preset.date : null;
  const whereHook = preset?.where && mapping.lat === 'latitude' ? preset.where : null;
  const actorColumns = mapping.actors ?? [];
  const used = new Set<string>([...actorColumns]);
  for (const field of COLUMN_FIELDS) {
    const value = mapping[field];
    if (value) for (const c of templateColumns(value)) used.add(c);
  }
  const presetExtras = preset ? new Set(preset.extras) : null;
  const seen = new Map<string, number>();

  return (row, rowNumber, geometry) => {
    const problems: RowProblem[] = [];
    const problem = (column: string | null, value: unknown, message: string, kind: string) =>
      problems.push({ row: rowNumber, column, value: value === null || value === undefined ? null : cellText(value) || String(value), message, kind });

    // When: one date column, or a start/end pair.
    const readCell = (column: string): ReadDate | null => {
      const value = row[column];
      if (cellText(value) === '') return problem(column, null, 'is empty: the event needs a date', 'missing date'), null;
      const read = readDateCell(value, zone);
      if (read.ok) return read.date;
      problem(column, value, read.message, 'not a date');
      return null;
    };
    let date: string | null = null;
    // A date column may already hold EDTF that no plain reading covers (Sortie's own files:
    // `2017-04-08?`, `2015-09?/2015-10-15`, `2009-07-23/2009-08-07`): kept as written.
    const edtf = mapping.date ? edtfCell(row[mapping.date]) : null;
    if (edtf) {
      date = edtf;
    } else if (mapping.date) {
      const read = readCell(mapping.date);
      if (read && dateHook && read.precision === 'day') {
        const refined = dateHook.refine(read.edtf, row);
        if (isHookProblem(refined)) problem(refined.column, refined.value, refined.message, refined.kind);
        else date = refined.edtf;
      } else if (read) date = read.edtf;
    } else if (mapping.start && mapping.end) {
      const start = readCell(mapping.start);
      const end = readCell(mapping.end);
      if (start && end) {
        const interval = intervalText(start, end);
        if (interval.ok) date = interval.edtf;
        else problem(mapping.end, row[mapping.end], interval.message, 'ends before it starts');
      }
    } else {
      problem(null, null, 'no date column is mapped (use --date COL or --start COL --end COL)', 'no date column');
    }

    // Where: lat/lon, a geometry column, or the input feature's own geometry.
    let where: Geometry | null = null;
    if (mapping.lat && mapping.lon) {
      const point = readPoint(row[mapping.lat], row[mapping.lon]);
      if (point.ok) where = point.geometry;
      else {
        const column = point.which === 'lat' ? mapping.lat : mapping.lon;
        if (cellText(row[column]) === '') problem(column, null, 'is empty: the event needs a location', 'missing location');
        else problem(column, row[column], point.message, `bad ${point.which === 'lat' ? 'latitude' : 'longitude'}`);
      }
    } else if (mapping.geometry) {
      const cell = row[mapping.geometry];
      if (cellText(cell) === '' && (typeof cell !== 'object' || cell === null)) problem(mapping.geometry, null, 'is empty: the event needs a location', 'missing location');
      else {
        const read = readGeometryCell(cell);
        if (read.ok) where = read.geometry;
        else problem(mapping.geometry, typeof cell === 'string' ? cell.slice(0, 80) : cell, read.message, 'bad geometry');
      }
    } else if (geometry) {
      where = geometry;
    } else {
      problem(null, null, 'has no location (no geometry, and no --lat/--lon or --geometry column)', 'missing location');
    }

    // What kind.
    let kind = 'event';
    let kindLabel: string | undefined;
    if (mapping.kind) {
      const raw = cellText(row[mapping.kind]);
      if (raw !== '') {
        const read = kindHook ? kindHook.read(raw) : { id: slug(raw), label: raw.charAt(0).toUpperCase() + raw.slice(1) };
        if ('message' in read) problem(mapping.kind, raw, read.message, 'unknown kind');
        else if (read.id === '') problem(mapping.kind, raw, 'has no letters or digits to make a kind id from', 'unknown kind');
        else [kind, kindLabel] = [read.id, read.label];
      }
    }

    let precision: LocationPrecision | undefined;
    if (where) {
      const hooked = whereHook ? whereHook(row) : undefined;
      if (isHookProblem(hooked)) problem(hooked.column, hooked.value, hooked.message, hooked.kind);
      else precision = hooked ?? defaultPrecision(where);
    }

    // Which id.
    let id: string;
    if (mapping.id) {
      id = cellText(row[mapping.id]);
      if (id === '') problem(mapping.id, null, 'is empty: the event needs an id', 'missing id');
      const first = seen.get(id);
      if (id !== '' && first !== undefined) problem(mapping.id, id, `repeats the id of row ${first}`, 'duplicate id');
    } else {
      id = hashId(Object.values(row));
      if (seen.has(id)) id = `${id}-${rowNumber}`; // identical rows stay separate events
    }
    if (problems.length > 0 || !where || !date || !precision) return { problems };
    seen.set(id, rowNumber);

    const placeText = place?.(row) ?? '';
    const properties: OpenEventProperties = {
      id,
      title: title?.(row) || `${placeText || 'Event'}, ${date}`,
      kind,
      date,
    };
    const summaryText = summary?.(row);
    if (summaryText) properties.summary = summaryText;
    if (placeText) properties.place = placeText;
    properties.location_precision = precision;
    properties.actors = readActors(row, actorColumns);
    const source = mapping.source ? sourceRef(cellText(row[mapping.source])) : null;
    if (source) properties.sources = [source];
    for (const [column, value] of Object.entries(row)) {
      if (used.has(column) || RESERVED.has(column) || (presetExtras && !presetExtras.has(column))) continue;
      const kept = options.typedCells ? value : extraValue(value);
      if (kept !== undefined && kept !== null && kept !== '') properties[column] = kept;
    }
    return { feature: { type: 'Feature', geometry: where, properties }, ...(kindLabel ? { kindLabel } : {}) };
  };
}

/** Actor cells, split on ";" (ACLED's assoc_actor lists), trimmed, without repeats. */
function readActors(row: Record<string, unknown>, columns: readonly string[]): string[] {
  const out: string[] = [];
  for (const column of columns) {
    for (const part of cellText(row[column]).split(';')) {
      const actor = part.trim();
      if (actor && !out.includes(actor)) out.push(actor);
    }
  }
  return out;
}

/** A source cell: a URL becomes `{url}`, other text `{name}`. */
export function sourceRef(text: string): SourceRef | null {
  if (text === '') return null;
  return /^https?:\/\/\S+$/i.test(text) ? { url: text } : { name: text };
}
