/**
 * What the strip draws over its histogram canvas (histogram.ts, histogram-canvas.ts), per
 * step: the part not shown now dimmed (still to come; in "Recent only", also before the
 * window), the selected event's start ringed, the playhead, and the hover readout. The
 * canvas itself is drawn once per layout, so a step changes only these few nodes.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Axis } from './axis';
import { formatSpan } from './format';
import type { Histogram } from './histogram';
import type { TrackGeometry } from './track-view';
import { formatCount } from '../shared/format';

export interface OverlayState {
  time: number;
  mode: 'cumulative' | 'window';
  windowMs: number;
  /** Start of the selected event, if it passes the filters. */
  selectedStart: number | null;
}

/** The overlay SVG, above the canvas (hidden from assistive tech; the slider speaks for it). */
export function histogramOverlay(axis: Axis, g: TrackGeometry, state: OverlayState): TemplateResult {
  const x = axis.x(state.time);
  const h = g.stripBottom - g.stripTop;
  const from = state.mode === 'window' ? axis.x(Math.max(axis.scale.domain[0], state.time - state.windowMs)) : 0;
  const selected = state.selectedStart === null ? null : axis.x(state.selectedStart);
  return html`<svg class="track-overlay" width=${axis.width} height=${g.height} aria-hidden="true" focusable="false">
    <rect class="dim future" x=${x} y=${g.stripTop} width=${Math.max(0, axis.width - x)} height=${h}></rect>
    ${from > 0 ? svg`<rect class="dim expired" x="0" y=${g.stripTop} width=${from} height=${h}></rect>` : nothing}
    ${selected === null
      ? nothing
      : svg`<rect class="selected-column" x=${Math.floor(selected) - 2} y=${g.stripTop - 1} width="5" height=${h + 2} rx="2"></rect>`}
    <line class="playhead" x1=${x} x2=${x} y1=${g.stripTop - 4} y2=${g.axisY + 8}></line>
    <path class="playhead-handle" transform=${`translate(${x} 0)`} d="M-7 2 H7 V12 L0 18 L-7 12 Z"></path>
  </svg>`;
}

/** "3 Mar – 5 Mar 2004 · 83 events": the column under the mouse, over the strip. */
export function hoverReadout(axis: Axis, histogram: Histogram, column: number | null): TemplateResult | typeof nothing {
  if (column === null || column < 0 || column >= histogram.columns) return nothing;
  const n = histogram.totals[column] ?? 0;
  const from = axis.timeAt(column);
  const to = Math.max(from, axis.timeAt(column + 1) - 1);
  const flip = column > axis.width - 190;
  const text = `${formatSpan(from, to)} · ${n === 1 ? '1 event' : `${formatCount(n)} events`}`;
  return html`<div class="hover-readout ${flip ? 'flip' : ''}" aria-hidden="true"
    style=${styleMap({ left: `${flip ? column - 8 : column + 8}px` })}>${text}</div>`;
}

/** The canvas' accessible name, e.g. "Events over time, by kind: histogram of 100,000 events from 2000 to 2010". */
export function histogramName(histogram: Histogram, domain: readonly [number, number]): string {
  const [a, b] = [new Date(domain[0]).getUTCFullYear(), new Date(domain[1]).getUTCFullYear()];
  const n = histogram.events;
  const years = a === b ? `in ${a}` : `from ${a} to ${b}`;
  return `Events over time, by kind: histogram of ${formatCount(n)} ${n === 1 ? 'event' : 'events'} ${years}`;
}
