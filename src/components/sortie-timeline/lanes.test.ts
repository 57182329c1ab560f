import { describe, expect, it } from 'vitest';
import { packLanes } from './lanes';

const x = (t: number) => t; // 1 ms = 1 px keeps the numbers readable
const options = { minWidth: 3, symbol: 10, gap: 2 };

describe('packLanes', () => {
  it('puts events that do not overlap in one lane', () => {
    const { marks, lanes } = packLanes([{ start: 0, end: 20 }, { start: 30, end: 40 }], x, options);
    expect(lanes).toBe(1);
    expect(marks.map((m) => m.lane)).toEqual([0, 0]);
  });

  it('stacks overlapping events, counting the symbol and the gap as taken room', () => {
    const items = [
      { start: 0, end: 100 },
      { start: 50, end: 60 },
      // A one-day event: its bar is only minWidth wide but its symbol needs 10 px.
      { start: 200, end: 200 },
      { start: 205, end: 205 },
      { start: 212, end: 212 },
    ];
    const { marks, lanes } = packLanes(items, x, options);
    const laneOf = (start: number) => marks.find((m) => m.item.start === start)?.lane;
    expect(lanes).toBe(2);
    expect([laneOf(0), laneOf(50), laneOf(200), laneOf(205), laneOf(212)]).toEqual([0, 1, 0, 1, 0]);
  });

  it('gives every mark at least the minimum width', () => {
    const { marks } = packLanes([{ start: 10, end: 10 }], x, options);
    expect(marks[0]!.x1 - marks[0]!.x0).toBe(3);
  });

  it('places the longer of two events starting together in the lower lane', () => {
    const { marks } = packLanes([{ start: 0, end: 5 }, { start: 0, end: 50 }], x, options);
    expect(marks.find((m) => m.lane === 0)?.item.end).toBe(50);
  });

  it('stops at maxLanes: sixty events on one day stack ten deep, the rest share the lanes', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ start: 100, end: 100 + i }));
    const { marks, lanes } = packLanes(items, x, { ...options, maxLanes: 10 });
    expect(lanes).toBe(10);
    expect(Math.max(...marks.map((m) => m.lane))).toBe(9);
    expect(marks).toHaveLength(60);
    // Without the cap they would need sixty.
    expect(packLanes(items, x, { ...options, maxLanes: Infinity }).lanes).toBe(60);
  });
});
