/**
 * Draws the inside of the timeline's track: the strip of event marks, the axis with its
 * breaks, the trailing window and the playhead. Pure templates over a laid-out axis, so the
 * element (sortie-timeline.ts) keeps only state and input handling.
 */
import { guard } from 'lit/directives/guard.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { kindStyle, type KindRegistry, type ResolvedKind } from '../../data/dataset-meta';
import { SYMBOL_OUTLINE } from '../../data/kinds';
import { formatDate, isVisibleAt, type TimeMode } from '../../data/time';
import type { SortieEvent } from '../../data/validate';
import type { Jump } from '../../state/playback';
import type { Axis } from './axis';
import { formatDuration } from './format';
import type { Histogram } from './histogram';
import { histogramOverlay } from './histogram-view';
import type { PlacedMark } from './lanes';

/** Everything that depends on the events and the width, not on the time. */
export interface TrackLayout {
  axis: Axis;
  marks: Array<PlacedMark<SortieEvent>>;
  lanes: number;
  /** Past HISTOGRAM_FROM events: the binned strip drawn on the canvas instead of marks (then marks is empty). */
  histogram: Histogram | null;
}

/** Everything that changes while playing or dragging. */
export interface TrackState {
  time: number;
  mode: TimeMode;
  windowMs: number;
  selectedId: string | null;
  jump: Jump | null;
  /** The dataset's kinds, for each mark's colour and symbol. */
  kindRegistry: KindRegistry;
  /** Histogram strip only: start of the selected event (null: none, or filtered out). */
  selectedStart?: number | null;
}

/** A kind's look plus the id of its hatch pattern (kind ids are any text, so patterns are numbered). */
type MarkStyle = ResolvedKind & { hatch: string };

/** Row for the playhead's handle and the "Skipping …" note above the strip. */
const HEAD = 20;
const MAX_STRIP = 84;
/** Phones: a shorter strip, so a short embed fits the map, the buttons and the whole axis. */
const MAX_STRIP_COMPACT = 60;
const MIN_LANES = 3;

export interface TrackGeometry {
  pitch: number;
  stripTop: number;
  stripBottom: number;
  axisY: number;
  height: number;
}

/** The most lanes the strip stacks (at the 8 px minimum pitch); lane packing stops there. */
export function maxLanes(compact = false): number {
  return Math.floor((compact ? MAX_STRIP_COMPACT : MAX_STRIP) / 8);
}

/** Lanes shrink, down to 8 px, rather than let a busy week push the axis off the screen. */
export function trackGeometry(lanes: number, compact = false): TrackGeometry {
  const rows = Math.max(MIN_LANES, lanes);
  const pitch = Math.max(8, Math.min(14, (compact ? MAX_STRIP_COMPACT : MAX_STRIP) / rows));
  const stripBottom = HEAD + rows * pitch;
  const axisY = stripBottom + 6;
  return { pitch, stripTop: HEAD, stripBottom, axisY, height: axisY + 38 };
}

function defs(styles: Iterable<MarkStyle>): SVGTemplateResult {
  // Inferred or approximate dates are hatched; open starts fade in from the left.
  return svg`<defs>
    ${[...styles].map((style) => svg`
      <pattern id=${style.hatch} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="4" height="4" fill="#fff"></rect>
        <rect width="2" height="4" fill=${style.color}></rect>
      </pattern>`)}
    <linearGradient id="fade-start-gradient" x1="0" x2="1" y1="0" y2="0">
      <stop offset="0" stop-color="#000"></stop>
      <stop offset="0.7" stop-color="#fff"></stop>
    </linearGradient>
    <mask id="fade-start" maskContentUnits="objectBoundingBox">
      <rect width="1" height="1" fill="url(#fade-start-gradient)"></rect>
    </mask>
  </defs>`;
}

function symbol(event: SortieEvent, { color, shape }: MarkStyle, x: number, y: number, size: number): SVGTemplateResult {
  const at = `translate(${x} ${y}) scale(${size / 16})`;
  // Hollow for an inferred date, as on the map and in the legend.
  return event.uncertain
    ? svg`<g transform=${at}>
        <path d=${shape} fill="#fff" stroke=${SYMBOL_OUTLINE} stroke-width="3" vector-effect="non-scaling-stroke" stroke-linejoin="round"></path>
        <path d=${shape} fill="#fff" stroke=${color} stroke-width="1.5" vector-effect="non-scaling-stroke" stroke-linejoin="round"></path>
      </g>`
    : svg`<path transform=${at} d=${shape} fill=${color} stroke=${SYMBOL_OUTLINE} stroke-width="0.75"
        vector-effect="non-scaling-stroke" stroke-linejoin="round"></path>`;
}

function mark(m: PlacedMark<SortieEvent>, g: TrackGeometry, state: TrackState, style: MarkStyle): SVGTemplateResult {
  const event = m.item;
  const { color } = style;
  const y = g.stripBottom - (m.lane + 1) * g.pitch;
  const size = Math.max(5, g.pitch - 3);
  const barH = Math.max(3, Math.round(g.pitch * 0.45));
  const width = m.x1 - m.x0;
  const symbolX = event.openStart && width >= size + 2 ? m.x1 - size : m.x0;
  const status = isVisibleAt(event, state.time, state.mode, state.windowMs)
    ? 'shown'
    : event.start > state.time ? 'future' : 'expired';
  const selected = event.id === state.selectedId;
  return svg`<g class="mark ${status}" data-id=${event.id}>
    <title>${event.title}, ${formatDate(event.date)}</title>
    <rect class="hit" x=${m.x0 - 1} y=${y} width=${Math.max(width, size) + 2} height=${g.pitch}></rect>
    ${selected
      ? svg`<rect class="selected" x=${m.x0 - 3} y=${y - 1} width=${Math.max(width, size) + 6} height=${g.pitch + 2} rx="3"></rect>`
      : nothing}
    <rect x=${m.x0} y=${y + (g.pitch - barH) / 2} width=${width} height=${barH} rx="1"
      fill=${event.uncertain ? `url(#${style.hatch})` : color}
      stroke=${SYMBOL_OUTLINE} stroke-opacity="0.55" stroke-width="1" stroke-dasharray=${event.uncertain ? '2 1.5' : nothing}
      mask=${event.openStart ? 'url(#fade-start)' : nothing}></rect>
    ${symbol(event, style, symbolX, y + (g.pitch - size) / 2, size)}
  </g>`;
}

/**
 * The axis: its ticks, labels and breaks, a few hundred nodes over a long span. It depends on
 * the layout, not the time, so the track renders it through `guard` only when the axis or the
 * strip's height changes, not on every step of the playhead.
 */
function axisLine(axis: Axis, g: TrackGeometry): SVGTemplateResult {
  const y = g.axisY;
  return svg`<g class="axis">
    ${axis.scale.segments.map((s) => s.compressed
      ? svg`<line class="gap-line" x1=${axis.x(s.t0)} x2=${axis.x(s.t1)} y1=${y} y2=${y}></line>`
      : svg`<line class="line" x1=${axis.x(s.t0)} x2=${axis.x(s.t1)} y1=${y} y2=${y}></line>`)}
    ${axis.months.map((t) => svg`
      <line class="month-tick" x1=${t.x} x2=${t.x} y1=${y} y2=${y + 4}></line>
      ${t.label ? svg`<text class="month" x=${t.x + 2} y=${y + 15}>${t.label}</text>` : nothing}`)}
    ${axis.years.map((t) => svg`
      <line class="year-tick" x1=${t.x} x2=${t.x} y1=${g.stripTop} y2=${y + 22}></line>
      ${t.label
        ? svg`<text class="year" x=${t.x + 3} y=${y + 32}
            text-anchor=${t.x + 34 > axis.width ? 'end' : 'start'}>${t.label}</text>`
        : nothing}`)}
    ${axis.breaks.map((b) => {
      const cx = (b.x0 + b.x1) / 2;
      const mid = (g.stripTop + g.stripBottom) / 2;
      return svg`<g class="break">
        <rect class="break-area" x=${b.x0} y=${g.stripTop} width=${b.x1 - b.x0} height=${g.stripBottom - g.stripTop}></rect>
        <path class="zigzag" d=${`M${cx - 6} ${y + 5} L${cx - 2} ${y - 5} M${cx + 2} ${y + 5} L${cx + 6} ${y - 5}`}></path>
        ${b.x1 - b.x0 >= 54
          ? svg`<text class="break-label" x=${cx} y=${mid - 2}>${b.label}</text>
              <text class="break-label" x=${cx} y=${mid + 11}>no events</text>`
          : nothing}
      </g>`;
    })}
  </g>`;
}

/** The line goes under the marks so it never hides the event at the current time; the handle goes over. */
function playhead(x: number, g: TrackGeometry, part: 'line' | 'handle'): SVGTemplateResult {
  return part === 'line'
    ? svg`<line class="playhead" x1=${x} x2=${x} y1=${HEAD - 4} y2=${g.axisY + 8}></line>`
    : svg`<path class="playhead-handle" transform=${`translate(${x} 0)`} d="M-7 2 H7 V12 L0 18 L-7 12 Z"></path>`;
}

/** The track's contents: one SVG (hidden from assistive tech; the slider speaks for it) and the jump note. */
export function trackTemplate(layout: TrackLayout, state: TrackState, empty: boolean, compact = false): TemplateResult {
  const { axis } = layout;
  const g = trackGeometry(layout.lanes, compact);
  const x = axis.x(state.time);
  const windowStart = Math.max(axis.scale.domain[0], state.time - state.windowMs);
  const jump = state.jump;
  const flip = x > axis.width - 170;
  const styles = new Map<string, MarkStyle>();
  let n = 0;
  for (const kind of state.kindRegistry.values()) styles.set(kind.id, { ...kind, hatch: `hatch-${n++}` });
  const styleOf = (id: string): MarkStyle => styles.get(id)
    ?? styles.set(id, { ...kindStyle(state.kindRegistry, id), hatch: `hatch-${n++}` }).get(id) as MarkStyle;
  const marks = layout.marks.map((m) => mark(m, g, state, styleOf(m.item.kind)));
  // The histogram's bars are on a canvas between this SVG and an overlay with the playhead.
  const bars = layout.histogram !== null;
  return html`
    <svg class="track-svg" width=${axis.width} height=${g.height} aria-hidden="true" focusable="false">
      ${defs(styles.values())}
      <rect class="strip-bg" x="0" y=${g.stripTop} width=${axis.width} height=${g.stripBottom - g.stripTop}></rect>
      ${state.mode === 'window'
        ? svg`<rect class="window" x=${axis.x(windowStart)} y=${g.stripTop} width=${Math.max(1, x - axis.x(windowStart))}
            height=${g.stripBottom - g.stripTop}></rect>`
        : nothing}
      ${jump
        ? svg`<rect class="jump" x=${axis.x(jump.from)} y=${g.stripTop} width=${axis.x(jump.to) - axis.x(jump.from)}
            height=${g.stripBottom - g.stripTop}></rect>`
        : nothing}
      ${guard([axis, g.axisY, g.stripTop, g.stripBottom], () => axisLine(axis, g))}
      ${bars ? nothing : playhead(x, g, 'line')}
      ${marks}
      ${empty
        ? svg`<text class="empty" x=${axis.width / 2} y=${(g.stripTop + g.stripBottom) / 2 + 4}>No events match the filters</text>`
        : nothing}
      ${bars ? nothing : playhead(x, g, 'handle')}
    </svg>
    ${bars
      ? histogramOverlay(axis, g, { time: state.time, mode: state.mode, windowMs: state.windowMs, selectedStart: state.selectedStart ?? null })
      : nothing}
    ${jump
      ? html`<div class="jump-note ${flip ? 'flip' : ''}" aria-hidden="true" style=${styleMap({ left: `${flip ? x - 12 : x + 12}px` })}>
          Skipping ${formatDuration(jump.to - jump.from)} ⟶
        </div>`
      : nothing}
  `;
}
