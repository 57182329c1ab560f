import { describe, expect, it } from 'vitest';
import { addMonths, clampTime, stepTarget } from './navigation';

const d = (y: number, m: number, day = 1) => Date.UTC(y, m - 1, day);
const events = [
  { id: 'b', start: d(2017, 4, 4), end: d(2017, 4, 5) },
  { id: 'a', start: d(2015, 7, 1), end: d(2015, 8, 1) },
  { id: 'c', start: d(2017, 4, 4), end: d(2017, 4, 4) },
  { id: 'd', start: d(2020, 7, 8), end: d(2020, 7, 9) },
];

describe('stepTarget', () => {
  it('finds the nearest start strictly after or before the time, whatever the order given', () => {
    expect(stepTarget(events, d(2016, 1, 1), 1)).toEqual({ time: d(2017, 4, 4), eventId: 'b' });
    expect(stepTarget(events, d(2016, 1, 1), -1)).toEqual({ time: d(2015, 7, 1), eventId: 'a' });
  });

  it('moves on from an event\'s own start', () => {
    expect(stepTarget(events, d(2017, 4, 4), 1)?.eventId).toBe('d');
    expect(stepTarget(events, d(2017, 4, 4), -1)?.eventId).toBe('a');
  });

  it('returns null past the first or last event, and with no events', () => {
    expect(stepTarget(events, d(2015, 7, 1), -1)).toBeNull();
    expect(stepTarget(events, d(2020, 7, 8), 1)).toBeNull();
    expect(stepTarget([], d(2017, 1, 1), 1)).toBeNull();
  });
});

describe('addMonths', () => {
  it('moves by calendar months in UTC, keeping the time of day', () => {
    expect(addMonths(d(2017, 4, 7) + 3_600_000, 1)).toBe(d(2017, 5, 7) + 3_600_000);
    expect(addMonths(d(2017, 1, 15), -1)).toBe(d(2016, 12, 15));
    expect(addMonths(d(2017, 12, 15), 1)).toBe(d(2018, 1, 15));
  });

  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths(d(2017, 1, 31), 1)).toBe(d(2017, 2, 28));
    expect(addMonths(d(2016, 3, 31), -1)).toBe(d(2016, 2, 29));
  });
});

describe('clampTime', () => {
  it('keeps a time within the domain', () => {
    expect(clampTime(5, [10, 20])).toBe(10);
    expect(clampTime(25, [10, 20])).toBe(20);
    expect(clampTime(15, [10, 20])).toBe(15);
  });
});
