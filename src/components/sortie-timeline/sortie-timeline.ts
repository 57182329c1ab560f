import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TimeMode } from '../../data/time';
import { EMPTY_META, kindStyle, type KindRegistry } from '../../data/dataset-meta';
import type { SortieEvent } from '../../data/validate';
import { sortieModeChange } from '../../events/sortie-mode-change';
import { sortiePlayToggle } from '../../events/sortie-play-toggle';
import { sortiePlaybackChange } from '../../events/sortie-playback-change';
import { sortieStep } from '../../events/sortie-step';
import { sortieTimeInput, type TimeInputSource } from '../../events/sortie-time-input';
import type { Jump, Pacing } from '../../state/playback';
import { DEFAULT_WINDOW_MS } from '../../state/store';
import { coveredStretches } from '../../state/gap-scale';
import { TimeIndex } from '../../state/time-index';
import { buildAxis } from './axis';
import { DAY_MS, formatDay, formatSpan, formatWindowLength } from './format';
import { packLanes } from './lanes';
import { maxLanes } from './track-view';
import { addMonths, clampTime } from './navigation';
import { binHistogram, HISTOGRAM_FROM } from './histogram';
import { drawHistogram } from './histogram-canvas';
import { histogramName, hoverReadout } from './histogram-view';
import '../sortie-settings/sortie-settings';
import { styles } from './sortie-timeline.styles';
import { trackGeometry, trackTemplate, type TrackLayout } from './track-view';

const SPEEDS = [0.5, 1, 2, 4];
const WINDOWS = [30, 90, 183, 365].map((days) => days * DAY_MS);
/**
 * Below this track width the controls stack (phones, narrow embeds) and speed, skip, loop
 * and mode move into the "Playback settings" menu, so the strip fits on the first screen.
 */
const COMPACT_BELOW = 600;
/** A press on a mark that moves less than this (px) is a click on the mark, not a drag. */
const CLICK_SLOP = 4;
/** A finger must move this far sideways (px) before it scrubs: a swipe that starts on the strip scrolls the page. */
const TOUCH_SLOP = 8;

const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;
const PLAY = 'M8 5v14l11-7z';
const PAUSE = 'M6 5h4v14H6zM14 5h4v14h-4z';
const PREVIOUS = 'M6 6h2v12H6zM9.5 12 18 6v12z';
const NEXT = 'M16 6h2v12h-2zM6 6l8.5 6L6 18z';

interface Drag {
  pointerId: number;
  left: number;
  startX: number;
  /** The mark pressed, until the pointer moves far enough to make it a drag. */
  markId: string | null;
  /**
   * A finger or pen that has not moved sideways yet: it may still become a vertical swipe,
   * which the browser takes to scroll the page (touch-action: pan-y) and ends with
   * pointercancel. Until then it changes nothing.
   */
  undecided: boolean;
}

/**
 * @summary The time slider under the map: a strip of the events by kind over a
 * gap-compressed axis, the current date in words, and the playback controls.
 *
 * It keeps no copy of the time: it draws `time` and sends what the reader asks for.
 *
 * @event sortie-time-input - Drag, slider keys or a click on a mark. Detail: `{ time, source, eventId? }`.
 * @event sortie-play-toggle - Play or Pause pressed. Detail: `{ playing }` (the state asked for).
 * @event sortie-step - Previous / Next event pressed. Detail: `{ direction, time, eventId }`.
 * @event sortie-playback-change - Speed, pacing or loop changed. Detail: `{ speed? , pacing?, loop? }`.
 * @event sortie-mode-change - "All so far" / "Recent only" or the window length changed. Detail: `{ mode, windowMs }`.
 *
 * @cssproperty --sortie-ink - Text and playhead colour.
 * @cssproperty --sortie-muted - Secondary text (axis labels).
 * @cssproperty --sortie-accent - Window band, checked controls.
 * @cssproperty --sortie-focus - Focus ring.
 */
@customElement('sortie-timeline')
export class SortieTimeline extends LitElement {
  static override styles = styles;

  @query('.track') private track!: HTMLElement;
  @query('canvas.histogram') private canvas!: HTMLCanvasElement | null;

  /** Width of the track in px, from a ResizeObserver; 0 until measured. */
  @state() private width = 0;
  /** The histogram column under the mouse, for the readout; null when none. */
  @state() private hoverColumn: number | null = null;
  /** window.devicePixelRatio, kept so the canvas redraws sharp when it changes (zoom, another screen). */
  @state() private dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;

  /** Events that pass the filters: the strip shows them and Previous / Next step through them. */
  @property({ attribute: false }) events: SortieEvent[] = [];
  /**
   * TimeIndex.build(events), if the root has it already (it builds one per dataset and
   * filter change); without it the timeline builds its own when `events` changes.
   */
  @property({ attribute: false }) timeIndex: TimeIndex | null = null;
  /** The dataset's kinds (colour and symbol of each mark). */
  @property({ attribute: false }) kindRegistry: KindRegistry = EMPTY_META.kinds;
  /**
   * Events that shape the axis (which empty stretches are squeezed); defaults to `events`.
   * Pass every event so the axis holds still while filters change.
   */
  @property({ attribute: false }) axisEvents: SortieEvent[] | null = null;
  /** [start, end] of the dataset, epoch ms. */
  /** Compared by value: the root passes a new pair each render, and a new layout costs O(events). */
  @property({ attribute: false, hasChanged: (a: [number, number], b?: [number, number]) => !b || a[0] !== b[0] || a[1] !== b[1] })
  domain: [number, number] = [0, 0];
  /** The time shown, epoch ms (UTC). */
  @property({ type: Number }) time = 0;
  @property({ type: Boolean }) playing = false;
  /** Playback speed multiplier: 0.5, 1, 2 or 4. */
  @property({ type: Number }) speed = 1;
  /** 'events' (skip empty stretches) or 'linear'. */
  @property() pacing: Pacing = 'events';
  @property({ type: Boolean }) loop = false;
  /** 'cumulative' (all so far) or 'window' (recent only). */
  @property() mode: TimeMode = 'cumulative';
  /** Length of the trailing window in 'window' mode, ms. */
  @property({ type: Number, attribute: 'window-ms' }) windowMs = DEFAULT_WINDOW_MS;
  /** The empty stretch playback is skipping right now, if any (shown at the playhead). */
  @property({ attribute: false }) jump: Jump | null = null;
  /** Id of the selected event, outlined on the strip. */
  @property({ attribute: 'selected-id' }) selectedId: string | null = null;
  /**
   * Phone layout: the slider comes straight after the date and the buttons, the options
   * below it (in the same order for the keyboard), so a short embed shows the slider first.
   * Also used whenever the element itself is narrower than 600 px.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  #layout: TrackLayout | null = null;
  /** The index the timeline built for itself when given none. */
  #ownIndex: TimeIndex | null = null;
  /** The layout and ratio the canvas was last drawn for: it redraws only when one changes. */
  #drawn: { layout: TrackLayout; dpr: number } | null = null;
  /** Start of the selected event (histogram strip), found when the selection or the events change. */
  #selectedStart: number | null = null;
  #dprQuery: MediaQueryList | null = null;
  #resize: ResizeObserver | null = null;
  #drag: Drag | null = null;
  /** Drag input is sent at most once per frame: the frame in flight, and the time held back. */
  #frame: number | null = null;
  #pending: number | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize = new ResizeObserver(this.handleResize);
    void this.updateComplete.then(() => this.#resize?.observe(this.track));
    this.#watchDpr();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = null;
    if (this.#frame !== null) cancelAnimationFrame(this.#frame);
    this.#frame = null;
    this.#pending = null;
    this.#drag = null;
    this.#dprQuery?.removeEventListener('change', this.handleDpr);
    this.#dprQuery = null;
    this.#drawn = null;
  }

  protected override firstUpdated(): void {
    // Measured once now, so the strip is in the first frame the timeline shows. Waiting for
    // the ResizeObserver drew it a frame later: the timeline grew twice, and the map above
    // it reallocated and redrew its canvas each time.
    const width = Math.floor(this.track.getBoundingClientRect().width);
    if (width > 0) this.width = width;
  }

  /** The index Previous / Next and the histogram read: the root's, else one built here. */
  get #index(): TimeIndex {
    if (this.timeIndex) return this.timeIndex;
    this.#ownIndex ??= TimeIndex.build(this.events);
    return this.#ownIndex;
  }

  /** A resolution query matches only the current ratio, so its change means the ratio changed. */
  #watchDpr(): void {
    if (typeof matchMedia !== 'function') return;
    this.#dprQuery?.removeEventListener('change', this.handleDpr);
    this.#dprQuery = matchMedia(`(resolution: ${this.dpr}dppx)`);
    this.#dprQuery.addEventListener('change', this.handleDpr);
  }

  private readonly handleDpr = (): void => {
    this.dpr = devicePixelRatio;
    this.#watchDpr();
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events')) this.#ownIndex = null;
    // The layout depends on the events and the width only; time changes just redraw.
    if (changed.has('events') || changed.has('timeIndex') || changed.has('axisEvents') || changed.has('domain')
      || changed.has('width') || changed.has('kindRegistry') || changed.has('compact')) {
      this.#layout = this.width > 0 ? this.#buildLayout() : null;
      this.hoverColumn = null;
    }
    if (changed.has('events') || changed.has('selectedId')) {
      // Once per selection or filter change, not per step.
      const selected = this.selectedId !== null && this.#layout?.histogram ? this.events.find((e) => e.id === this.selectedId) : undefined;
      this.#selectedStart = selected?.start ?? null;
    }
  }

  protected override updated(): void {
    const layout = this.#layout;
    const canvas = this.canvas;
    if (!layout?.histogram || !canvas) return;
    if (this.#drawn?.layout === layout && this.#drawn.dpr === this.dpr) return;
    const g = trackGeometry(layout.lanes, this.#compact);
    drawHistogram(canvas, layout.histogram, g.stripBottom - g.stripTop, (kind) => kindStyle(this.kindRegistry, kind).color, this.dpr);
    this.#drawn = { layout, dpr: this.dpr };
  }

  get #compact(): boolean {
    return this.compact || (this.width > 0 && this.width < COMPACT_BELOW);
  }

  /**
   * The stretches of time the axis events cover, merged once per list: a new width or a
   * filter does not merge them again. When the axis events are the index's (the filtered
   * list is a subset of them, so equal sizes mean the same events), the index's sorted
   * starts and ends give them without a sort (at 10^6, 0.4 s with one).
   */
  #covered: { of: readonly SortieEvent[]; stretches: ReadonlyArray<readonly [number, number]> } | null = null;

  #coveredStretches(): ReadonlyArray<readonly [number, number]> {
    const shaping = this.axisEvents ?? this.events;
    if (this.#covered?.of !== shaping) {
      const index = this.#index;
      const stretches = index.size === shaping.length ? index.covered() : coveredStretches(shaping.map((e) => [e.start, e.end] as const));
      this.#covered = { of: shaping, stretches };
    }
    return this.#covered.stretches;
  }

  #buildLayout(): TrackLayout {
    // Merged stretches shape the axis as the intervals they merge would.
    const axis = buildAxis(this.#coveredStretches(), this.domain, this.width);
    const lanes = maxLanes(this.#compact);
    if (this.events.length >= HISTOGRAM_FROM) {
      // The strip at full height (every lane), one column per pixel, stacked in legend order.
      const histogram = binHistogram(this.#index.startsByKind, axis, this.width, this.kindRegistry.keys());
      return { axis, marks: [], lanes, histogram };
    }
    // Lanes stop at what the strip shows at its 8 px minimum pitch (trackGeometry).
    return { axis, ...packLanes(this.events, axis.x, { maxLanes: lanes }), histogram: null };
  }

  #send(time: number, source: TimeInputSource, eventId?: string): void {
    const detail = { time: clampTime(time, this.domain), source, ...(eventId ? { eventId } : {}) };
    this.dispatchEvent(sortieTimeInput(detail));
  }

  /** Leading edge at once (no lag on the first move), then at most one per animation frame. */
  #sendDrag(time: number): void {
    if (this.#frame !== null) {
      this.#pending = time;
      return;
    }
    this.#send(time, 'drag');
    this.#frame = requestAnimationFrame(this.handleFrame);
  }

  #flushDrag(): void {
    if (this.#pending !== null) this.#send(this.#pending, 'drag');
    this.#pending = null;
  }

  #timeAtPointer(drag: Drag, clientX: number): number {
    return this.#layout ? this.#layout.axis.timeAt(clientX - drag.left) : this.time;
  }

  /** Asks for a render so live() bindings put a control back if the root did not take the change. */
  #settle(): void {
    // The options render again (their guard reads #settles), so live() can put a control back.
    this.#settles++;
    this.requestUpdate();
  }

  /** Counts #settle calls: part of the options' guard. */
  #settles = 0;

  private readonly handleResize = (entries: ResizeObserverEntry[]): void => {
    const width = entries[0]?.contentRect.width;
    if (width !== undefined) this.width = Math.floor(width);
  };

  private readonly handleFrame = (): void => {
    this.#frame = null;
    if (this.#pending === null) return;
    const time = this.#pending;
    this.#pending = null;
    this.#sendDrag(time);
  };

  private readonly handlePointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || !this.#layout) return;
    const target = e.target instanceof Element ? e.target.closest('[data-id]') : null;
    const drag: Drag = {
      pointerId: e.pointerId,
      left: this.track.getBoundingClientRect().left,
      startX: e.clientX,
      markId: target?.getAttribute('data-id') ?? null,
      undecided: e.pointerType !== 'mouse',
    };
    this.#drag = drag;
    this.track.setPointerCapture(e.pointerId);
    if (drag.undecided) return;
    this.track.focus({ preventScroll: true });
    e.preventDefault();
    if (drag.markId === null) this.#sendDrag(this.#timeAtPointer(drag, e.clientX));
  };

  /** Moves focus to the Time slider (the explorer's "Skip to timeline" link). */
  focusSlider(): void {
    this.track?.focus();
  }

  private readonly handlePointerMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    this.#hover(drag ? null : e);
    if (!drag || e.pointerId !== drag.pointerId) return;
    if (drag.undecided) {
      if (Math.abs(e.clientX - drag.startX) < TOUCH_SLOP) return;
      drag.undecided = false;
      this.track.focus({ preventScroll: true });
    }
    if (drag.markId !== null && Math.abs(e.clientX - drag.startX) < CLICK_SLOP) return;
    drag.markId = null;
    this.#sendDrag(this.#timeAtPointer(drag, e.clientX));
  };

  /**
   * The histogram's stand-in for the marks' tooltips: the mouse over a column reads out its
   * days and how many events start there. (A click moves the time there, as on the marks'
   * background; picking one event out of a column of hundreds is left to the map and list.)
   */
  #hover(e: PointerEvent | null): void {
    const histogram = this.#layout?.histogram;
    const column = e && histogram && e.pointerType === 'mouse'
      ? Math.floor(e.clientX - this.track.getBoundingClientRect().left)
      : null;
    if (column !== this.hoverColumn) this.hoverColumn = column;
  }

  private readonly handlePointerLeave = (): void => {
    this.hoverColumn = null;
  };

  private readonly handlePointerUp = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.#drag = null;
    if (this.track.hasPointerCapture(e.pointerId)) this.track.releasePointerCapture(e.pointerId);
    if (drag.undecided) this.track.focus({ preventScroll: true });
    const event = drag.markId === null ? undefined : this.events.find((ev) => ev.id === drag.markId);
    if (event) this.#send(event.start, 'strip', event.id);
    // A tap that never moved sideways jumps to where it landed.
    else if (drag.undecided) this.#send(this.#timeAtPointer(drag, e.clientX), 'drag');
    else this.#flushDrag();
  };

  private readonly handlePointerCancel = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (drag?.pointerId !== e.pointerId) return;
    this.#drag = null;
    // The browser took an undecided touch to scroll the page: it was never a scrub.
    if (!drag.undecided) this.#flushDrag();
  };

  private readonly handleKeyDown = (e: KeyboardEvent): void => {
    let time: number | null;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        time = this.#index.previous(this.time)?.time ?? null;
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        time = this.#index.next(this.time)?.time ?? null;
        break;
      case 'PageUp':
        time = addMonths(this.time, 1);
        break;
      case 'PageDown':
        time = addMonths(this.time, -1);
        break;
      case 'Home':
        time = this.domain[0];
        break;
      case 'End':
        time = this.domain[1];
        break;
      default:
        return;
    }
    e.preventDefault();
    if (time !== null && clampTime(time, this.domain) !== this.time) this.#send(time, 'key');
  };

  private readonly handlePlay = (): void => {
    this.dispatchEvent(sortiePlayToggle({ playing: !this.playing }));
  };

  private readonly handleStep = (e: Event): void => {
    const direction = (e.currentTarget as HTMLElement).dataset.direction === 'next' ? 1 : -1;
    const target = direction === 1 ? this.#index.next(this.time) : this.#index.previous(this.time);
    if (target) this.dispatchEvent(sortieStep({ direction, ...target }));
  };

  private readonly handleSpeed = (e: Event): void => {
    this.dispatchEvent(sortiePlaybackChange({ speed: Number((e.target as HTMLSelectElement).value) }));
    this.#settle();
  };

  private readonly handlePacing = (e: Event): void => {
    const skip = (e.target as HTMLInputElement).checked;
    this.dispatchEvent(sortiePlaybackChange({ pacing: skip ? 'events' : 'linear' }));
    this.#settle();
  };

  private readonly handleLoop = (e: Event): void => {
    this.dispatchEvent(sortiePlaybackChange({ loop: (e.target as HTMLInputElement).checked }));
    this.#settle();
  };

  private readonly handleMode = (e: Event): void => {
    const mode = (e.target as HTMLInputElement).value as TimeMode;
    this.dispatchEvent(sortieModeChange({ mode, windowMs: this.windowMs }));
    this.#settle();
  };

  private readonly handleWindow = (e: Event): void => {
    const windowMs = Number((e.target as HTMLSelectElement).value);
    this.dispatchEvent(sortieModeChange({ mode: this.mode, windowMs }));
    this.#settle();
  };

  #renderOptions() {
    const windows = WINDOWS.includes(this.windowMs) ? WINDOWS : [...WINDOWS, this.windowMs].sort((a, b) => a - b);
    return html`<div class="options">
      <label class="field">Speed
        <select @change=${this.handleSpeed} .value=${live(String(this.speed))}>
          ${SPEEDS.map((s) => html`<option value=${String(s)} ?selected=${s === this.speed}>${s}×</option>`)}
        </select>
      </label>
      <label class="check"><input type="checkbox" .checked=${live(this.pacing === 'events')}
        @change=${this.handlePacing} />Skip empty stretches</label>
      <label class="check"><input type="checkbox" .checked=${live(this.loop)} @change=${this.handleLoop} />Loop</label>
      <div class="mode" role="radiogroup" aria-labelledby="mode-label">
        <span id="mode-label" class="mode-label">Show</span>
        <label><input type="radio" name="mode" value="cumulative" .checked=${live(this.mode === 'cumulative')}
          @change=${this.handleMode} />All so far</label>
        <label><input type="radio" name="mode" value="window" .checked=${live(this.mode === 'window')}
          @change=${this.handleMode} />Recent only</label>
      </div>
      ${this.mode === 'window'
        ? html`<label class="field"><span class="visually-hidden">Window length</span>
            <select @change=${this.handleWindow} .value=${live(String(this.windowMs))}>
              ${windows.map((ms) => html`<option value=${String(ms)} ?selected=${ms === this.windowMs}>
                ${ms === 365 * DAY_MS ? 'Last year' : `Last ${formatWindowLength(ms)}`}</option>`)}
            </select>
          </label>`
        : nothing}
    </div>`;
  }

  protected override render() {
    const compact = this.#compact;
    const empty = this.events.length === 0;
    const previous = this.#index.previous(this.time);
    const next = this.#index.next(this.time);
    const layout = this.#layout;
    const histogram = layout?.histogram ?? null;
    const words = formatDay(this.time);
    const day = (t: number) => String(Math.floor(t / DAY_MS));
    // Rendered again only when a setting changes (or a control is put back), not at every step.
    const options = guard([this.speed, this.pacing, this.loop, this.mode, this.windowMs, this.#settles], () => this.#renderOptions());
    return html`<div class="timeline ${compact ? 'compact' : ''}">
      <div class="head">
        <div class="transport">
          <button type="button" data-direction="previous" aria-label="Previous event" title="Previous event"
            ?disabled=${!previous} @click=${this.handleStep}>${icon(PREVIOUS)}</button>
          <button type="button" class="play" aria-label=${this.playing ? 'Pause' : 'Play'}
            title=${this.playing ? 'Pause' : 'Play'} @click=${this.handlePlay}>${icon(this.playing ? PAUSE : PLAY)}</button>
          <button type="button" data-direction="next" aria-label="Next event" title="Next event"
            ?disabled=${!next} @click=${this.handleStep}>${icon(NEXT)}</button>
        </div>
        <div class="now">
          <p class="date">${words}</p>
          ${this.mode === 'window'
            ? html`<p class="span">Showing ${formatSpan(Math.max(this.domain[0], this.time - this.windowMs), this.time)}</p>`
            : nothing}
        </div>
        ${compact
          ? html`<sortie-settings class="settings" label="Playback settings" button-text="Settings">
              <div role="dialog" aria-label="Playback settings">${options}</div>
            </sortie-settings>`
          : options}
      </div>
      <div class="track-area">
      <div class="track" role="slider" tabindex="0" aria-label="Time" aria-orientation="horizontal"
        aria-valuemin=${day(this.domain[0])} aria-valuemax=${day(this.domain[1])} aria-valuenow=${day(this.time)}
        aria-valuetext=${words} aria-describedby=${empty ? 'empty-note' : nothing}
        @pointerdown=${this.handlePointerDown} @pointermove=${this.handlePointerMove}
        @pointerup=${this.handlePointerUp} @pointercancel=${this.handlePointerCancel}
        @lostpointercapture=${this.handlePointerCancel} @keydown=${this.handleKeyDown}
        @pointerleave=${this.handlePointerLeave}>
        ${layout ? trackTemplate(layout, {
          time: this.time, mode: this.mode, windowMs: this.windowMs, selectedId: this.selectedId, jump: this.jump,
          kindRegistry: this.kindRegistry, selectedStart: this.#selectedStart,
        }, empty, compact) : nothing}
      </div>
      ${layout && histogram
        ? // Outside the slider, whose children are presentational: here the picture keeps its name.
          html`<canvas class="histogram" role="img" aria-label=${histogramName(histogram, this.domain)}
            style=${styleMap({ top: `${trackGeometry(layout.lanes, compact).stripTop}px` })}></canvas>
            ${hoverReadout(layout.axis, histogram, this.hoverColumn)}`
        : nothing}
      </div>
      ${empty ? html`<p id="empty-note" class="visually-hidden">No events match the filters</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-timeline': SortieTimeline;
  }
}
