import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { DEFAULT_EVENTS_URL } from '../../data/load';
import type { ArticleMeta } from '../../data/dataset-format';
import type { DatasetMeta } from '../../data/dataset-meta';
import type { SortieEvent } from '../../data/validate';
import { sortieSelect } from '../../events/sortie-select';
import { sortieTimeChange } from '../../events/sortie-timechange';
import type { MapView } from '../../map/map-view';
import { appDefaults, appProperties } from '../../options/app-properties';
import type { Notice } from '../../state/notice';
import { FilteredIndex } from '../../state/filtered-index';
import type { TimeIndex } from '../../state/time-index';
import { prefersReducedMotion } from '../../state/reduced-motion';
import { Store, type SortieState } from '../../state/store';
import '../sortie-caption/sortie-caption';
import '../sortie-details/sortie-details';
import '../sortie-embed-dialog/sortie-embed-dialog';
import type { SortieEmbedDialog } from '../sortie-embed-dialog/sortie-embed-dialog';
import '../sortie-event-list/sortie-event-list';
import '../sortie-filters/sortie-filters';
import '../sortie-legend/sortie-legend';
import '../sortie-notices/sortie-notices';
import '../sortie-offscreen/sortie-offscreen';
import '../sortie-picker/sortie-picker';
import '../sortie-timeline/sortie-timeline';
import type { SortieDetails } from '../sortie-details/sortie-details';
import type { SortieDatasetFile } from '../../data/dataset-format';
import type { SortieOpenDataDetail } from '../../events/sortie-open-data';
import { loadExplorerTools } from '../sortie-open-data/explorer-tools';
import { DatasetController } from './dataset-controller';
import { MapController } from './map-controller';
import { OPTION_NAMES, OptionsController } from './options-controller';
import { emptyPart, panelPart, pickerPart, printPart, statusPart, timelinePart } from './parts';
import { PlaybackController } from './playback-controller';
import { IntentsController } from './intents';
import { frameCamera, type CameraRequest } from './frame-camera';
import { styles } from './sortie-app.styles';
import { NO_INPUT_NOTICES, type InputNotices } from '../../options/input-notice';
import { ThemeController } from './theme-controller';
import { shareableState } from './url-sync';
import { formatCount } from '../shared/format';

export type Controls = 'full' | 'minimal' | 'none';
export type Theme = 'light' | 'dark' | 'auto';

/**
 * @summary The Sortie explorer: the map, the time slider, the filters, the event list and the
 * details of the selected event. Owns the one store, the map view and the player; children
 * get values as properties and send intents up (handled in intents.ts).
 *
 * Sets `data-ready` on itself and, for the full-page explorer, on the document element once
 * the data has loaded and the map has drawn it.
 *
 * A dataset with nothing to draw (no features, or every one left out) is still `ready`,
 * with `events: 0`: the explorer then shows an empty state that says so and lists the
 * problems, instead of the time slider and the panel (which have nothing to show).
 *
 * @event sortie-ready - The data is loaded and drawn. Detail: `{ events, skipped }`.
 * @event sortie-timechange - The time changed. Detail: `{ time }` (epoch ms, UTC).
 * @event sortie-select - The selection changed. Detail: `{ id }` (null when cleared).
 */
@customElement('sortie-app')
export class SortieApp extends LitElement {
  static override styles = styles;

  /**
   * One property per option of the options table that `<sortie-map>` forwards (same
   * attribute names; each documented in src/options/options-table.ts), plus the app's own.
   */
  static override properties: PropertyDeclarations = {
    ...appProperties(),
    urlSync: { type: Boolean, attribute: 'url-sync' },
    inputNotices: { attribute: false },
    embedded: { type: Boolean, reflect: true },
  };

  @query('.map') private mapContainer!: HTMLElement;
  @query('sortie-details') private details!: SortieDetails | null;
  @query('sortie-embed-dialog') private embedDialog!: SortieEmbedDialog | null;

  /**
   * URL of the dataset; defaults to the dataset bundled with the app. A removed attribute
   * (null at run time, as before) also means the bundled one (loadEvents).
   */
  declare src: string;
  declare basemap: string | null;
  /** The `time` option: the day shown first. The day shown now is `store.get().time`. */
  declare time: string | null;
  declare from: string | null;
  declare to: string | null;
  declare kinds: string | null;
  declare actors: string | null;
  declare mode: string | null;
  declare event: string | null;
  declare view: string | null;
  declare bbox: string | null;
  declare autoplay: boolean;
  /** A removed attribute (as `<sortie-map>` removes what the page left out) means `light`. */
  declare theme: Theme;
  /** A removed attribute means `full`. */
  declare controls: Controls;
  /** Keep the page URL in step with the state (the full-page explorer only). */
  declare urlSync: boolean;
  /** What the page gave that `<sortie-map>` or embed.html ignored, shown with the app's own notices. */
  declare inputNotices: InputNotices;
  /**
   * Part of a page that scrolls (set by `<sortie-map>`, so by embed.html and story maps too):
   * the mouse wheel and one-finger swipes scroll the page, and the map zooms with Ctrl/⌘ +
   * wheel or two fingers (MapLibre's cooperative gestures). Read when the map is created.
   */
  declare embedded: boolean;

  /** The one store: time, mode, filters, selection, playback, view, domain, picker, notices. */
  readonly store = new Store();
  readonly #data = new DatasetController(this);
  readonly #map = new MapController(this);
  readonly #playback = new PlaybackController(this);
  readonly #intents = new IntentsController(this);
  readonly #options = new OptionsController(this);
  readonly #theme = new ThemeController(this);
  readonly #filteredIndex = new FilteredIndex();
  #unsubscribe: (() => void) | null = null;

  constructor() {
    super();
    Object.assign(this, appDefaults());
    this.src = DEFAULT_EVENTS_URL;
    this.urlSync = false;
    this.inputNotices = NO_INPUT_NOTICES;
    this.embedded = false;
  }

  /** The valid events of the loaded dataset. */
  get events(): SortieEvent[] {
    return this.#data.events;
  }

  /** The loaded event with this id, if any (O(1)). */
  eventById(id: string): SortieEvent | undefined {
    return this.#data.byId(id);
  }

  /** The articles its events cite. */
  get articles(): readonly ArticleMeta[] {
    return this.#data.articles;
  }

  /** What the loaded dataset says about itself (title, kinds, view, credits), with defaults from its events. */
  get meta(): DatasetMeta {
    return this.#data.meta;
  }

  /** The map view (null until first rendered, and after disconnect). Tests query `mapView.map`. */
  get mapView(): MapView | null {
    return this.#map.view;
  }

  /** The player (tests drive its clock). */
  get player() {
    return this.#playback.player;
  }

  /** The timeline's span: the data's, or the `from`/`to` options'. */
  get domain(): readonly [number, number] {
    return this.store.get().domain;
  }

  /** Events that pass the kind and actor filters, at any time (worked out once per dataset or filter change). */
  get filtered(): SortieEvent[] {
    return this.#filteredIndex.get(this.events, this.store.get()).events;
  }

  /** The TimeIndex of `filtered`: visible counts, steps and visible lists without a scan per step. */
  get timeIndex(): TimeIndex {
    return this.#filteredIndex.get(this.events, this.store.get()).index;
  }

  /** Whether the dark palette applies now (the theme, or the reader's system for `auto`). */
  get dark(): boolean {
    return this.#theme.dark;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = this.store.subscribe(this.handleStateChange);
    if (this.urlSync) this.#options.readPage();
    this.#intents.connect();
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
    if (this.hasUpdated && !this.mapView) {
      this.#map.create(this.mapContainer);
      void this.#data.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#intents.disconnect();
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
    this.#options.stop();
    this.#playback.stop();
    this.#data.cancel();
    this.#map.destroy();
    this.#data.release();
    this.setReady(false);
  }

  protected override firstUpdated(): void {
    // Open data and Download data: the full explorer's tools, never fetched by embeds.
    if (this.controls === 'full' && !this.embedded) void loadExplorerTools();
    this.#map.create(this.mapContainer);
    void this.#data.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && changed.get('src') !== undefined) void this.#data.load();
    if (this.#data.status !== 'ready') return;
    const names = OPTION_NAMES.filter((n) => changed.has(n) && changed.get(n) !== undefined);
    if (names.length) this.#options.applyChanged(names);
  }

  // ── public API (mirrored by <sortie-map>) ────────────────────────────────────────────

  /** Starts playback (from the start if the time is at the end). */
  play(): void {
    this.store.set({ playing: true });
  }

  pause(): void {
    this.store.set({ playing: false });
  }

  /** Moves the time: epoch ms or a `YYYY-MM-DD` day. */
  setTime(time: number | string): void {
    const t = typeof time === 'number' ? time : Date.parse(`${time}T00:00:00Z`);
    if (Number.isFinite(t)) this.store.set({ time: this.clampTime(t) });
  }

  /** Selects an event by id (null clears). Unknown ids are ignored. */
  select(id: string | null): void {
    if (id === null || this.eventById(id)) this.store.set({ selectedId: id });
  }

  /**
   * Shows a dataset converted from a local file (the Open data dialog) in place of the
   * current one. Filters and selection of the last dataset are dropped.
   */
  openDataset(dataset: SortieDatasetFile, name: string, report: Pick<SortieOpenDataDetail, 'skipped' | 'problems'> = {}): void {
    this.store.set({ kinds: null, actors: null, selectedId: null, playing: false });
    this.src = this.#data.open(dataset, name, report);
  }

  /** What the reader calls the current dataset: the opened file's name, else the last part of `src`. */
  get datasetName(): string {
    return this.#data.name;
  }

  /** Moves the camera to a view, else fits a bbox, else fits an event (story steps; see frame-camera.ts). */
  frame(camera: CameraRequest): void {
    frameCamera(this, camera);
  }

  /** The shareable state, as the Embed dialog and links need it. */
  getShareState() {
    return shareableState(this.store.get());
  }

  clampTime(t: number): number {
    const [d0, d1] = this.store.get().domain;
    return Math.min(Math.max(t, d0), d1);
  }

  reducedMotion(): boolean {
    return prefersReducedMotion();
  }

  addNotice(notice: Notice): void {
    const { notices } = this.store.get();
    this.store.set({ notices: [...notices.filter((n) => n.id !== notice.id), notice] });
  }

  dismissNotice(id: string): void {
    const { notices } = this.store.get();
    if (notices.some((n) => n.id === id)) this.store.set({ notices: notices.filter((n) => n.id !== id) });
  }

  closePicker(): void {
    this.store.set({ picker: null });
  }

  /** Opens the details of the selected event and moves focus to its heading. */
  async focusDetails(): Promise<void> {
    await this.updateComplete;
    await this.details?.focusHeading();
  }

  /**
   * Captions the events on the map that start on `time`'s day (Previous/Next event), or
   * clears the caption (null: the reader is scrubbing).
   */
  captionAt(time: number | null): void {
    this.#playback.captionAt(time, this.timeIndex);
  }

  // ── for the controllers (DatasetHost) ────────────────────────────────────────────────

  /** @internal */
  applyOptions(): () => void {
    return this.#options.applyAll();
  }

  /** @internal */
  syncMap(): void {
    const state = this.store.get();
    this.#map.sync(this.timeIndex, state, state);
    this.requestUpdate();
  }

  /** @internal Sets `data-ready` on the element and, for the full-page explorer, on the document. */
  setReady(ready: boolean): void {
    this.toggleAttribute('data-ready', ready);
    if (this.urlSync) document.documentElement.toggleAttribute('data-ready', ready);
  }

  /** @internal The full-page explorer's tab reads the dataset's title; the bundled one keeps the page's own. */
  titled(title: string): void {
    if (!this.urlSync) return;
    this.#pageTitle ??= document.title;
    document.title = this.src === DEFAULT_EVENTS_URL ? this.#pageTitle : `${title} · Sortie`;
  }

  #pageTitle: string | null = null;

  /** @internal */
  loaded(): void {
    if (this.autoplay && !prefersReducedMotion()) this.play();
  }

  // ── reacting to the store ────────────────────────────────────────────────────────────

  private readonly handleStateChange = (state: Readonly<SortieState>, previous: Readonly<SortieState>): void => {
    this.requestUpdate();
    const timeOrFilter = state.time !== previous.time || state.mode !== previous.mode || state.windowMs !== previous.windowMs
      || state.kinds !== previous.kinds || state.actors !== previous.actors || state.selectedId !== previous.selectedId;
    if (timeOrFilter) this.#playback.reached(this.#map.sync(this.timeIndex, state, previous), state.playing);
    this.#playback.update(state, previous);
    if (state.selectedId !== previous.selectedId) {
      if (state.picker) this.store.set({ picker: null });
      if (state.selectedId) this.mapView?.focusEvent(state.selectedId, !prefersReducedMotion());
      this.dispatchEvent(sortieSelect({ id: state.selectedId, source: 'app' }));
    }
    if (state.time !== previous.time) this.dispatchEvent(sortieTimeChange({ time: state.time }));
  };

  /** Between beforeprint and afterprint: only then is the print list rendered (issue 9). */
  #printing = false;

  // Lit renders in a microtask, before the browser lays out the page for print.
  private readonly handleBeforePrint = (): void => {
    this.#printing = true;
    this.requestUpdate();
    this.store.set({ printImage: this.mapView?.snapshot() ?? null });
  };

  private readonly handleAfterPrint = (): void => {
    this.#printing = false;
    this.requestUpdate();
    this.store.set({ printImage: null });
  };

  private readonly handleSkip = (): void => {
    this.renderRoot.querySelector('sortie-timeline')?.focusSlider();
  };

  private readonly handleEmbed = (): void => {
    const dialog = this.embedDialog;
    if (!dialog) return;
    dialog.state = this.getShareState();
    // The element's own dataset and basemap carry over into the code (Sortie's own: none).
    dialog.src = this.src === DEFAULT_EVENTS_URL ? null : this.src;
    dialog.basemap = this.basemap;
    dialog.dataName = this.datasetName;
    dialog.initialTheme = this.theme;
    void dialog.show();
  };

  // ── rendering ────────────────────────────────────────────────────────────────────────

  protected override render() {
    const s = this.store.get();
    const data = this.#data;
    const { meta } = data;
    const loaded = data.status === 'ready';
    // With no events there is no time to slide through and nothing to list: the empty state says so.
    const ready = loaded && this.events.length > 0;
    const full = this.controls === 'full';
    return html`<div class="shell ${this.dark ? 'dark' : 'light'} controls-${this.controls}">
      ${full && ready
        ? // A button, not a link: its target, the slider, sits in the timeline's shadow root,
          // where no #fragment reaches; it moves focus there itself.
          html`<nav class="skip" aria-label="Skip"><button type="button" class="skip-link" @click=${this.handleSkip}>Skip to timeline</button></nav>`
        : nothing}
      ${full
        ? html`<header>
            <h1>${meta.title}</h1>
            ${meta.description ? html`<p class="tagline">${meta.description}</p>` : nothing}
            ${loaded ? html`<p class="meta">${formatCount(this.events.length)} ${this.events.length === 1 ? 'event' : 'events'}</p>` : nothing}
            ${!this.embedded ? html`<sortie-open-data></sortie-open-data>` : nothing}
            ${ready && !this.embedded
              ? html`<sortie-download .src=${this.src} .name=${this.src === DEFAULT_EVENTS_URL ? 'sortie' : this.datasetName} .events=${this.#map.visible}></sortie-download>`
              : nothing}
            ${ready
              ? html`<button type="button" class="embed" aria-haspopup="dialog" @click=${this.handleEmbed}>Embed</button>
                  <sortie-embed-dialog></sortie-embed-dialog>`
              : nothing}
          </header>`
        : nothing}
      <main class="body">
        <div class="stage">
          <div class="map"></div>
          ${ready ? html`<sortie-offscreen .groups=${this.#map.offscreen}></sortie-offscreen>` : nothing}
          ${ready && !full ? html`<sortie-legend .counts=${this.timeIndex.kindTotals()} .kindRegistry=${meta.kinds}></sortie-legend>` : nothing}
          <sortie-notices class="notices" .notices=${s.notices}></sortie-notices>
          ${ready && this.controls !== 'none'
            // The full explorer's event list announces playback; the caption speaks for steps, and for the minimal embed.
            ? html`<sortie-caption class="caption" .events=${this.#playback.caption} ?speak=${!full || !s.playing}></sortie-caption>`
            : nothing}
          ${pickerPart(s.picker, (id) => this.eventById(id), meta.kinds)} ${statusPart(data.status, data.errorMessage, () => void data.load(), data.progress)}
          ${loaded && !ready ? emptyPart(data.name, data.total, data.problems) : nothing}
        </div>
        ${ready && this.controls !== 'none'
          ? timelinePart({ state: s, filtered: this.filtered, index: this.timeIndex, all: this.events, domain: [s.domain[0], s.domain[1]], jump: this.#playback.jump, compact: this.controls === 'minimal', kinds: meta.kinds })
          : nothing}
        ${ready && this.#printing ? printPart(s.printImage, this.#map.visible, s.time, full && !this.embedded) : nothing}
        ${ready && full
          ? panelPart({ state: s, all: this.events, selected: s.selectedId ? this.eventById(s.selectedId) ?? null : null, visible: this.#map.visible, index: this.timeIndex, articles: this.articles, announce: this.#playback.announce, kinds: meta.kinds })
          : nothing}
      </main>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-app': SortieApp;
  }
}
