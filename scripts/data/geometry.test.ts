import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { joinLines, sharedBorder } from './border';
import { geometryProblem, representativePoint, ringCrossing } from './geometry';

const square: Position[] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];

describe('ringCrossing', () => {
  it('finds where a bow tie crosses itself', () => {
    expect(ringCrossing([[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]])).toEqual([1, 1]);
  });

  it('finds edges that cross at a vertex of neither', () => {
    expect(ringCrossing([[0, 0], [4, 0], [4, 3], [1, -1], [0, 3], [0, 0]])).not.toBeNull();
  });

  it('accepts a simple ring', () => {
    expect(ringCrossing(square)).toBeNull();
  });
});

describe('geometryProblem', () => {
  it('names a position out of range', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [34.5, 236.9] })).toMatch(/latitude 236.9 is outside/);
  });

  it('reports a ring that touches itself at a vertex', () => {
    const touching: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 1], [2, 1], [2, 0], [1, -1], [0, 0]]] };
    expect(geometryProblem(touching)).not.toBeNull();
  });

  it('reports a self-crossing polygon that boolean-valid alone would pass', () => {
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] };
    expect(geometryProblem(bowTie)).toMatch(/crosses itself near \[1,1\]/);
  });
});

describe('joinLines', () => {
  it('chains pieces that meet end to end, whichever way they run', () => {
    const lines = joinLines([[[2, 0], [3, 0]], [[0, 0], [1, 0]], [[2, 0], [1, 0]]]);
    expect(lines).toHaveLength(1);
    const xs = lines[0]!.map(([x]) => x);
    expect([xs, [...xs].reverse()]).toContainEqual([0, 1, 2, 3]);
  });

  it('keeps pieces apart that do not meet', () => {
    expect(joinLines([[[0, 0], [1, 0]], [[5, 0], [6, 0]]])).toHaveLength(2);
  });
});

describe('sharedBorder', () => {
  it('is the common edge of two neighbouring squares', () => {
    const east: Polygon = { type: 'Polygon', coordinates: [[[2, 0], [4, 0], [4, 2], [2, 2], [2, 0]]] };
    const border = sharedBorder({ type: 'Polygon', coordinates: [square] }, east);
    expect(border?.geometry).toEqual({ type: 'LineString', coordinates: [[2, 0], [2, 2]] });
    expect(border?.lengthKm).toBeCloseTo(222.4, 0);
  });

  it('is null for countries that do not touch', () => {
    const far: Polygon = { type: 'Polygon', coordinates: [[[10, 10], [11, 10], [11, 11], [10, 10]]] };
    expect(sharedBorder({ type: 'Polygon', coordinates: [square] }, far)).toBeNull();
  });
});

describe('representativePoint', () => {
  it('stays inside a C-shaped area whose centroid is in the gap', () => {
    const c: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 3], [4, 3], [4, 4], [0, 4], [0, 0]]] };
    const [x, y] = representativePoint(c) as [number, number];
    const inside = (x > 0 && x < 1 && y > 0 && y < 4) || (y > 0 && y < 1) || (y > 3 && y < 4);
    expect(inside).toBe(true);
  });

  it('uses the largest part of a country with islands', () => {
    const [x] = representativePoint({ type: 'MultiPolygon', coordinates: [[[[50, 0], [50.1, 0], [50.1, 0.1], [50, 0]]], [square]] }) as [number];
    expect(x).toBeLessThan(2);
  });
});
