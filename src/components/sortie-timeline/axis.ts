/**
 * The timeline's horizontal axis: a gap-compressed scale (src/state/gap-scale.ts) fitted to
 * a pixel width, with the year and month ticks that fit at that width and the breaks where
 * an empty stretch was squeezed. Pure, so it is tested without a browser.
 */
import { coveredStretches, createGapScale, type GapScale } from '../../state/gap-scale';
import { DAY_MS, formatEmptyStretch } from './format';

export interface AxisOptions {
  /** Empty stretches longer than this (ms) are squeezed. */
  maxGap: number;
  /** The least scaled length (ms) a squeezed stretch keeps. */
  gapSize: number;
  /**
   * Share of the width a squeezed stretch aims for, kept within [minBreakPx, maxBreakPx],
   * so the break is wide enough to be seen and, on wide screens, to carry its label.
   */
  breakShare: number;
  minBreakPx: number;
  maxBreakPx: number;
  /** Room (px) at both ends so marks and the playhead handle are not cut off. */
  pad: number;
}

export const DEFAULT_AXIS_OPTIONS: AxisOptions = {
  maxGap: 300 * DAY_MS,
  gapSize: 60 * DAY_MS,
  breakShare: 0.08,
  minBreakPx: 28,
  maxBreakPx: 110,
  pad: 14,
};

export interface Tick {
  time: number;
  x: number;
  /** Empty when there is no room for a label; the tick is still drawn. */
  label: string;
}

/** A squeezed empty stretch, drawn as a broken piece of axis. */
export interface AxisBreak {
  /** Last covered millisecond before the stretch, and first after it. */
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** "2004–2014" */
  label: string;
}

export interface Axis {
  width: number;
  scale: GapScale;
  /** Pixel position of a time (clamped to the domain). */
  x(time: number): number;
  /** Time at a pixel position (clamped to the domain). */
  timeAt(x: number): number;
  years: Tick[];
  /** Month ticks; empty when months would be closer than a few pixels. */
  months: Tick[];
  breaks: AxisBreak[];
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Rough widths of a year label ("2015", bold) and a month label ("Sep") with their spacing. */
const YEAR_LABEL_PX = 36;
const MONTH_LABEL_PX = 28;
const MIN_MONTH_TICK_PX = 4;

/** First millisecond of month `m` of year `y`, UTC. Date.UTC would read years 0–99 as 1900–1999. */
const monthStart = (y: number, m = 0) => new Date(0).setUTCFullYear(y, m, 1);

/** Keeps labels left to right while they are at least `room` apart; the rest lose their label. */
function spaceLabels(ticks: Tick[], room: number): Tick[] {
  let last = -Infinity;
  return ticks.map((tick) => {
    if (!tick.label || tick.x - last < room) return { ...tick, label: '' };
    last = tick.x;
    return tick;
  });
}

/**
 * Builds the axis for events' intervals over `domain` at `width` px. With no intervals the
 * axis is plain linear (there is nothing to squeeze around).
 */
export function buildAxis(
  intervals: ReadonlyArray<readonly [number, number]>,
  domain: readonly [number, number],
  width: number,
  options: AxisOptions = DEFAULT_AXIS_OPTIONS,
): Axis {
  const span: [number, number] = [Math.min(...domain), Math.max(...domain)];
  // Merged once here: each gap scale below then merges a few stretches, not every event.
  const covered = intervals.length ? coveredStretches(intervals) : [span];
  const inner = Math.max(1, width - 2 * options.pad);

  // Squeezed stretches get a fixed scaled length; solve for the one that gives each the
  // target pixel width, but never less than options.gapSize.
  let scale = createGapScale(covered, span, options);
  const gaps = scale.segments.filter((s) => s.compressed).length;
  if (gaps > 0) {
    const target = Math.min(Math.max(inner * options.breakShare, options.minBreakPx), options.maxBreakPx);
    const rest = scale.length - gaps * options.gapSize;
    const room = inner - target * gaps;
    const gapSize = room > 0 ? Math.max(options.gapSize, (target * rest) / room) : options.gapSize;
    scale = createGapScale(covered, span, { maxGap: options.maxGap, gapSize });
  }

  const perPx = scale.length / inner;
  const x = (time: number) => (scale.length === 0 ? options.pad : options.pad + scale.toScaled(time) / perPx);
  const timeAt = (px: number) => scale.toTime((px - options.pad) * perPx);
  const open = (time: number) => time >= span[0] && time <= span[1] && scale.gapAt(time) === null;

  const yearTicks: Tick[] = [];
  for (let y = new Date(span[0]).getUTCFullYear(); y <= new Date(span[1]).getUTCFullYear(); y++) {
    const time = monthStart(y);
    if (open(time)) yearTicks.push({ time, x: x(time), label: String(y) });
  }
  const years = spaceLabels(yearTicks, YEAR_LABEL_PX);
  // A domain that starts mid-year still says which year it is, if there is room.
  const first = years.find((t) => t.label);
  if (!years.length || years[0]!.time > span[0]) {
    if (!first || first.x - options.pad >= YEAR_LABEL_PX) {
      years.unshift({ time: span[0], x: options.pad, label: String(new Date(span[0]).getUTCFullYear()) });
    }
  }

  const monthPx = (30.44 * DAY_MS) / perPx;
  const every = monthPx >= MONTH_LABEL_PX ? 1 : monthPx * 3 >= MONTH_LABEL_PX ? 3 : 0;
  const months: Tick[] = [];
  if (monthPx >= MIN_MONTH_TICK_PX) {
    const start = new Date(span[0]);
    for (let m = start.getUTCMonth() + 1; ; m++) {
      const time = monthStart(start.getUTCFullYear(), m);
      if (time > span[1]) break;
      const month = new Date(time).getUTCMonth();
      if (month === 0 || !open(time)) continue;
      const label = every && month % every === 0 ? (SHORT_MONTHS[month] ?? '') : '';
      months.push({ time, x: x(time), label });
    }
  }

  const breaks = scale.segments
    .filter((s) => s.compressed)
    .map((s) => ({ from: s.t0, to: s.t1, x0: x(s.t0), x1: x(s.t1), label: formatEmptyStretch(s.t0, s.t1) }));

  return { width, scale, x, timeAt, years, months, breaks };
}
