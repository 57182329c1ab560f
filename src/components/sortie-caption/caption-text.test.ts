import { describe, expect, it } from 'vitest';
import { captionFor } from './caption-text';

const e = (id: string, date: string, start: number) => ({ id, title: `Title ${id}`, date, start });

describe('captionFor', () => {
  it('gives one line per event, date in words then title, in time order', () => {
    const caption = captionFor([e('b', '2017-04-07', 2), e('a', '2017-04-04', 1)]);
    expect(caption.lines).toEqual([
      { id: 'a', date: '4 April 2017', title: 'Title a' },
      { id: 'b', date: '7 April 2017', title: 'Title b' },
    ]);
    expect(caption.more).toBe(0);
    expect(caption.spoken).toBe('Reached 4 April 2017: Title a; 7 April 2017: Title b.');
  });

  it('names three and counts the rest; reads a repeated id once', () => {
    const caption = captionFor([e('a', '2015', 1), e('b', '2015', 2), e('c', '2015', 3), e('d', '2015', 4), e('a', '2015', 1)]);
    expect(caption.lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(caption.more).toBe(1);
    expect(caption.spoken).toMatch(/; and 1 more\.$/);
  });

  it('is empty for no events', () => {
    expect(captionFor([])).toEqual({ lines: [], more: 0, spoken: '' });
  });
});
