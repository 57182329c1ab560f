/**
 * The candidate encodings of scripts/bench/formats.ts (issue 9), each a write (features and
 * meta to bytes) and a read (bytes to GeoJSON-shaped features). GeoParquet is the format
 * module itself (src/data/columnar); Arrow IPC and FlatGeobuf are minimal, fair encoders of
 * the same columns (WKB geometry, lists as JSON text), written for the bench only.
 */
import { Binary, Bool, Dictionary, Float64, Int32, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { deserialize as fgbDeserialize, serialize as fgbSerialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { SortieDatasetFile } from '../../src/data/dataset-format';
import { readColumnar } from '../../src/data/columnar/index';
import { writeColumnar } from '../../src/data/columnar/write';
import { wkbDimension } from '../../src/data/columnar/fit';
import { toWkb } from '../../src/data/columnar/wkb';
import { decodeWkb } from '../../src/data/columnar/wkb-read';

export interface Candidate {
  name: string;
  write(dataset: SortieDatasetFile): Promise<Uint8Array>;
  read(bytes: Uint8Array): Promise<unknown[]>;
}

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const geojson: Candidate = {
  name: 'GeoJSON',
  write: async (dataset) => new TextEncoder().encode(JSON.stringify(dataset)),
  // As the app reads it: the bytes decoded to text, then parsed.
  read: async (bytes) => (JSON.parse(new TextDecoder().decode(bytes)) as SortieDatasetFile).features,
};

const geoparquet: Candidate = {
  name: 'GeoParquet',
  write: (dataset) => writeColumnar(dataset.features, dataset.sortie ?? {}),
  read: async (bytes) => (await readColumnar(buffer(bytes))).features,
};

type Props = Record<string, unknown>;
const TEXT = ['id', 'title', 'kind', 'date', 'summary', 'place', 'location_precision'] as const;
const JSON_LISTS = ['actors', 'sources'] as const;
const LOW_CARDINALITY = new Set(['kind', 'location_precision']);

const arrow: Candidate = {
  name: 'Arrow IPC',
  async write(dataset) {
    const props = dataset.features.map((f) => f.properties as Props);
    const extras = [...new Set(props.flatMap((p) => Object.keys(p)))].filter((k) => !(TEXT as readonly string[]).includes(k) && !(JSON_LISTS as readonly string[]).includes(k));
    const columns: Record<string, Vector> = {};
    const column = (values: unknown[], type: DataType) => vectorFromArray(values, type);
    for (const key of TEXT) {
      const values = props.map((p) => (typeof p[key] === 'string' ? p[key] : null));
      columns[key] = column(values, LOW_CARDINALITY.has(key) ? new Dictionary(new Utf8(), new Int32()) : new Utf8());
    }
    for (const key of JSON_LISTS) columns[key] = column(props.map((p) => (p[key] === undefined ? null : JSON.stringify(p[key]))), new Utf8());
    for (const key of extras) {
      const sample = props.find((p) => p[key] !== undefined)?.[key];
      const type = typeof sample === 'number' ? (props.every((p) => p[key] === undefined || Number.isInteger(p[key])) ? new Int32() : new Float64())
        : typeof sample === 'boolean' ? new Bool() : new Utf8();
      columns[key] = column(props.map((p) => p[key] ?? null), type);
    }
    columns.geometry = column(dataset.features.map((f) => {
      const dim = wkbDimension(f.geometry);
      return dim ? toWkb(f.geometry as { type: string; coordinates: unknown }, dim) : null;
    }), new Binary());
    const table = new Table(columns);
    return tableToIPC(table, 'file');
  },
  async read(bytes) {
    const table = tableFromIPC(bytes);
    const n = table.numRows;
    const names = table.schema.fields.map((f) => f.name).filter((name) => name !== 'geometry');
    const props: Props[] = Array.from({ length: n }, () => ({}));
    for (const name of names) {
      const values = table.getChild(name)!.toArray() as unknown[];
      const parse = (JSON_LISTS as readonly string[]).includes(name);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== null && v !== undefined) props[i]![name] = parse ? JSON.parse(v as string) : v;
      }
    }
    const geometry = table.getChild('geometry')!.toArray() as unknown[];
    return props.map((properties, i) => ({ type: 'Feature', id: properties.id, geometry: decodeWkb(geometry[i]), properties }));
  },
};

const flatgeobuf: Candidate = {
  name: 'FlatGeobuf',
  async write(dataset) {
    // FlatGeobuf columns are scalars: the lists travel as JSON text, as in the other two.
    const features = dataset.features.map((f) => {
      const p = { ...(f.properties as Props) };
      for (const key of JSON_LISTS) if (p[key] !== undefined) p[key] = JSON.stringify(p[key]);
      return { type: 'Feature' as const, geometry: f.geometry, properties: p };
    });
    return fgbSerialize({ type: 'FeatureCollection', features } as never);
  },
  async read(bytes) {
    const out: unknown[] = [];
    for await (const f of fgbDeserialize(bytes) as AsyncGenerator<{ geometry: unknown; properties: Props }>) {
      const p = f.properties;
      for (const key of JSON_LISTS) if (typeof p[key] === 'string') p[key] = JSON.parse(p[key]);
      out.push({ type: 'Feature', id: p.id, geometry: f.geometry, properties: p });
    }
    return out;
  },
};

export const CANDIDATES: readonly Candidate[] = [geojson, geoparquet, arrow, flatgeobuf];
