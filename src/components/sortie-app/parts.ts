/**
 * The root's parts as templates over plain values: the timeline, the reading panel, the
 * co-located picker and the loading/error status. The root decides what to pass; these
 * only lay it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { formatDate } from '../../data/time';
import type { KindRegistry } from '../../data/dataset-meta';
import type { LoadProgress } from '../../data/load';
import type { ArticleMeta } from '../../data/dataset-format';
import type { DataProblem, SortieEvent } from '../../data/validate';
import type { Jump } from '../../state/playback';
import type { SortieState } from '../../state/store';
import type { EventRun } from '../../state/event-run';
import type { TimeIndex } from '../../state/time-index';
import { moreText, printedEvents } from './print-list';
import { formatCount } from '../shared/format';

type Part = TemplateResult | typeof nothing;

const megabytes = (bytes: number) => (bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: bytes < 1e7 ? 1 : 0 });

/** The phase in words (the live region announces these few changes, not every percent). */
const PHASE_WORDS: Record<LoadProgress['phase'], string> = {
  downloading: 'Downloading events…',
  reading: 'Reading events…',
  checking: 'Checking events…',
};

/**
 * A large dataset's load as a bar: bytes while downloading (a moving bar when the server
 * gives no size), then reading, then features checked. Small files finish before it shows.
 */
function progressPart(progress: LoadProgress | null): Part {
  if (!progress) return nothing;
  const { phase, done, total } = progress;
  const fraction = total ? Math.min(1, done / total) : null;
  const detail = phase === 'downloading'
    ? (total ? `${megabytes(done)} of ${megabytes(total)} MB` : `${megabytes(done)} MB`)
    : phase === 'checking' && total ? `${formatCount(done)} of ${formatCount(total)} features` : '';
  const valueText = [PHASE_WORDS[phase].replace('…', ''), detail].filter(Boolean).join(': ');
  // No value attribute: the browser draws a moving bar (the size or the progress is not known).
  return html`<progress aria-label="Loading the event data" aria-valuetext=${valueText} max="1"
      value=${fraction ?? nothing}></progress><span class="progress-detail" aria-hidden="true">${detail}</span>`;
}

/**
 * Whether the spinner turns: not while a bar fills (the bar shows the load moving). A
 * running CSS animation makes the browser draw a frame every vsync, which on a machine
 * that composites on the CPU took a quarter of a core from the workers checking the file.
 * It turns before the size is known and once every row is checked, while the page builds
 * the events (its thread busy: only an animation the compositor runs still moves then).
 */
function spinning(progress: LoadProgress | null): boolean {
  return !progress || progress.total === null || progress.done >= progress.total;
}

export function statusPart(status: 'loading' | 'error' | 'ready', message: string, retry: () => void, progress: LoadProgress | null = null): Part {
  if (status === 'loading') {
    return html`<div class="status loading"><p role="status">${spinning(progress) ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${progress ? PHASE_WORDS[progress.phase] : 'Loading events…'}</p>${progressPart(progress)}</div>`;
  }
  if (status === 'error') {
    return html`<div class="status error" role="alert">
      <h2>The events could not be loaded</h2>
      <p>${message}</p>
      <button type="button" @click=${retry}>Try again</button>
    </div>`;
  }
  return nothing;
}

/**
 * What the explorer shows when a dataset loaded but has nothing to draw: an empty file, or
 * one whose every feature was left out. Not an alert (nothing failed to load; the reader
 * cannot retry their way out of it), but it says so and lists why, so the page is never a
 * silent empty map and a spinner.
 */
export function emptyPart(file: string, total: number, problems: readonly DataProblem[]): Part {
  const why = total === 0
    ? html`<p>The file ${file} holds no features.</p>`
    : html`<p>All ${total === 1 ? 'the one feature' : `${total} features`} of ${file} had to be left out:</p>
        <ul>${problems.map((p) => html`<li>${p.id} · ${p.field}: ${p.message}</li>`)}</ul>`;
  return html`<section class="status empty" aria-labelledby="empty-title">
    <h2 id="empty-title">This dataset has no events that can be shown</h2>
    ${why}
  </section>`;
}

export function pickerPart(picker: { ids: string[]; x: number; y: number } | null, byId: (id: string) => SortieEvent | undefined, kinds: KindRegistry): Part {
  if (!picker) return nothing;
  const here = picker.ids.map(byId).filter((e): e is SortieEvent => Boolean(e));
  // styleMap writes through the CSSOM, which a strict CSP allows (a style attribute it blocks).
  const position = styleMap({ '--x': `${picker.x}px`, '--y': `${picker.y}px` });
  return html`<sortie-picker open .events=${here} .kindRegistry=${kinds} style=${position}></sortie-picker>`;
}

export interface TimelineValues {
  state: Readonly<SortieState>;
  filtered: SortieEvent[];
  /** TimeIndex of `filtered`. */
  index: TimeIndex;
  all: SortieEvent[];
  domain: [number, number];
  jump: Jump | null;
  compact: boolean;
  kinds: KindRegistry;
}

export function timelinePart({ state: s, filtered, index, all, domain, jump, compact, kinds }: TimelineValues): Part {
  return html`<sortie-timeline
    .events=${filtered}
    .timeIndex=${index}
    .kindRegistry=${kinds}
    .axisEvents=${all}
    .domain=${domain}
    .time=${s.time}
    .playing=${s.playing}
    .speed=${s.speed}
    .pacing=${s.pacing}
    .loop=${s.loop}
    .mode=${s.mode}
    .windowMs=${s.windowMs}
    .jump=${jump}
    .selectedId=${s.selectedId}
    ?compact=${compact}
  ></sortie-timeline>`;
}

export interface PanelValues {
  state: Readonly<SortieState>;
  all: SortieEvent[];
  /** The selected event, if any. */
  selected: SortieEvent | null;
  /** The events on the map now, by start. */
  visible: EventRun<SortieEvent>;
  /** TimeIndex of the events that pass the filters (the filters' visible counts). */
  index: TimeIndex;
  articles: readonly ArticleMeta[];
  announce: readonly SortieEvent[];
  kinds: KindRegistry;
}

export function panelPart({ state: s, all, selected, visible, index, articles, announce, kinds }: PanelValues): Part {
  return html`<section class="panel" aria-label="Events and filters">
    ${selected ? html`<sortie-details .event=${selected} .articles=${articles} .kindRegistry=${kinds}></sortie-details>` : nothing}
    <sortie-filters .events=${all} .timeIndex=${index} .time=${s.time} .mode=${s.mode}
      .windowMs=${s.windowMs} .kinds=${s.kinds} .actors=${s.actors} .kindRegistry=${kinds}></sortie-filters>
    <sortie-event-list
      .events=${visible}
      .kindRegistry=${kinds}
      .total=${all.length}
      .selectedId=${s.selectedId}
      .time=${s.time}
      .announce=${announce}
    ></sortie-event-list>
  </section>`;
}

/**
 * What a printed page shows instead of the live map and controls: a picture of the map as
 * it was, the date, and the events on it as a plain list (capped, print-list.ts). The root
 * renders it only between beforeprint and afterprint, so on screen it costs nothing.
 */
export function printPart(image: string | null, visible: EventRun<SortieEvent>, time: number, downloadable = false): Part {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(time);
  const { shown, more } = printedEvents(visible);
  return html`<section class="print-only" aria-hidden="true">
    ${image ? html`<img class="print-map" src=${image} alt="" />` : nothing}
    <h2>Events up to ${day}</h2>
    <ol>
      ${shown.map((e) => html`<li><strong>${e.title}</strong> · ${formatDate(e.date)} · ${e.place}</li>`)}
    </ol>
    ${more ? html`<p class="print-more">${moreText(more, downloadable)}</p>` : nothing}
  </section>`;
}
