/**
 * Writes a Sortie dataset as GeoParquet (docs/columnar-format.md): one row per feature,
 * one column per property of the format, one per extra scalar property, WKB geometry with
 * GeoParquet 1.1 `geo` metadata, the dataset's `sortie` member in the footer. Used by the
 * Node scripts (`npm run import`, `npm run data`); the browser only reads (read.ts).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { OpenEventFeature, SortieMeta } from '../dataset-format';
import { fitsActors, fitsSources, fitsText, scalarType, wkbDimension } from './fit';
import {
  ACTORS_COLUMN, FEATURE_ID_COLUMN, FORMAT_PROPERTIES, FORMAT_VERSION, GEOMETRY_COLUMN, META_KEYS, OVERFLOW_COLUMN,
  RESERVED_COLUMNS, ROW_GROUP_SIZE, SOURCES_COLUMN, SUBJECT_COLUMN, TEXT_COLUMNS, setOwn,
  type ExtraColumn, type FeatureIdMode, type FormatInfo, type Overflow,
} from './schema';
import { toWkb } from './wkb';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parquet schema elements (hyparquet-writer takes the Thrift shapes as plain objects). */
type SchemaElement = Parameters<typeof parquetWriteBuffer>[0]['schema'] extends (infer S)[] | undefined ? S : never;
type ColumnSource = Parameters<typeof parquetWriteBuffer>[0]['columnData'][number];

const text = (name: string): SchemaElement => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' });
/** A JSON column: hyparquet-writer serialises each cell. */
const json = (name: string): SchemaElement => ({ ...text(name), converted_type: 'JSON' });
const SCALAR_SCHEMA: Record<ExtraColumn['type'], (name: string) => SchemaElement> = {
  string: text,
  int: (name) => ({ name, type: 'INT32', repetition_type: 'OPTIONAL' }),
  double: (name) => ({ name, type: 'DOUBLE', repetition_type: 'OPTIONAL' }),
  boolean: (name) => ({ name, type: 'BOOLEAN', repetition_type: 'OPTIONAL' }),
};

/** Extra properties that get a column: keys in order of first use, typed by their values. */
function extraColumns(features: readonly unknown[]): ExtraColumn[] {
  const types = new Map<string, Set<string>>();
  for (const f of features) {
    const p = isObject(f) && isObject(f.properties) ? f.properties : null;
    if (!p) continue;
    for (const key in p) {
      if (FORMAT_PROPERTIES.has(key)) continue;
      const type = scalarType(p[key]);
      let set = types.get(key);
      if (!set) types.set(key, (set = new Set()));
      if (type) set.add(type);
    }
  }
  const used = new Set(RESERVED_COLUMNS);
  const extras: ExtraColumn[] = [];
  for (const [key, set] of types) {
    if (set.size === 0) continue; // never a scalar: every value overflows
    // Integers that share a column with fractions are doubles; any other mix takes the
    // first type seen and the rest overflow.
    const type = set.has('double') && set.has('int') ? 'double' : ([...set][0] as ExtraColumn['type']);
    let column = key;
    for (let n = 1; used.has(column); n++) column = n === 1 ? `extra_${key}` : `extra_${key}_${n}`;
    used.add(column);
    extras.push({ column, key, type });
  }
  return extras;
}

function fitsExtra(type: ExtraColumn['type'], v: unknown): boolean {
  const t = scalarType(v);
  return t === type || (type === 'double' && t === 'int');
}

function featureIdMode(features: readonly unknown[]): FeatureIdMode {
  const ids = features.map((f) => (isObject(f) ? f : {}));
  if (ids.every((f) => !('id' in f))) return 'none';
  if (ids.every((f) => isObject(f.properties) && typeof f.id === 'string' && f.id === f.properties.id)) return 'same';
  return 'column';
}

/** The whole footer geometry entry: types present and the extent (GeoParquet 1.1). */
function geoColumnMeta(cells: ReadonlyArray<{ type: string; coordinates: unknown } | null>) {
  const types = new Set<string>();
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown) => {
    if (typeof (c as unknown[])[0] === 'number') {
      const [x, y] = c as number[];
      if (Number.isFinite(x) && Number.isFinite(y)) {
        box[0] = Math.min(box[0]!, x!); box[1] = Math.min(box[1]!, y!);
        box[2] = Math.max(box[2]!, x!); box[3] = Math.max(box[3]!, y!);
      }
    } else for (const child of c as unknown[]) visit(child);
  };
  for (const g of cells) {
    if (!g) continue;
    types.add(g.type);
    visit(g.coordinates);
  }
  return { encoding: 'WKB', geometry_types: [...types], ...(box[0]! <= box[2]! ? { bbox: box } : {}) };
}

/**
 * The dataset as a GeoParquet file. Never throws for a bad feature: whatever does not fit a
 * column is kept in the row's overflow cell, so the reader gives back the same feature.
 * `rowGroupSize` is for tests of files with many row groups.
 */
export async function writeColumnar(features: OpenEventFeature[], meta: SortieMeta | undefined, { rowGroupSize = ROW_GROUP_SIZE } = {}): Promise<Uint8Array> {
  const rows: readonly unknown[] = features;
  const n = rows.length;
  const extras = extraColumns(rows);
  const idMode = featureIdMode(rows);
  const texts = TEXT_COLUMNS.map(() => new Array<string | null>(n).fill(null));
  const geometry = new Array<Uint8Array | null>(n).fill(null);
  const subject = new Array<Uint8Array | null>(n).fill(null);
  const geometries = new Array<{ type: string; coordinates: unknown } | null>(n).fill(null);
  const subjects = new Array<{ type: string; coordinates: unknown } | null>(n).fill(null);
  const actors = new Array<string[] | null>(n).fill(null);
  const sources = new Array<Obj[] | null>(n).fill(null);
  const featureIds = new Array<string | null>(n).fill(null);
  const extraData = extras.map(() => new Array<unknown>(n).fill(null));
  const overflow = new Array<string | null>(n).fill(null);

  for (let i = 0; i < n; i++) {
    const f = rows[i];
    if (!isObject(f) || !isObject(f.properties)) {
      overflow[i] = JSON.stringify({ whole: f } satisfies Overflow);
      continue;
    }
    const over: Overflow = {};
    const props: Obj = {};
    const p = f.properties;
    if (f.type !== 'Feature') over.type = f.type;
    if (idMode === 'column' && 'id' in f) {
      if (fitsText(f.id)) featureIds[i] = f.id;
      else over.id = f.id;
    }
    // Undefined is absent, as JSON.stringify would leave it out.
    if (f.geometry === undefined) over.noGeometry = true;
    else if (f.geometry !== null) {
      const dim = wkbDimension(f.geometry);
      if (dim) {
        geometries[i] = f.geometry as { type: string; coordinates: unknown };
        geometry[i] = toWkb(geometries[i]!, dim);
      } else over.geometry = f.geometry;
    }
    TEXT_COLUMNS.forEach((key, c) => {
      const v = p[key];
      if (v === undefined) return;
      if (fitsText(v)) texts[c]![i] = v;
      else props[key] = v;
    });
    if (p.actors !== undefined) {
      if (fitsActors(p.actors)) actors[i] = p.actors;
      else props.actors = p.actors;
    }
    if (p.sources !== undefined) {
      if (fitsSources(p.sources)) sources[i] = p.sources;
      else props.sources = p.sources;
    }
    if (p.subject_geometry !== undefined) {
      const dim = wkbDimension(p.subject_geometry);
      if (dim) {
        subjects[i] = p.subject_geometry as { type: string; coordinates: unknown };
        subject[i] = toWkb(subjects[i]!, dim);
      } else props.subject_geometry = p.subject_geometry;
    }
    const placed = new Set<string>();
    extras.forEach(({ key, type }, c) => {
      placed.add(key);
      // Own members only: `p.__proto__` of a feature without that key is Object.prototype.
      const v = Object.hasOwn(p, key) ? p[key] : undefined;
      if (v === undefined) return;
      if (fitsExtra(type, v)) extraData[c]![i] = v;
      else setOwn(props, key, v);
    });
    for (const key in p) if (!FORMAT_PROPERTIES.has(key) && !placed.has(key) && p[key] !== undefined) setOwn(props, key, p[key]);
    if (Object.keys(props).length) over.properties = props;
    if (Object.keys(over).length) overflow[i] = JSON.stringify(over);
  }

  const schema: SchemaElement[] = [];
  const columnData: ColumnSource[] = [];
  const add = (elements: SchemaElement[], name: string, data: unknown[]) => {
    schema.push(...elements);
    columnData.push({ name, data } as ColumnSource);
  };
  TEXT_COLUMNS.forEach((key, c) => add([text(key)], key, texts[c]!));
  add([{ name: GEOMETRY_COLUMN, type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' }], GEOMETRY_COLUMN, geometry);
  // Lists as JSON text, not Parquet LIST columns: hyparquet assembles nested columns about
  // ten times slower than it reads a text column (docs/columnar-format.md, "Schema").
  add([json(ACTORS_COLUMN)], ACTORS_COLUMN, actors);
  add([json(SOURCES_COLUMN)], SOURCES_COLUMN, sources);
  add([{ name: SUBJECT_COLUMN, type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' }], SUBJECT_COLUMN, subject);
  if (idMode === 'column') add([text(FEATURE_ID_COLUMN)], FEATURE_ID_COLUMN, featureIds);
  extras.forEach(({ column, type }, c) => add([SCALAR_SCHEMA[type](column)], column, extraData[c]!));
  // Plain text holding JSON: hyparquet-writer's JSON columns rebuild objects, dropping an
  // own `__proto__` key that JSON.stringify keeps.
  add([text(OVERFLOW_COLUMN)], OVERFLOW_COLUMN, overflow);

  const format: FormatInfo = { version: FORMAT_VERSION, featureId: idMode, extras };
  const geo = {
    version: '1.1.0',
    primary_column: GEOMETRY_COLUMN,
    columns: { [GEOMETRY_COLUMN]: geoColumnMeta(geometries), [SUBJECT_COLUMN]: geoColumnMeta(subjects) },
  };
  const kvMetadata = [
    { key: META_KEYS.geo, value: JSON.stringify(geo) },
    { key: META_KEYS.format, value: JSON.stringify(format) },
    ...(meta === undefined ? [] : [{ key: META_KEYS.sortie, value: JSON.stringify(meta) }]),
  ];
  const buffer = parquetWriteBuffer({
    columnData,
    schema: [{ name: 'root', num_children: columnData.length }, ...schema],
    rowGroupSize,
    kvMetadata,
    createdBy: 'sortie',
  });
  return new Uint8Array(buffer);
}
