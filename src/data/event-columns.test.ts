import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from './dataset.arbitrary';
import { packEvents, unpackEvents } from './event-columns';
import { validateEvents } from './validate';

/** What the worker's postMessage does to the columns: a structured clone with the buffers moved. */
function trip(events: Parameters<typeof packEvents>[0]) {
  const { packed, transfer } = packEvents(events);
  return unpackEvents(structuredClone(packed, { transfer }));
}

describe('events as columns between the worker and the page', () => {
  it('come back equal, key for key (absent keys stay absent), for any valid dataset', () => {
    fc.assert(fc.property(datasetArbitrary({ maxLength: 40 }), (generated) => {
      const { events } = validateEvents(generated.map((g) => g.feature));
      const back = trip(events);
      expect(back).toEqual(events);
      back.forEach((event, i) => expect(Object.keys(event).sort()).toEqual(Object.keys(events[i] ?? {}).sort()));
    }), { seed: 20_261_201, numRuns: 150 });
  });

  it('carry the bundled dataset (notes, subject geometry, sources with excerpts) unchanged', () => {
    const file = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as { features: unknown[] };
    const { events } = validateEvents(file.features);
    expect(events.length).toBeGreaterThan(40);
    expect(trip(events)).toEqual(events);
  });

  it('send a repeated value once: 3,000 events of three kinds hold three kind strings', () => {
    const { events } = validateEvents(Array.from({ length: 3000 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [i % 7, 10] },
      properties: { id: `e${i}`, title: `Event ${i}`, kind: ['a', 'b', 'c'][i % 3], date: '2020-01-02' },
    })));
    const { packed } = packEvents(events);
    const column = (key: string) => packed.columns.find((c) => c.key === key);
    const kinds = column('kind');
    expect(kinds?.type === 'coded' && kinds.strings.ends.length).toBe(4);
    // Points as two number arrays, ids (all distinct) as they are, numbers as numbers.
    expect(column('geometry')?.type).toBe('points');
    expect(column('id')?.type).toBe('plain');
    expect(column('start')?.type).toBe('number');
    // Equal values come back as one shared object.
    const back = unpackEvents(packed);
    expect(back[0]?.actors).toBe(back[7]?.actors);
    expect(back[0]?.geometry).toBe(back[7]?.geometry);
    expect(back[0]?.geometry).not.toBe(back[1]?.geometry);
    expect(back).toEqual(events);
  });

  it('keeps a point at −0 as it was (a shared point could not tell it from 0)', () => {
    const { events } = validateEvents([[-0, 10], [0, 10], [5, -0]].map(([x, y], i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x, y] },
      properties: { id: `e${i}`, title: 'T', kind: 'a', date: '2020-01-02' },
    })));
    const back = unpackEvents(packEvents(events).packed);
    expect(back).toEqual(events);
    expect(Object.is((back[0]?.geometry as { coordinates: number[] }).coordinates[0], -0)).toBe(true);
  });
});
