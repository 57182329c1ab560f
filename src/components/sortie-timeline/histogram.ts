/**
 * The strip at scale: past HISTOGRAM_FROM events, one mark per event is thousands of SVG
 * nodes re-rendered on every step, and marks pile on each other once the lanes are full.
 * Instead the strip shows how many events start in each pixel column, stacked by kind.
 * Binned once per (events, width, domain, kinds) change, never per step. Pure, so tested
 * without a browser; histogram-canvas.ts draws it.
 */
import type { StartsByKind } from '../../state/time-index';

/**
 * From this many events the strip draws the histogram. Below it, marks (each one hoverable
 * and clickable) are kept. 400 marks are ~2,000 SVG nodes whose classes change on every
 * step, and 400 marks fill the strip's 10 lanes on a laptop-wide strip (about 100 marks of
 * 10–12 px per lane) well before that wherever events cluster, as conflict data does.
 */
export const HISTOGRAM_FROM = 400;

/** A non-empty column is at least this tall (CSS px), so a single event is still seen. */
export const MIN_COLUMN_PX = 2;

export interface Histogram {
  /** Columns, one per CSS pixel of the strip's width. */
  columns: number;
  /** Kind ids in stacking order, bottom first. */
  kinds: string[];
  /** counts[k * columns + c]: events of kinds[k] starting in column c. */
  counts: Uint32Array;
  /** Events starting in each column, all kinds. */
  totals: Uint32Array;
  /** The fullest column's total (0 with no events). */
  max: number;
  /** How many events were binned. */
  events: number;
}

/**
 * Bins events by the pixel column of their start: column c holds the starts with
 * c ≤ x(start) < c + 1 (x clamps to the domain, as the marks do). `starts` must be ascending
 * (TimeIndex.startsByKind), each with its kind as a number, so the walk reads two typed
 * arrays and no event (a pass over 10^6 event objects and a kind lookup each took 0.5 s).
 * `timeAt` is the axis' inverse of x, so the walk costs one timeAt per column plus one step
 * per event, not an x() per event (the gap scale's x() is linear in its segments, about two
 * per distinct day). x() is asked only for a start exactly on a column edge, where timeAt
 * is flat (the padding at both ends). Kinds not in `kindOrder` are stacked after it, in the
 * order of `kindNames`.
 */
export function binHistogram(
  { starts, kindCodes, kindNames }: StartsByKind,
  { x, timeAt }: { x: (time: number) => number; timeAt: (px: number) => number },
  width: number,
  kindOrder: Iterable<string>,
): Histogram {
  const columns = Math.max(1, Math.floor(width));
  const kinds = [...kindOrder];
  const slots = new Map(kinds.map((kind, i) => [kind, i]));
  // Every code present is in kindNames; a name the order lacks goes after it.
  const slotOf = Uint32Array.from(kindNames, (kind) => slots.get(kind) ?? slots.set(kind, kinds.push(kind) - 1).get(kind)!);
  const counts = new Uint32Array(kinds.length * columns);
  const totals = new Uint32Array(columns);
  const first = timeAt(0);
  const last = timeAt(columns);
  let c = 0;
  let edge = columns > 1 ? timeAt(1) : Infinity;
  const n = starts.length;
  for (let i = 0; i < n; i++) {
    const start = Math.min(Math.max(starts[i]!, first), last);
    while (c < columns - 1 && (start > edge || (start === edge && x(start) >= c + 1))) {
      c++;
      edge = c < columns - 1 ? timeAt(c + 1) : Infinity;
    }
    counts[slotOf[kindCodes[i]!]! * columns + c]!++;
    totals[c]!++;
  }
  let max = 0;
  for (const total of totals) max = Math.max(max, total);
  return { columns, kinds, counts, totals, max, events: n };
}

/**
 * Height of a column of n events when the fullest has `max`, in a strip `height` px tall:
 * a square-root scale (a column of 4× the events is 2× as tall, so busy and quiet days both
 * read), and never under MIN_COLUMN_PX for one event.
 */
export function columnHeight(n: number, max: number, height: number): number {
  if (n <= 0 || max <= 0) return 0;
  return Math.max(MIN_COLUMN_PX, Math.min(height, height * Math.sqrt(n / max)));
}
