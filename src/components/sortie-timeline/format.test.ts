import { describe, expect, it } from 'vitest';
import { DAY_MS, formatDay, formatDuration, formatEmptyStretch, formatSpan, formatWindowLength } from './format';

const d = (y: number, m: number, day = 1) => Date.UTC(y, m - 1, day);

describe('formatDay', () => {
  it('says the date in words with the weekday, in UTC', () => {
    expect(formatDay(d(2017, 4, 7))).toBe('Friday 7 April 2017');
    // Late in the UTC day is still that day, whatever the reader's timezone.
    expect(formatDay(d(2017, 4, 7) + DAY_MS - 1)).toBe('Friday 7 April 2017');
  });
});

describe('formatSpan', () => {
  it('says a span once where the parts are shared', () => {
    expect(formatSpan(d(2017, 1, 8), d(2017, 4, 7))).toBe('8 January – 7 April 2017');
    expect(formatSpan(d(2016, 12, 8), d(2017, 4, 7))).toBe('8 December 2016 – 7 April 2017');
    expect(formatSpan(d(2017, 4, 1), d(2017, 4, 7) + 3_600_000)).toBe('1–7 April 2017');
  });

  it('says a single day for an empty span', () => {
    expect(formatSpan(d(2017, 4, 7), d(2017, 4, 7))).toBe('7 April 2017');
  });
});

describe('formatDuration', () => {
  it('rounds to days, months or years', () => {
    expect(formatDuration(DAY_MS)).toBe('1 day');
    expect(formatDuration(12 * DAY_MS)).toBe('12 days');
    expect(formatDuration(d(2018, 10, 1) - d(2017, 4, 1))).toBe('18 months');
    expect(formatDuration(d(2015, 1, 1) - d(2004, 1, 1))).toBe('11 years');
  });
});

describe('formatWindowLength', () => {
  it('names the window choices', () => {
    expect(formatWindowLength(30 * DAY_MS)).toBe('30 days');
    expect(formatWindowLength(90 * DAY_MS)).toBe('3 months');
    expect(formatWindowLength(183 * DAY_MS)).toBe('6 months');
    expect(formatWindowLength(365 * DAY_MS)).toBe('1 year');
  });
});

describe('formatEmptyStretch', () => {
  it('names whole empty years as a year range', () => {
    expect(formatEmptyStretch(d(2004, 1) - 1, d(2015, 1))).toBe('2004–2014');
    expect(formatEmptyStretch(d(2004, 1) - 1, d(2005, 1))).toBe('2004');
  });

  it('names part-year stretches by month', () => {
    expect(formatEmptyStretch(d(2017, 5) - 1, d(2018, 1))).toBe('May–December 2017');
    expect(formatEmptyStretch(d(2017, 5) - 1, d(2018, 4))).toBe('May 2017 – March 2018');
  });
});
