/**
 * Reads a Sortie GeoParquet file (write.ts, docs/columnar-format.md) back into GeoJSON-shaped
 * features, one row group at a time so a loading worker can report progress. Browser- and
 * worker-safe: hyparquet only, no node: imports.
 *
 * What comes back is what the GeoJSON file would have held: a null cell is an absent member,
 * and the row's overflow cell restores whatever did not fit a column (a bad value stays bad,
 * so validation names it exactly as it would for GeoJSON). One undecodable geometry gives
 * that feature a null geometry; it never stops the rest.
 */
import { parquetMetadata, parquetRead } from 'hyparquet';
import type { FileMetaData } from 'hyparquet';
import {
  ACTORS_COLUMN, FEATURE_ID_COLUMN, GEOMETRY_COLUMN, META_KEYS, OVERFLOW_COLUMN, REQUIRED_COLUMNS, SOURCES_COLUMN,
  SUBJECT_COLUMN, TEXT_COLUMNS, setOwn, type FormatInfo, type Overflow,
} from './schema';
import { decodeWkb } from './wkb-read';
import { textOfBytes } from './text';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const corrupt = (error: unknown) =>
  new Error(`This Parquet file cannot be read; it may be truncated or corrupt (${error instanceof Error ? error.message : String(error)}).`);

/** A cell of a column from another tool, as a GeoJSON property value (absent for null). */
export function scalar(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  return v;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`This Parquet file's ${what} metadata is not valid JSON.`);
  }
}

export interface Layout {
  metadata: FileMetaData;
  format: FormatInfo | null;
  geometryColumn: string;
  /** Top-level columns that are neither the format's nor the geometry: extra properties. */
  extras: Array<{ column: string; key: string }>;
  /** Every top-level column's name. */
  names: string[];
  sortie: unknown;
}

/** Reads the footer and checks the file is a Sortie dataset. */
export function layout(buffer: ArrayBuffer): Layout {
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw corrupt(error);
  }
  const kv = new Map((metadata.key_value_metadata ?? []).map(({ key, value }) => [key, value]));
  const formatText = kv.get(META_KEYS.format);
  const format = formatText === undefined ? null : (parseJson(formatText, META_KEYS.format) as FormatInfo);
  const geoText = kv.get(META_KEYS.geo);
  const geo = geoText === undefined ? null : parseJson(geoText, 'GeoParquet "geo"');
  const primary = isObject(geo) && typeof geo.primary_column === 'string' ? geo.primary_column : GEOMETRY_COLUMN;

  // Top-level column names (a nested column's children follow it in the flat schema).
  const names: string[] = [];
  for (let i = 1; i < metadata.schema.length;) {
    const el = metadata.schema[i]!;
    names.push(el.name);
    let skip = 1;
    for (let pending = el.num_children ?? 0; pending > 0; pending--) {
      pending += metadata.schema[i + skip]!.num_children ?? 0;
      skip++;
    }
    i += skip;
  }
  const missing = [...REQUIRED_COLUMNS, primary].filter((c) => !names.includes(c));
  if (missing.length) {
    throw new Error(`This Parquet file is not a Sortie dataset: it has no ${missing.map((c) => `"${c}"`).join(', ')} column `
      + `(a dataset needs ${[...REQUIRED_COLUMNS, primary].join(', ')}; this file has ${names.join(', ') || 'no columns'}).`);
  }
  const known = new Set<string>([...TEXT_COLUMNS, ACTORS_COLUMN, SOURCES_COLUMN, SUBJECT_COLUMN, primary, FEATURE_ID_COLUMN, OVERFLOW_COLUMN]);
  const extras = format
    ? format.extras.map(({ column, key }) => ({ column, key }))
    : names.filter((c) => !known.has(c)).map((c) => ({ column: c, key: c }));
  const sortieText = kv.get(META_KEYS.sortie);
  const sortie = sortieText === undefined ? undefined : parseJson(sortieText, 'sortie');
  return { metadata, format, geometryColumn: primary, extras, names, sortie };
}

function applyOverflow(feature: Obj, props: Obj, text: unknown): Obj {
  const over = (typeof text === 'string' ? JSON.parse(text) : text) as Overflow;
  if ('whole' in over) return over.whole as Obj;
  if ('type' in over) feature.type = over.type;
  if ('id' in over) feature.id = over.id;
  if (over.noGeometry) delete feature.geometry;
  else if ('geometry' in over) feature.geometry = over.geometry;
  if (over.properties) for (const key of Object.keys(over.properties)) setOwn(props, key, over.properties[key]);
  return feature;
}

export type Columns = Map<string, ArrayLike<unknown>>;

/**
 * A list cell, parsed. Actor lists repeat (a few hundred combinations over a million
 * events), so each distinct text is parsed once and later rows get a copy of it: copying
 * an array costs a fraction of parsing it, and no two features share a list.
 */
function parseList(text: string, cache: Map<string, unknown>): unknown {
  let list = cache.get(text);
  if (list === undefined) {
    list = JSON.parse(text);
    if (cache.size < 10_000) cache.set(text, list);
  }
  // The column holds lists of text only (fit.ts), so a shallow copy is a whole copy.
  return Array.isArray(list) ? list.slice() : list;
}

/** Makes the features of one row group's columns, a row at a time. */
export function rowReader(columns: Columns, { format, geometryColumn, extras }: Layout): (i: number) => Obj {
  const texts = TEXT_COLUMNS.map((name) => [name, columns.get(name)] as const).filter(([, c]) => c);
  const geometry = columns.get(geometryColumn);
  const subject = columns.get(SUBJECT_COLUMN);
  const actors = columns.get(ACTORS_COLUMN);
  const sources = columns.get(SOURCES_COLUMN);
  const featureIds = columns.get(FEATURE_ID_COLUMN);
  const overflow = columns.get(OVERFLOW_COLUMN);
  const extraColumns = extras.map(({ column, key }) => [key, columns.get(column)] as const).filter(([, c]) => c);
  const idMode = format?.featureId ?? 'none';
  const actorLists = new Map<string, unknown>();
  return (i) => {
    const props: Obj = {};
    for (const [name, column] of texts) {
      const v = column![i];
      if (v !== null && v !== undefined) props[name] = v;
    }
    const a = actors?.[i];
    if (typeof a === 'string') props.actors = parseList(a, actorLists);
    const s = sources?.[i];
    if (typeof s === 'string') props.sources = JSON.parse(s);
    const g = subject?.[i];
    if (g) props.subject_geometry = decodeWkb(g);
    for (const [key, column] of extraColumns) {
      const v = column![i];
      if (v !== null && v !== undefined) setOwn(props, key, scalar(v));
    }
    let feature: Obj = { type: 'Feature', geometry: geometry?.[i] ? decodeWkb(geometry[i]) : null, properties: props };
    if (idMode === 'same') feature.id = props.id;
    else if (idMode === 'column' && featureIds?.[i] !== null && featureIds?.[i] !== undefined) feature.id = featureIds[i];
    const o = overflow?.[i];
    if (o !== null && o !== undefined) feature = applyOverflow(feature, props, o);
    return feature;
  };
}

/** Which row groups to decode (from ≤ g < to) and which columns (all when absent). */
export interface GroupRange {
  from: number;
  to: number;
  columns?: string[];
}

/**
 * Decodes the file one row group at a time and hands each group's columns (by column name,
 * a value per row) and its first row to `each`. Throws an Error saying the file is corrupt
 * if a group does not decode.
 */
export async function forEachRowGroup(
  buffer: ArrayBuffer,
  { metadata }: Layout,
  each: (columns: Columns, rows: number, firstRow: number) => void,
  range: GroupRange = { from: 0, to: metadata.row_groups.length },
): Promise<void> {
  // Geometry stays bytes here (parsers below): decodeWkb turns a bad one into null per row.
  // JSON cells stay text too (parsed where they are checked).
  const text = (b: Uint8Array) => b && textOfBytes(b);
  const file = { byteLength: buffer.byteLength, slice: (start: number, end?: number) => buffer.slice(start, end) };
  let groupStart = 0;
  for (let g = 0; g < metadata.row_groups.length && g < range.to; g++) {
    const rows = Number(metadata.row_groups[g]!.num_rows);
    if (g < range.from) {
      groupStart += rows;
      continue;
    }
    const columns: Columns = new Map();
    try {
      await parquetRead({
        file,
        metadata,
        ...(range.columns ? { columns: range.columns } : {}),
        rowStart: groupStart,
        rowEnd: groupStart + rows,
        parsers: { geometryFromBytes: (b) => b, geographyFromBytes: (b) => b, stringFromBytes: text, jsonFromBytes: text },
        utf8: false,
        onChunk: ({ columnName, columnData, rowStart }) => {
          // A column of a group may come in several pieces; lay each at its row.
          const at = rowStart - groupStart;
          // Nearly always one piece for the whole group: keep it as it is.
          if (!columns.has(columnName) && at === 0 && columnData.length === rows) {
            columns.set(columnName, columnData as ArrayLike<unknown>);
            return;
          }
          let column = columns.get(columnName) as unknown[] | undefined;
          if (!column) columns.set(columnName, (column = new Array<unknown>(rows).fill(null)));
          else if (!Array.isArray(column)) columns.set(columnName, (column = Array.from(column)));
          for (let r = Math.max(0, -at); r < columnData.length && at + r < rows; r++) column[at + r] = columnData[r];
        },
      });
    } catch (error) {
      throw corrupt(error);
    }
    each(columns, rows, groupStart);
    groupStart += rows;
  }
}

/**
 * The id validate.ts would see for a row (its properties' id, after the overflow cell),
 * from just the id and overflow cells: what a reader of later rows needs to know which ids
 * came before.
 */
export function effectiveId(idCell: unknown, overflowCell: unknown): unknown {
  const props: Obj = {};
  if (idCell !== null && idCell !== undefined) props.id = idCell;
  let feature: Obj = { type: 'Feature', geometry: null, properties: props };
  if (overflowCell !== null && overflowCell !== undefined) feature = applyOverflow(feature, props, overflowCell);
  return isObject(feature) && isObject(feature.properties) ? feature.properties.id : undefined;
}

/**
 * The features and the `sortie` member of a Sortie GeoParquet file. Throws an Error that
 * says what is wrong for a file that is truncated, corrupt or not a Sortie dataset.
 * `onProgress` hears 0 first, then the fraction of rows decoded after each row group.
 */
export async function readColumnar(buffer: ArrayBuffer, onProgress?: (fraction: number) => void): Promise<{ features: unknown[]; sortie: unknown }> {
  const plan = layout(buffer);
  const total = Number(plan.metadata.num_rows);
  const features: unknown[] = [];
  onProgress?.(0);
  await forEachRowGroup(buffer, plan, (columns, rows) => {
    const featureAt = rowReader(columns, plan);
    for (let i = 0; i < rows; i++) features.push(featureAt(i));
    onProgress?.(total ? features.length / total : 1);
  });
  if (!plan.metadata.row_groups.length) onProgress?.(1);
  return { features, sortie: plan.sortie };
}
