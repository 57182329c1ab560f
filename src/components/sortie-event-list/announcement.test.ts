import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcementText, createBatcher } from './announcement';

const shayrat = { id: 's', title: 'U.S. missiles strike Shayrat', date: '2017-04-06', place: 'Shayrat Airfield' };
const deal = { id: 'd', title: 'Iran and Syria sign a deal', date: '2020-07-08?', place: 'Damascus' };
const meeting = { id: 'm', title: 'Soleimani meets Putin', date: '2015-07', place: 'Moscow' };
const summit = { id: 'x', title: 'Three-way summit', date: '2020-07-01', place: 'online' };

describe('announcementText', () => {
  it('reads one event with its date in words and its place', () => {
    expect(announcementText([shayrat])).toBe('Event reached: U.S. missiles strike Shayrat, 6 April 2017, Shayrat Airfield.');
  });

  it('says how precise and how certain the date is', () => {
    expect(announcementText([deal])).toBe('Event reached: Iran and Syria sign a deal, 8 July 2020 (inferred), Damascus.');
  });

  it('joins a burst into one message', () => {
    expect(announcementText([shayrat, meeting])).toBe(
      '2 events reached: U.S. missiles strike Shayrat, 6 April 2017, Shayrat Airfield; '
      + 'Soleimani meets Putin, July 2015 (month only), Moscow.',
    );
  });

  it('names three and counts the rest', () => {
    const text = announcementText([shayrat, deal, meeting, summit]);
    expect(text.startsWith('4 events reached: ')).toBe(true);
    expect(text.endsWith('; and 1 more.')).toBe(true);
    expect(text).not.toContain('Three-way summit');
  });

  it('reads a repeated event once and says nothing for none', () => {
    expect(announcementText([shayrat, shayrat])).toBe(announcementText([shayrat]));
    expect(announcementText([])).toBe('');
  });
});

describe('createBatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('flushes a burst once, after the quiet period', () => {
    const flush = vi.fn();
    const batcher = createBatcher<number>(flush, { quietMs: 500, maxWaitMs: 2000 });
    batcher.push([1]);
    vi.advanceTimersByTime(300);
    batcher.push([2, 3]);
    vi.advanceTimersByTime(499);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(flush).toHaveBeenCalledExactlyOnceWith([1, 2, 3]);
  });

  it('flushes by the deadline even while items keep coming', () => {
    const flush = vi.fn();
    const batcher = createBatcher<number>(flush, { quietMs: 500, maxWaitMs: 1000 });
    for (let i = 0; i < 5; i++) {
      batcher.push([i]);
      vi.advanceTimersByTime(300);
    }
    expect(flush).toHaveBeenCalledWith([0, 1, 2, 3]);
  });

  it('drops pending items on cancel', () => {
    const flush = vi.fn();
    const batcher = createBatcher<number>(flush, { quietMs: 500, maxWaitMs: 1000 });
    batcher.push([1]);
    batcher.cancel();
    vi.advanceTimersByTime(5000);
    expect(flush).not.toHaveBeenCalled();
  });
});
