import { describe, expect, it } from 'vitest';
import { formatDate, isRecentAt, isUncertain, isVisibleAt, parseInterval, precisionOf } from './time';

// Dates are UTC throughout (edtf computes min/max in UTC). Pin the zone anyway so a
// stray local-time call would show up the same way on every machine.
process.env.TZ = 'UTC';

const utc = (y: number, m: number, d = 1, h = 0, min = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, min, s, ms);
const DAY = 86_400_000;

describe('parseInterval', () => {
  it('spans the whole day for a day-precision date', () => {
    expect(parseInterval('2017-04-04')).toEqual({
      start: utc(2017, 4, 4),
      end: utc(2017, 4, 4, 23, 59, 59, 999),
      openStart: false,
      openEnd: false,
    });
  });

  it('spans the whole month for a month-precision date, including leap days', () => {
    const { start, end } = parseInterval('2016-02');
    expect(start).toBe(utc(2016, 2, 1));
    expect(end).toBe(utc(2016, 2, 29, 23, 59, 59, 999));
  });

  it('spans the whole year for an uncertain year', () => {
    const { start, end } = parseInterval('2019?');
    expect([start, end]).toEqual([utc(2019, 1, 1), utc(2019, 12, 31, 23, 59, 59, 999)]);
  });

  it('runs from the first day of the lower end to the last of the upper end', () => {
    const { start, end } = parseInterval('2016-08-16/2016-08-17');
    expect([start, end]).toEqual([utc(2016, 8, 16), utc(2016, 8, 18) - 1]);
  });

  it.each(['/2015-07', '../2015-07'])('places an interval with no start (%s) at its end period', (date) => {
    expect(parseInterval(date)).toEqual({
      start: utc(2015, 7, 1),
      end: utc(2015, 8, 1) - 1,
      openStart: true,
      openEnd: false,
    });
  });

  it.each(['2015-07/', '2015-07/..'])('ends an interval with no end (%s) with its start period', (date) => {
    expect(parseInterval(date)).toEqual({
      start: utc(2015, 7, 1),
      end: utc(2015, 8, 1) - 1,
      openStart: false,
      openEnd: true,
    });
  });

  it('throws on text that is not EDTF', () => {
    expect(() => parseInterval('April 2017')).toThrow();
    expect(() => parseInterval('2017-13-01')).toThrow();
  });
});

describe('precisionOf', () => {
  it.each([
    ['2017-04-04', 'day'],
    ['2015-07', 'month'],
    ['2017-04-XX', 'month'],
    ['2019?', 'year'],
    ['2016-21', 'season'],
    ['2016-08-16/2016-08-17', 'interval'],
    ['../2015-07', 'interval'],
  ])('%s has %s precision', (date, precision) => {
    expect(precisionOf(date)).toBe(precision);
  });
});

describe('isUncertain', () => {
  it.each([
    ['2020-07-08?', true],
    ['2019~', true],
    ['2016-08%', true],
    ['2016-08-16?/2016-08-17', true],
    ['2017-04-04', false],
    ['/2015-07', false],
  ])('%s → %s', (date, expected) => {
    expect(isUncertain(date)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2017-04-04', '4 April 2017'],
    ['2015-07', 'July 2015 (month only)'],
    ['2019', '2019 (year only)'],
    ['2016-08-16/2016-08-17', '16–17 August 2016'],
    ['2016-05-03/2016-06-02', '3 May – 2 June 2016'],
    ['2014-06/2014-08', 'June–August 2014'],
    ['2014/2016', '2014–2016'],
    ['2015-11/2016-02', 'November 2015 – February 2016'],
    ['2020-07-08?', '8 July 2020 (inferred)'],
    ['2019?', '2019 (year only, inferred)'],
    ['2019~', '2019 (year only, approximate)'],
    ['/2015-07', 'by July 2015 (start not stated)'],
    ['../2015-07', 'by July 2015 (start not stated)'],
    ['2015-07/', 'from July 2015 (end not stated)'],
    ['2016-21', 'Spring 2016'],
    ['[2016,2017]', '2016 or 2017'],
  ])('%s reads "%s"', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });

  it('gives back text that is not EDTF unchanged rather than throwing', () => {
    expect(formatDate('sometime')).toBe('sometime');
  });
});

describe('isVisibleAt', () => {
  const event = { start: utc(2017, 4, 4), end: utc(2017, 4, 5) - 1 };

  it('cumulative: hidden before the start, visible from the exact start millisecond on', () => {
    expect(isVisibleAt(event, event.start - 1, 'cumulative')).toBe(false);
    expect(isVisibleAt(event, event.start, 'cumulative')).toBe(true);
    expect(isVisibleAt(event, utc(2020, 1, 1), 'cumulative')).toBe(true);
  });

  it('window: visible while the window [t − w, t] touches the interval, edges included', () => {
    const w = 7 * DAY;
    expect(isVisibleAt(event, event.start - 1, 'window', w)).toBe(false);
    expect(isVisibleAt(event, event.start, 'window', w)).toBe(true);
    expect(isVisibleAt(event, event.end + w, 'window', w)).toBe(true);
    expect(isVisibleAt(event, event.end + w + 1, 'window', w)).toBe(false);
  });

  it('window of zero: visible exactly while t is inside [start, end]', () => {
    expect(isVisibleAt(event, event.end, 'window')).toBe(true);
    expect(isVisibleAt(event, event.end + 1, 'window')).toBe(false);
  });
});

describe('isRecentAt', () => {
  const event = { start: utc(2017, 4, 4), end: utc(2017, 4, 5) - 1 };
  const recent = 30 * DAY;

  it('is recent from its start until recentMs after its end, both edges included', () => {
    expect(isRecentAt(event, event.start - 1, recent)).toBe(false);
    expect(isRecentAt(event, event.start, recent)).toBe(true);
    expect(isRecentAt(event, event.end + recent, recent)).toBe(true);
    expect(isRecentAt(event, event.end + recent + 1, recent)).toBe(false);
  });
});
