import { describe, expect, it } from 'vitest';
import { sliceLine } from './slice-line';

describe('sliceLine', () => {
  const line = [
    [0, 0],
    [10, 0],
    [10, 10],
  ];
  it('returns the first part of a line by length', () => {
    expect(sliceLine(line, 0.25)).toEqual([
      [0, 0],
      [5, 0],
    ]);
    expect(sliceLine(line, 0.75)).toEqual([
      [0, 0],
      [10, 0],
      [10, 5],
    ]);
  });
  it('clamps the fraction and keeps the whole line at 1', () => {
    expect(sliceLine(line, 2)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    expect(sliceLine(line, -1)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
