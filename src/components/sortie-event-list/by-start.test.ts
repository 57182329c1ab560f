import { describe, expect, it } from 'vitest';
import { byStart } from './by-start';

describe('byStart', () => {
  it('returns an already ordered list itself, without copying', () => {
    const events = [{ start: 1 }, { start: 2 }, { start: 2 }, { start: 5 }];
    expect(byStart(events)).toBe(events);
  });

  it('sorts a list out of order into a copy, leaving the input as it was', () => {
    const events = [{ start: 3, id: 'c' }, { start: 1, id: 'a' }, { start: 2, id: 'b' }];
    expect(byStart(events).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps same-start events in the order they came in', () => {
    const events = [{ start: 2, id: 'x' }, { start: 1, id: 'a' }, { start: 2, id: 'y' }, { start: 2, id: 'z' }];
    expect(byStart(events).map((e) => e.id)).toEqual(['a', 'x', 'y', 'z']);
  });
});
