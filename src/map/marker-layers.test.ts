/**
 * The markers source is sent only what changes between two sets of visible events
 * (markerDiff, through MapLibre's updateData): applying the diff to what the source holds
 * must give exactly what it would hold had the whole data been sent again.
 */
import fc from 'fast-check';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { MapFeatureProperties } from './layers';
import { markerData, markerDiff, markerIndex, type MarkerFeature } from './marker-layers';

/** Events e0…e(n−1), event i with `places[i]` markers (a MultiPoint when more than one). */
function dataset(places: readonly number[]): FeatureCollection<Geometry, MapFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map((count, i) => ({
      type: 'Feature',
      geometry: count === 1
        ? { type: 'Point', coordinates: [i, 0] }
        : { type: 'MultiPoint', coordinates: Array.from({ length: count }, (_, j) => [i, j]) },
      properties: {
        id: `e${i}`, kind: 'strike', role: 'shape', place: 'P', uncertain: false, country: false,
        border: false, title: 'T', when: 'W', start: 0, end: 0,
      },
    })),
  };
}

/** The source's features after a diff, as MapLibre applies one: removals by id, then additions. */
function applied(held: readonly MarkerFeature[], diff: { add: MarkerFeature[]; remove: number[] }): number[] {
  const removed = new Set(diff.remove);
  return [...held.filter((f) => !removed.has(f.properties.marker)), ...diff.add].map((f) => f.properties.marker).sort((a, b) => a - b);
}

const numbers = (features: readonly MarkerFeature[]) => features.map((f) => f.properties.marker).sort((a, b) => a - b);

describe('markerIndex', () => {
  it('numbers every marker of the dataset once, a MultiPoint event giving one per place', () => {
    const index = markerIndex(dataset([1, 3, 2]));
    expect([...index.keys()]).toEqual(['e0', 'e1', 'e2']);
    expect([...index.values()].map((list) => list.map((f) => f.properties.marker))).toEqual([[0], [1, 2, 3], [4, 5]]);
    expect(index.get('e1')?.map((f) => f.properties.id)).toEqual(['e1', 'e1', 'e1']);
  });
});

describe('markerDiff', () => {
  it('sends the markers of events that appear and the numbers of those that go, nothing else', () => {
    const index = markerIndex(dataset([1, 3, 2]));
    const diff = markerDiff(index, new Set(['e0', 'e1']), new Set(['e1', 'e2']));
    expect(diff?.add.map((f) => f.properties.marker)).toEqual([4, 5]);
    expect(diff?.remove).toEqual([0]);
    expect(markerDiff(index, new Set(['e1']), new Set(['e1']))).toEqual({ add: [], remove: [] });
  });

  it('gives no diff when either side is every event (null): the whole data is sent', () => {
    const index = markerIndex(dataset([1, 1]));
    expect(markerDiff(index, null, new Set(['e0']))).toBeNull();
    expect(markerDiff(index, new Set(['e0']), null)).toBeNull();
  });

  it('turns what the source holds for one set of events into what it would hold for another', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 30 }).chain((places) => fc.tuple(
        fc.constant(places),
        fc.subarray(places.map((_, i) => `e${i}`)),
        // Ids the dataset does not have (a stale selection, another dataset's) are ignored.
        fc.subarray([...places.map((_, i) => `e${i}`), 'gone']),
      )),
      ([places, before, after]) => {
        const index = markerIndex(dataset(places));
        const held = markerData(index, new Set(before)).features;
        const diff = markerDiff(index, new Set(before), new Set(after));
        expect(diff).not.toBeNull();
        expect(applied(held, diff!)).toEqual(numbers(markerData(index, new Set(after)).features));
      },
    ));
  });
});
