import { describe, expect, it } from 'vitest';
import { offscreenGroups, type OffscreenCandidate, type OffscreenView } from './offscreen';

/** A 400×300 map of [30, 25]–[55, 42], projected linearly (enough for the grouping logic). */
const view: OffscreenView = {
  bounds: [30, 25, 55, 42],
  width: 400,
  height: 300,
  inset: { top: 20, right: 60, bottom: 30, left: 20 },
  project: ([lng = 0, lat = 0]) => ({ x: ((lng - 30) / 25) * 400, y: ((42 - lat) / 17) * 300 }),
};

const at = (id: string, place: string, lng: number, lat: number): OffscreenCandidate => ({
  id, place, markers: [[lng, lat]], bbox: [lng, lat, lng, lat],
});

describe('offscreenGroups', () => {
  it('groups events off the map by direction and names their places', () => {
    const groups = offscreenGroups([
      at('a', 'Moscow', 37.6, 55.75),
      at('b', 'Moscow (the Kremlin)', 37.6, 55.75),
      at('c', 'Washington', -77, 38.9),
      at('d', 'Aleppo', 37.2, 36.2),
    ], view);
    expect(groups.map((g) => [g.direction, g.label])).toEqual([
      ['north', '2 events off the map to the north: Moscow'],
      ['west', '1 event off the map to the west: Washington'],
    ]);
    expect(groups[0]?.ids).toEqual(['a', 'b']);
  });

  it('puts each indicator on the inset box, toward its events', () => {
    const [north, west] = offscreenGroups([at('a', 'Moscow', 37.6, 55.75), at('c', 'Washington', -77, 38.9)], view);
    expect(north?.y).toBe(20);
    expect(north?.x).toBeGreaterThan(20);
    expect(north?.x).toBeLessThan(340);
    expect(west?.x).toBe(20);
    expect(west?.angle).toBeGreaterThan(260);
    expect(west?.angle).toBeLessThan(290);
  });

  it('leaves out events with any part in view, and lists many places briefly', () => {
    const border: OffscreenCandidate = { id: 'border', place: 'border', markers: [[47, 30]], bbox: [44, 29, 48, 45] };
    expect(offscreenGroups([border], view)).toEqual([]);
    const south = ['A', 'B', 'C', 'D', 'E'].map((p, i) => at(p, p, 35 + i, 10));
    expect(offscreenGroups(south, view)[0]?.label).toBe('5 events off the map to the south: A, B, C and 2 other places');
    expect(offscreenGroups(south.slice(0, 2), view)[0]?.label).toBe('2 events off the map to the south: A and B');
  });
});
