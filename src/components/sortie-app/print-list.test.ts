import { describe, expect, it } from 'vitest';
import { EventRun } from '../../state/event-run';
import { moreText, PRINT_MAX, printedEvents } from './print-list';

// The visible events as the time index gives them: by start.
const events = (n: number) => EventRun.of(Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: i + 1 })));

describe('printedEvents', () => {
  it('prints every event of a short list, in the order given', () => {
    const { shown, more } = printedEvents(events(3));
    expect(shown.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
    expect(more).toBe(0);
  });

  it('prints the first PRINT_MAX by start time and counts the rest', () => {
    const { shown, more } = printedEvents(events(100_000));
    expect(shown).toHaveLength(PRINT_MAX);
    expect(shown[0]!.start).toBe(1);
    expect(shown[PRINT_MAX - 1]!.start).toBe(PRINT_MAX);
    expect(more).toBe(100_000 - PRINT_MAX);
  });

  it('prints exactly PRINT_MAX events with nothing left over', () => {
    expect(printedEvents(events(PRINT_MAX)).more).toBe(0);
  });
});

describe('moreText', () => {
  it('says how many were left out, and where to get them when the page can download', () => {
    expect(moreText(99_500, true)).toBe('…and 99,500 more events are on the map at this date but not printed. Download data, Events shown (CSV), has all of them.');
    expect(moreText(1, false)).toBe('…and 1 more event is on the map at this date but not printed.');
  });

  it('says nothing when every event was printed', () => {
    expect(moreText(0, true)).toBe('');
  });
});
