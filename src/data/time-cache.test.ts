import { describe, expect, it } from 'vitest';
import { formatDate, readDate } from './time';

describe('the EDTF parse cache', () => {
  it('gives the same answer the second time, and a bad date throws every time', () => {
    const first = readDate('2016-08-16/2016-08-22');
    expect(readDate('2016-08-16/2016-08-22')).toEqual(first);
    expect(formatDate('2017-04~')).toBe(formatDate('2017-04~'));
    expect(() => readDate('2017-13-45')).toThrow();
    expect(() => readDate('2017-13-45')).toThrow();
    // A malformed date is shown as written, from the cache too.
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
