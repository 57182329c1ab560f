import { describe, expect, it } from 'vitest';
import { nextRowIndex } from './row-keys';

describe('nextRowIndex', () => {
  it('moves one row down and up', () => {
    expect(nextRowIndex('ArrowDown', 4, 80_000)).toBe(5);
    expect(nextRowIndex('ArrowUp', 4, 80_000)).toBe(3);
  });

  it('jumps to the first and last row', () => {
    expect(nextRowIndex('Home', 4, 80_000)).toBe(0);
    expect(nextRowIndex('End', 4, 80_000)).toBe(79_999);
  });

  it('stays put at either end and on the row it is on', () => {
    expect(nextRowIndex('ArrowUp', 0, 10)).toBeNull();
    expect(nextRowIndex('ArrowDown', 9, 10)).toBeNull();
    expect(nextRowIndex('Home', 0, 10)).toBeNull();
    expect(nextRowIndex('End', 9, 10)).toBeNull();
  });

  it('ignores other keys and an empty list', () => {
    expect(nextRowIndex('Enter', 2, 10)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
