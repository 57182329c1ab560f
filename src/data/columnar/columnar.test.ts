/**
 * The GeoParquet dataset format: what a file holds for other tools, progress, the bundled
 * dataset, and the errors a person gets for a file that is not one.
 */
import { readFileSync } from 'node:fs';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { tableToIPC, tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { OpenEventFeature, SortieDatasetFile } from '../dataset-format';
import { validateEvents } from '../validate';
import { COLUMNAR_EXTENSION, isColumnar, readColumnar } from './index';
import { ROW_GROUP_SIZE } from './schema';
import { writeColumnar } from './write';

process.env.TZ = 'UTC';

const toBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const point = (id: string, extra: Record<string, unknown> = {}): OpenEventFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [36.5, 34.25] },
  properties: { id, title: `Event ${id}`, kind: 'strike', date: '2017-04-07', ...extra },
});

describe('isColumnar', () => {
  it('knows a Parquet file by its magic bytes, a truncated one too, and nothing else', async () => {
    const bytes = await writeColumnar([point('a')], {});
    expect(isColumnar(bytes)).toBe(true);
    expect(isColumnar(bytes.subarray(0, 10))).toBe(true);
    expect(isColumnar(new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'))).toBe(false);
    expect(isColumnar(new TextEncoder().encode('PAR'))).toBe(false);
    expect(isColumnar(new Uint8Array())).toBe(false);
    expect(isColumnar(tableToIPC(tableFromArrays({ id: ['a'] }), 'file'))).toBe(false);
    expect(COLUMNAR_EXTENSION).toBe('.parquet');
  });
});

describe('the file other tools read', () => {
  it('is GeoParquet 1.1: WKB geometry, its types and extent in the "geo" metadata, the meta in "sortie"', async () => {
    const line: OpenEventFeature = { ...point('b'), geometry: { type: 'LineString', coordinates: [[30, 10], [40, 20]] } };
    const bytes = await writeColumnar([point('a'), line], { title: 'Test' });
    const { key_value_metadata: kv, schema } = parquetMetadata(toBuffer(bytes), { geoparquet: false });
    const geo = JSON.parse(kv!.find((e) => e.key === 'geo')!.value!) as { version: string; primary_column: string; columns: Record<string, { encoding: string; geometry_types: string[]; bbox: number[] }> };
    expect(geo.version).toBe('1.1.0');
    expect(geo.primary_column).toBe('geometry');
    expect(geo.columns.geometry).toEqual({ encoding: 'WKB', geometry_types: ['Point', 'LineString'], bbox: [30, 10, 40, 34.25] });
    expect(JSON.parse(kv!.find((e) => e.key === 'sortie')!.value!)).toEqual({ title: 'Test' });
    const geometry = schema.find((e) => e.name === 'geometry');
    expect(geometry?.type).toBe('BYTE_ARRAY');
    expect(schema.find((e) => e.name === 'title')?.converted_type).toBe('UTF8');
  });

  it('gives each extra scalar property a typed column of its own', async () => {
    const bytes = await writeColumnar([point('a', { fatalities: 3, verified: true, sub_event_type: 'Shelling', magnitude: 2.5 }), point('b', { fatalities: 0 })], {});
    const { schema } = parquetMetadata(toBuffer(bytes));
    const type = (name: string) => schema.find((e) => e.name === name)?.type;
    expect([type('fatalities'), type('verified'), type('sub_event_type'), type('magnitude')]).toEqual(['INT32', 'BOOLEAN', 'BYTE_ARRAY', 'DOUBLE']);
  });

  it('reads a GeoParquet file another tool wrote (no Sortie metadata): other columns become properties', async () => {
    const wkb = (x: number, y: number) => {
      const b = new Uint8Array(21); const v = new DataView(b.buffer);
      v.setUint8(0, 1); v.setUint32(1, 1, true); v.setFloat64(5, x, true); v.setFloat64(13, y, true);
      return b;
    };
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: ['x1', 'x2'], type: 'STRING' },
        { name: 'title', data: ['One', 'Two'], type: 'STRING' },
        { name: 'kind', data: ['battle', 'battle'], type: 'STRING' },
        { name: 'date', data: ['2020-01-02', '2020-01'], type: 'STRING' },
        { name: 'fatalities', data: [BigInt(4), null], type: 'INT64' },
        { name: 'geom', data: [wkb(1, 2), new Uint8Array([1, 1, 0, 0, 0, 9])], type: 'BYTE_ARRAY' },
      ],
      kvMetadata: [{ key: 'geo', value: JSON.stringify({ version: '1.0.0', primary_column: 'geom', columns: { geom: { encoding: 'WKB', geometry_types: [] } } }) }],
    });
    const { features } = await readColumnar(buffer);
    expect(features[0]).toEqual({ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: { id: 'x1', title: 'One', kind: 'battle', date: '2020-01-02', fatalities: 4 } });
    // The second row's WKB is cut short: that feature has no geometry, and validation says so.
    expect((features[1] as { geometry: unknown }).geometry).toBeNull();
    const { events, problems } = validateEvents(features);
    expect(events.map((e) => e.id)).toEqual(['x1']);
    expect(problems.map((p) => [p.id, p.field])).toEqual([['x2', 'geometry']]);
  });
});

describe('readColumnar', () => {
  it('reports progress from 0 to 1, once per row group', async () => {
    const features = Array.from({ length: ROW_GROUP_SIZE + 10 }, (_, i) => point(`e${i}`));
    const fractions: number[] = [];
    const { features: back } = await readColumnar(toBuffer(await writeColumnar(features, {})), (f) => fractions.push(f));
    expect(back).toHaveLength(features.length);
    expect(fractions).toEqual([0, ROW_GROUP_SIZE / features.length, 1]);
  }, 120_000);

  it('reads an empty dataset, and a dataset without meta gives no meta', async () => {
    expect(await readColumnar(toBuffer(await writeColumnar([], { title: 'Nothing yet' })))).toEqual({ features: [], sortie: { title: 'Nothing yet' } });
    const { sortie } = await readColumnar(toBuffer(await writeColumnar([point('a')], undefined)));
    expect(sortie).toBeUndefined();
  });

  it('keeps a bad row as a feature that validation skips and names, and loads the rest', async () => {
    const bad = [
      point('ok-1'),
      point('bad-title', { title: 42 }),
      { ...point('bad-geometry'), geometry: { type: 'Circle', coordinates: [1, 2] } },
      point('bad-actors', { actors: 'Russia' }),
      point('ok-2', { actors: ['Russia'], sources: [{ name: 'Reuters' }] }),
    ] as OpenEventFeature[];
    const { features } = await readColumnar(toBuffer(await writeColumnar(bad, {})));
    const { events, problems } = validateEvents(features);
    expect(events.map((e) => e.id)).toEqual(['ok-1', 'ok-2']);
    expect(problems.map((p) => [p.id, p.field])).toEqual([
      ['bad-title', 'properties.title'], ['bad-geometry', 'geometry'], ['bad-actors', 'properties.actors'],
    ]);
  });

  it('says a truncated file is truncated or corrupt', async () => {
    const bytes = await writeColumnar(Array.from({ length: 50 }, (_, i) => point(`e${i}`)), {});
    for (const end of [bytes.length - 1, bytes.length - 200, Math.floor(bytes.length / 2), 8]) {
      await expect(readColumnar(toBuffer(bytes.subarray(0, end)))).rejects.toThrow(/cannot be read; it may be truncated or corrupt/);
    }
  });

  it('says random bytes, with or without the magic number, cannot be read', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) & 0xff);
    const noise = Uint8Array.from({ length: 4096 }, random);
    await expect(readColumnar(toBuffer(noise))).rejects.toThrow(/cannot be read/);
    const framed = new Uint8Array([...new TextEncoder().encode('PAR1'), ...noise, ...new TextEncoder().encode('PAR1')]);
    await expect(readColumnar(toBuffer(framed))).rejects.toThrow(/cannot be read/);
  });

  it('says an Arrow file is not a Parquet file it can read', async () => {
    const arrow = tableToIPC(tableFromArrays({ id: ['a'], title: ['b'] }), 'file');
    await expect(readColumnar(toBuffer(arrow))).rejects.toThrow(/cannot be read/);
  });

  it('says a Parquet file of some other table is not a Sortie dataset, naming what it lacks', async () => {
    const other = parquetWriteBuffer({ columnData: [{ name: 'name', data: ['Alice'], type: 'STRING' }, { name: 'id', data: ['1'], type: 'STRING' }] });
    await expect(readColumnar(other)).rejects.toThrow(/not a Sortie dataset: it has no "title", "kind", "date", "geometry" column.*this file has name, id/);
  });
});

describe('the bundled dataset', () => {
  it('round-trips through GeoParquet and validates to the same events as its GeoJSON', async () => {
    const file = JSON.parse(readFileSync(new URL('../../../data/events.geojson', import.meta.url), 'utf8')) as SortieDatasetFile;
    expect(file.features.length).toBeGreaterThan(10);
    const back = await readColumnar(toBuffer(await writeColumnar(file.features, file.sortie)));
    expect(back.features).toStrictEqual(file.features);
    expect(back.sortie).toStrictEqual(file.sortie);
    const fromGeoJson = validateEvents(file.features);
    expect(fromGeoJson.problems).toEqual([]);
    expect(validateEvents(back.features)).toStrictEqual(fromGeoJson);
  });
});
