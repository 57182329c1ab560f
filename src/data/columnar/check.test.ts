/**
 * readCheckedColumns (cell by cell, into columns) against the route it shortens: read.ts's
 * features checked by validate.ts. On generated files, good and broken, both give the same
 * events and the same problems in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenEventFeature, SortieMeta } from '../dataset-format';
import { datasetArbitrary, invalidDate, validDate } from '../dataset.arbitrary';
import { unpackEvents } from '../event-columns';
import { validateEvents } from '../validate';
import { partGroups, readCheckedColumns } from './check';
import { features, meta } from './features.arbitrary';
import { effectiveId, readColumnar, rowReader, type Layout } from './read';
import { writeColumnar } from './write';

process.env.TZ = 'UTC';

const RUNS = { seed: 20_261_206, numRuns: 60 };

const toBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function bothRoutes(input: readonly unknown[], sortie?: SortieMeta) {
  const buffer = toBuffer(await writeColumnar(input as OpenEventFeature[], sortie));
  const whole = validateEvents((await readColumnar(buffer.slice(0))).features);
  const checked = await readCheckedColumns(buffer);
  return { whole, checked, events: unpackEvents(checked.packed) };
}

/**
 * Conflict data as importers write it: points, a few kinds, dates and actor and source
 * lists repeated, ids that sometimes repeat, and now and then a bad date.
 */
const plainRows = fc.array(fc.record({
  id: fc.integer({ min: 0, max: 30 }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  kind: fc.constantFrom('battle', 'protest', 'strike'),
  date: fc.oneof({ weight: 9, arbitrary: validDate }, { weight: 1, arbitrary: invalidDate }),
  actors: fc.constantFrom(undefined, [], ['A'], ['A', 'B'], ['B', 'B', 'C']),
  sources: fc.constantFrom(undefined, [], [{ name: 'ACLED' }], [{ article: 'a1', excerpt: 'said so' }, { url: 'https://example.org' }]),
  precision: fc.constantFrom(undefined, 'site', 'city', 'region'),
  fatalities: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
}), { maxLength: 40 }).map((rows) => rows.map((r) => {
  const properties: Record<string, unknown> = { id: `e${r.id}`, title: `Event ${r.id}`, kind: r.kind, date: r.date };
  if (r.actors) properties.actors = r.actors;
  if (r.sources) properties.sources = r.sources;
  if (r.precision) properties.location_precision = r.precision;
  if (r.fatalities !== undefined) properties.fatalities = r.fatalities;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [r.lon, r.lat] }, properties };
}));

describe('readCheckedColumns', () => {
  it('gives the events and problems that checking read.ts\'s features gives, for any valid file', async () => {
    await fc.assert(fc.asyncProperty(features, meta, async (fs, m) => {
      const { whole, checked, events } = await bothRoutes(fs, m);
      expect(events).toStrictEqual(whole.events);
      expect(checked.problems).toStrictEqual(whole.problems);
      expect(checked.features).toBe(fs.length);
      expect(checked.sortie).toStrictEqual(m === undefined ? undefined : JSON.parse(JSON.stringify(m)));
    }), RUNS);
  }, 120_000);

  it('names the same problems of broken features, in the same order', async () => {
    await fc.assert(fc.asyncProperty(datasetArbitrary(), async (generated) => {
      const { whole, checked, events } = await bothRoutes(generated.map((g) => g.feature));
      expect(events).toStrictEqual(whole.events);
      expect(checked.problems).toStrictEqual(whole.problems);
    }), RUNS);
  }, 120_000);

  it('checks plain point rows cell by cell: only a repeated id or a bad date sends a row the whole way', async () => {
    await fc.assert(fc.asyncProperty(plainRows, async (rows) => {
      const { whole, checked, events } = await bothRoutes(rows);
      expect(events).toStrictEqual(whole.events);
      expect(checked.problems).toStrictEqual(whole.problems);
      const seen = new Set<unknown>();
      const expectedWhole = rows.filter(({ properties: p }) => {
        const repeated = seen.has(p.id);
        seen.add(p.id);
        return repeated || !validateEvents([{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 'x', title: 't', kind: 'k', date: p.date } }]).events.length;
      }).length;
      expect(checked.checkedWhole).toBe(expectedWhole);
    }), RUNS);
  }, 120_000);

  it('gives the same events and problems read in parts side by side, joined in order, as in one pass', async () => {
    const input = fc.oneof(plainRows, datasetArbitrary({ maxLength: 20 }).map((g) => g.map((f) => f.feature)));
    await fc.assert(fc.asyncProperty(input, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 4 }), async (rows, groupSize, of) => {
      const buffer = toBuffer(await writeColumnar(rows as OpenEventFeature[], undefined, { rowGroupSize: groupSize }));
      const whole = await readCheckedColumns(buffer);
      const parts = await Promise.all(Array.from({ length: of }, (_, index) => readCheckedColumns(buffer, undefined, { index, of })));
      expect(parts.flatMap((p) => unpackEvents(p.packed))).toStrictEqual(unpackEvents(whole.packed));
      expect(parts.flatMap((p) => p.problems)).toStrictEqual(whole.problems);
      for (const p of parts) expect(p.features).toBe(rows.length);
    }), RUNS);
  }, 120_000);

  it('knows the id validation sees from the id and overflow cells alone, as the whole row gives it', () => {
    const cells: Array<[unknown, unknown]> = [
      ['a', null], [null, null], [null, '{"properties":{"id":"b"}}'], ['a', '{"properties":{"id":7}}'],
      ['a', '{"whole":5}'], [null, '{"whole":{"type":"Feature","properties":{"id":"c"}}}'], ['a', '{"type":"Point"}'],
    ];
    const plan = { format: null, geometryColumn: 'geometry', extras: [], names: [] } as unknown as Layout;
    const featureAt = rowReader(new Map([['id', cells.map(([id]) => id)], ['sortie_overflow', cells.map(([, o]) => o)]]), plan);
    const seen = cells.map((_, r) => (featureAt(r) as { properties?: { id?: unknown } }).properties?.id);
    expect(seen).toEqual(['a', undefined, 'b', 7, undefined, 'c', 'a']);
    expect(cells.map(([id, o]) => effectiveId(id, o))).toEqual(seen);
  });

  it('splits row groups into contiguous parts of about equal rows, every group in one part', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (groups, of) => {
      const ranges = Array.from({ length: of }, (_, index) => partGroups(groups, { index, of }));
      let next = 0;
      for (const { from, to } of ranges) {
        expect(from).toBe(next);
        expect(to).toBeGreaterThanOrEqual(from);
        next = to;
      }
      expect(next).toBe(groups.length);
      // Even rows: no part starts more than one group's rows past its share.
      const total = groups.reduce((a, b) => a + b, 0);
      ranges.forEach(({ from }, index) => {
        const before = groups.slice(0, from).reduce((a, b) => a + b, 0);
        if (from < groups.length) expect(before).toBeLessThanOrEqual((index * total) / of + Math.max(...groups));
      });
    }), RUNS);
  });

  it('reports the rows done, from 0 to all of them, and throws for a file that is not Parquet', async () => {
    const seen: Array<[number, number]> = [];
    const rows = Array.from({ length: 3 }, (_, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [i, i] }, properties: { id: `e${i}`, title: 't', kind: 'k', date: '2020' } }));
    await readCheckedColumns(toBuffer(await writeColumnar(rows as OpenEventFeature[], undefined)), (done, total) => seen.push([done, total]));
    expect(seen[0]).toEqual([0, 3]);
    expect(seen.at(-1)).toEqual([3, 3]);
    await expect(readCheckedColumns(new TextEncoder().encode('{"type":"FeatureCollection"}').buffer as ArrayBuffer)).rejects.toThrow(/Parquet/);
  });
});
