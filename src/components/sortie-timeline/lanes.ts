/**
 * Stacks the strip's marks in lanes so that events close in time do not hide each other.
 * Works in pixels, because what overlaps depends on the width the strip has.
 */
import type { Timed } from '../../data/time';

export interface LaneOptions {
  /** Narrowest a mark is drawn (px), so a one-day event is still visible and clickable. */
  minWidth: number;
  /** Width of the kind symbol drawn at a mark's start (px); it takes room too. */
  symbol: number;
  /** Space kept between two marks in one lane (px). */
  gap: number;
  /**
   * Most lanes the strip stacks. Past it, a mark shares the lane that frees up first (it
   * overlaps), so a dataset with 60 events on one day does not grow the strip over the map.
   */
  maxLanes: number;
}

export const DEFAULT_LANE_OPTIONS: LaneOptions = { minWidth: 3, symbol: 10, gap: 2, maxLanes: 10 };

export interface PlacedMark<T> {
  item: T;
  /** The mark's bar, in px. */
  x0: number;
  x1: number;
  /** 0 is the lane next to the axis. */
  lane: number;
}

/**
 * First-fit lane packing, earliest first (longer first on ties so long bars sit low).
 * The order of the input does not matter; the output follows the packing order.
 */
export function packLanes<T extends Timed>(
  items: readonly T[],
  x: (time: number) => number,
  options: Partial<LaneOptions> = {},
): { marks: Array<PlacedMark<T>>; lanes: number } {
  const o: LaneOptions = { ...DEFAULT_LANE_OPTIONS, ...options };
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const laneEnds: number[] = [];
  const marks = sorted.map((item) => {
    const x0 = x(item.start);
    const x1 = Math.max(x(item.end), x0 + o.minWidth);
    const reach = Math.max(x1, x0 + o.symbol);
    let lane = laneEnds.findIndex((end) => end + o.gap <= x0);
    if (lane === -1 && laneEnds.length < o.maxLanes) lane = laneEnds.push(reach) - 1;
    else {
      if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = Math.max(laneEnds[lane] ?? reach, reach);
    }
    return { item, x0, x1, lane };
  });
  return { marks, lanes: laneEnds.length };
}
