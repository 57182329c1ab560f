import { describe, expect, it } from 'vitest';
import { fmt, fmtBytes, markdownTable } from './table';

describe('fmt and fmtBytes', () => {
  it('rounds to the given decimals with thousands separators, and prints a missing figure as a dash', () => {
    expect(fmt(1234.567)).toBe('1,234.6');
    expect(fmt(2, 2)).toBe('2.00');
    expect(fmt(NaN)).toBe('–');
    expect(fmt(null)).toBe('–');
  });

  it('picks KB, MB or GB (1,000-based)', () => {
    expect(fmtBytes(153_400)).toBe('153.4 KB');
    expect(fmtBytes(15_340_000)).toBe('15.3 MB');
    expect(fmtBytes(1_534_000_000)).toBe('1.53 GB');
    expect(fmtBytes(NaN)).toBe('–');
  });
});

describe('markdownTable', () => {
  it('pads every cell to its column, numbers to the right and words to the left', () => {
    const table = markdownTable(['page', 'ms'], [['Sortie', '1.5'], ['MapLibre setData', '1,234.0'], ['none', '–']]);
    expect(table.split('\n')).toEqual([
      '| page             | ms      |',
      '| ---------------- | ------- |',
      '| Sortie           |     1.5 |',
      '| MapLibre setData | 1,234.0 |',
      '| none             |       – |',
    ]);
  });

  it('fills a short row with empty cells', () => {
    expect(markdownTable(['a', 'b'], [['x']]).split('\n')[2]).toBe('| x |   |');
  });
});
