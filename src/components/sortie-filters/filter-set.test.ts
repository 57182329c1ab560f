import { describe, expect, it } from 'vitest';
import { filterToArray, isOn, onlyValue, toggleValue } from './filter-set';

const abc = ['a', 'b', 'c'];

describe('toggleValue', () => {
  it('turning one off from "all" leaves all but that one', () => {
    expect(toggleValue(abc, null, 'b')).toEqual({ next: new Set(['a', 'c']), refused: false });
  });

  it('turning the last missing one back on gives null (all), not a full set', () => {
    expect(toggleValue(abc, new Set(['a', 'c']), 'b')).toEqual({ next: null, refused: false });
  });

  it('adds a value that is off', () => {
    expect(toggleValue(abc, new Set(['a']), 'c')).toEqual({ next: new Set(['a', 'c']), refused: false });
  });

  it('refuses to turn off the only value left and keeps the filter', () => {
    const current = new Set(['b']);
    expect(toggleValue(abc, current, 'b')).toEqual({ next: current, refused: true });
  });

  it('refuses to turn off the only value of a one-value universe', () => {
    expect(toggleValue(['a'], null, 'a')).toEqual({ next: null, refused: true });
  });

  it('ignores values in the filter that the legend does not offer', () => {
    expect(toggleValue(abc, new Set(['a', 'zz']), 'b')).toEqual({ next: new Set(['a', 'b']), refused: false });
  });
});

describe('onlyValue', () => {
  it('shows just that value', () => {
    expect(onlyValue(abc, 'c')).toEqual(new Set(['c']));
  });

  it('is null when the value is all there is', () => {
    expect(onlyValue(['a'], 'a')).toBeNull();
  });
});

describe('isOn', () => {
  it('treats null as everything on', () => {
    expect(isOn(null, 'x')).toBe(true);
    expect(isOn(new Set(['a']), 'x')).toBe(false);
  });
});

describe('filterToArray', () => {
  it('orders values as the legend does', () => {
    expect(filterToArray(abc, new Set(['c', 'a']))).toEqual(['a', 'c']);
  });

  it('keeps null as null', () => {
    expect(filterToArray(abc, null)).toBeNull();
  });

  it('turns a filter that names nothing on offer into null, so the map is not left blank', () => {
    expect(filterToArray(abc, new Set(['zz']))).toBeNull();
  });
});
