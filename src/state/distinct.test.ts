import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachDistinct } from './distinct';

describe('forEachDistinct', () => {
  it('calls back once per distinct value, in order of first appearance, as a Set iterates', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('A', 'B', 'C', ''), { maxLength: 6 }), (list) => {
      const seen: string[] = [];
      forEachDistinct(list, (v) => seen.push(v));
      expect(seen).toEqual([...new Set(list)]);
    }), { seed: 20_261_206, numRuns: 300 });
  });
});
