import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../lib/synthetic';
import { baselineFeatures, featureBounds } from './baseline-page';

describe('baselineFeatures', () => {
  it('gives every point event its closed [start, end] in epoch ms from its EDTF date', () => {
    const dataset = syntheticDataset({ count: 3 });
    dataset.features[0]!.properties.date = '2001-02-03';
    dataset.features[1]!.properties.date = '2001-02-03/2001-02-05';
    const [day, span] = baselineFeatures(dataset);
    expect(day?.properties).toEqual({ start: Date.UTC(2001, 1, 3), end: Date.UTC(2001, 1, 4) - 1 });
    expect(span?.properties).toEqual({ start: Date.UTC(2001, 1, 3), end: Date.UTC(2001, 1, 6) - 1 });
    expect(day?.geometry).toEqual(dataset.features[0]!.geometry);
  });

  it('keeps one feature per point event, with nothing but the times as properties', () => {
    const dataset = syntheticDataset({ count: 500, seed: 7 });
    const features = baselineFeatures(dataset);
    expect(features).toHaveLength(500);
    expect(features.every((f) => Object.keys(f.properties).join() === 'start,end' && f.properties.start <= f.properties.end)).toBe(true);
  });
});

describe('featureBounds', () => {
  it('is the box round every point', () => {
    const at = (x: number, y: number) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [x, y] as [number, number] }, properties: { start: 0, end: 0 } });
    expect(featureBounds([at(10, -5), at(-20, 30), at(5, 0)])).toEqual([-20, -5, 10, 30]);
  });
});
