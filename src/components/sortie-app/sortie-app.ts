import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { DEFAULT_EVENTS_URL, fileName, loadEvents } from '../../data/load';
import { EMPTY_META, type DatasetMeta } from '../../data/dataset-meta';
import type { ArticleMeta } from '../../data/dataset-format';
import type { DataProblem, SortieEvent } from '../../data/validate';
import { sortieLoadState } from '../../events/sortie-load-state';
import { SortieReadyEvent } from '../../events/sortie-ready';
import { sortieSelect } from '../../events/sortie-select';
import { sortieTimeChange } from '../../events/sortie-timechange';
import { MapView, resolveBasemapUrl, type EventHit } from '../../map/map-view';
import { appearedBetween, eventStates } from '../../state/emphasis';
import { createTrack, DEFAULT_TRACK_OPTIONS, type Jump } from '../../state/playback';
import { Player } from '../../state/player';
import { kindCounts, passesFilters, timeExtent, visibleEvents } from '../../state/selectors';
import { Store, type SortieState } from '../../state/store';
import type { SortieNotice } from '../sortie-notices/sortie-notices';
import '../sortie-caption/sortie-caption';
import '../sortie-details/sortie-details';
import '../sortie-embed-dialog/sortie-embed-dialog';
import type { SortieEmbedDialog } from '../sortie-embed-dialog/sortie-embed-dialog';
import '../sortie-event-list/sortie-event-list';
import '../sortie-filters/sortie-filters';
import '../sortie-legend/sortie-legend';
import '../sortie-notices/sortie-notices';
import '../sortie-offscreen/sortie-offscreen';
import type { OffscreenGroup } from '../../map/offscreen';
import '../sortie-picker/sortie-picker';
import '../sortie-timeline/sortie-timeline';
import type { SortieDetails } from '../sortie-details/sortie-details';
import { OPTION_NAMES, OptionsController } from './options-controller';
import { emptyPart, panelPart, pickerPart, printPart, statusPart, timelinePart } from './parts';
import { META_NOTICE, metaNotice, problemNotice, PROBLEMS_NOTICE } from './notices';
import { IntentsController } from './intents';
import { frameCamera, type CameraRequest } from './frame-camera';
import { styles } from './sortie-app.styles';
import { NO_INPUT_NOTICES, type InputNotices } from '../../options/input-notice';
import { ThemeController } from './theme-controller';
import { shareableState } from './url-sync';

type Status = 'loading' | 'error' | 'ready';
export type Controls = 'full' | 'minimal' | 'none';
export type Theme = 'light' | 'dark' | 'auto';

/** Wide layouts keep more room around the data, clear of the zoom buttons. */
const WIDE = 720;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

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

  @query('.map') private mapContainer!: HTMLElement;
  @query('sortie-details') private details!: SortieDetails | null;
  @query('sortie-embed-dialog') private embedDialog!: SortieEmbedDialog | null;

  /** URL of the events GeoJSON; defaults to the dataset bundled with the app. */
  @property() src: string = DEFAULT_EVENTS_URL;
  /** A MapLibre style URL replacing the built-in basemap (http(s) or a path on this site). */
  @property() basemap: string | null = null;
  /** Initial time, `YYYY-MM-DD`. */
  @property() time: string | null = null;
  /** Start of the timeline, `YYYY-MM-DD` (default: the first event). */
  @property() from: string | null = null;
  /** End of the timeline, `YYYY-MM-DD` (default: the last event). */
  @property() to: string | null = null;
  /** Kinds to show, comma-separated (default: all). */
  @property() kinds: string | null = null;
  /** Actors to show, comma-separated (default: all). */
  @property() actors: string | null = null;
  /** `cumulative` (default) or `window`. */
  @property() mode: string | null = null;
  /** Id of the event to select. */
  @property() event: string | null = null;
  /** Camera as `lng,lat,zoom`. */
  @property() view: string | null = null;
  /** Camera as a box `west,south,east,north` (used when `view` is not given). */
  @property() bbox: string | null = null;
  /** Start playing once ready (not under prefers-reduced-motion). */
  @property({ type: Boolean }) autoplay = false;
  /** `light` (default), `dark` or `auto` (follows the reader's system). */
  // A removed attribute (as <sortie-map> removes what the page left out) means the default.
  @property({ reflect: true, converter: { fromAttribute: (v: string | null) => v ?? 'light' } }) theme: Theme = 'light';
  /** `full` (default): everything; `minimal`: map, key and time slider; `none`: the map only. */
  @property({ reflect: true, converter: { fromAttribute: (v: string | null) => v ?? 'full' } }) controls: Controls = 'full';
  /** Keep the page URL in step with the state (the full-page explorer only). */
  @property({ type: Boolean, attribute: 'url-sync' }) urlSync = false;
  /** What the page gave that `<sortie-map>` or embed.html ignored, shown with the app's own notices. */
  @property({ attribute: false }) inputNotices: InputNotices = NO_INPUT_NOTICES;
  /**
   * Part of a page that scrolls (set by `<sortie-map>`, so by embed.html and story maps too):
   * the mouse wheel and one-finger swipes scroll the page, and the map zooms with Ctrl/⌘ +
   * wheel or two fingers (MapLibre's cooperative gestures). Read when the map is created.
   */
  @property({ type: Boolean, reflect: true }) embedded = false;

  @state() private status: Status = 'loading';
  @state() private errorMessage = '';
  @state() events: SortieEvent[] = [];
  @state() private problems: DataProblem[] = [];
  @state() private notices: SortieNotice[] = [];
  @state() private snapshot: Readonly<SortieState>;
  @state() private jump: Jump | null = null;
  @state() private announce: SortieEvent[] = [];
  /** What the playback caption shows: the events reached at the last step (see captionAt). */
  @state() private caption: SortieEvent[] = [];
  @state() private picker: { ids: string[]; x: number; y: number } | null = null;
  /** Visible events off the map, as the map view groups them for the edge indicators. */
  @state() private offscreen: OffscreenGroup[] = [];
  /** A picture of the map taken just before printing (see handleBeforePrint). */
  @state() private printImage: string | null = null;
  /** The timeline's span: the data's, or the `from`/`to` options'. */
  @state() domain: [number, number] = [0, 0];

  /** The one store of time, mode, filters, selection, playback and view. */
  readonly store = new Store();
  /** The map view (null until first rendered, and after disconnect). Tests query `mapView.map`. */
  mapView: MapView | null = null;
  articles: readonly ArticleMeta[] = [];
  /** What the loaded dataset says about itself (title, kinds, view, credits), with defaults from its events. */
  @state() meta: DatasetMeta = EMPTY_META;

  readonly player = new Player({
    onTime: (time, jump) => {
      this.jump = jump;
      this.store.set({ time });
    },
    onEnd: () => {
      this.jump = null;
      this.store.set({ playing: false });
    },
  });

  #unsubscribe: (() => void) | null = null;
  #loads = 0;
  /** Features in the last dataset loaded (valid plus left out), for the empty state. */
  #total = 0;
  #visible: SortieEvent[] = [];
  readonly #intents = new IntentsController(this);
  readonly #options = new OptionsController(this);
  readonly #theme = new ThemeController(this);

  constructor() {
    super();
    this.snapshot = this.store.get();
  }

  /** Events that pass the kind and actor filters, at any time. */
  get filtered(): SortieEvent[] {
    return this.events.filter((e) => passesFilters(e, this.snapshot));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = this.store.subscribe(this.handleStateChange);
    if (this.urlSync) this.#options.readPage();
    this.#intents.connect();
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
    if (this.hasUpdated && !this.mapView) {
      this.#createMap();
      void this.#load();
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
    this.player.pause();
    this.#loads++;
    this.mapView?.destroy();
    this.mapView = null;
    this.#setReady(false);
  }

  protected override firstUpdated(): void {
    this.#createMap();
    void this.#load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && changed.get('src') !== undefined) void this.#load();
    if (this.status !== 'ready') return;
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
    if (id === null || this.events.some((e) => e.id === id)) this.store.set({ selectedId: id });
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
    return Math.min(Math.max(t, this.domain[0]), this.domain[1]);
  }

  reducedMotion(): boolean {
    return reducedMotion();
  }

  // ── setup ────────────────────────────────────────────────────────────────────────────

  #createMap(): void {
    let styleUrl: string | null = null;
    try {
      const fromPage = this.urlSync ? new URL(location.href).searchParams.get('basemap') : null;
      styleUrl = resolveBasemapUrl(this.basemap ?? fromPage, location.href);
    } catch (error) {
      this.addNotice({ id: 'basemap', title: 'Ignored the basemap option', lines: [error instanceof Error ? error.message : String(error)] });
    }
    const view = new MapView(this.mapContainer, {
      styleUrl,
      theme: this.#isDark() ? 'dark' : 'light',
      fitPadding: this.#fitPadding,
      cooperativeGestures: this.embedded,
      onProblem: (message) => this.addNotice({ id: `map-${this.notices.length}`, title: 'Map', lines: [message] }),
    });
    view.onEventClick(this.handleMapClick);
    view.onViewChange((v) => this.store.set({ view: v }));
    view.onOffscreenChange((groups) => { this.offscreen = groups; });
    this.mapView = view;
  }

  #isDark(): boolean {
    return this.#theme.dark;
  }

  readonly #fitPadding = () => {
    const { width, height } = this.mapContainer.getBoundingClientRect();
    const room = (px: number, of: number) => Math.min(px, Math.max(0, of / 4));
    // Without full controls the key is a row of chips along the top of the map.
    const top = this.controls === 'full' ? 48 : 64;
    // Stacked layouts show the details as a sheet over the lower part of the map (see the styles).
    const share = this.store.get().selectedId ? Number(getComputedStyle(this.mapContainer).getPropertyValue('--sortie-sheet-share')) || 0 : 0;
    const sheet = share > 0 ? height * share + 16 : 0;
    return width >= WIDE
      ? { top: room(top, height), bottom: Math.max(sheet, room(48, height)), left: room(24, width), right: room(64, width) }
      : { top: room(top, height), bottom: Math.max(sheet, room(24, height)), left: room(24, width), right: room(56, width) };
  };

  addNotice(notice: SortieNotice): void {
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
  }

  dismissNotice(id: string): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  #setReady(ready: boolean): void {
    this.toggleAttribute('data-ready', ready);
    if (this.urlSync) document.documentElement.toggleAttribute('data-ready', ready);
  }

  async #load(): Promise<void> {
    const load = ++this.#loads;
    this.status = 'loading';
    this.errorMessage = '';
    this.#setReady(false);
    this.dispatchEvent(sortieLoadState({ state: 'loading', message: '' }));
    try {
      const { events, problems, features, meta } = await loadEvents(this.src);
      if (load !== this.#loads) return;
      this.events = events;
      this.problems = problems;
      this.#total = features;
      // Only the dataset's own articles: another dataset's ids must not resolve to ours.
      this.articles = meta.articles ?? [];
      this.meta = meta;
      // A new dataset's problems replace the last one's; the empty state lists them itself.
      this.dismissNotice(PROBLEMS_NOTICE);
      this.dismissNotice(META_NOTICE);
      if (meta.problems.length) this.addNotice(metaNotice(meta.problems, fileName(this.src)));
      if (problems.length && events.length) this.addNotice(problemNotice(problems, fileName(this.src)));
      const extent = timeExtent(events) ?? [Date.now(), Date.now()];
      this.domain = extent;
      this.status = 'ready';
      const camera = this.#options.applyAll();
      await this.mapView?.setEvents(events, meta);
      if (load !== this.#loads) return;
      camera();
      this.#syncMap(this.store.get(), this.store.get());
      if (this.mapView?.failure) {
        this.dispatchEvent(sortieLoadState({ state: 'failed', message: this.mapView.failure }));
        return;
      }
      this.#setReady(true);
      this.dispatchEvent(new SortieReadyEvent({ events: events.length, skipped: problems.length }));
      if (this.autoplay && !reducedMotion()) this.play();
    } catch (error) {
      if (load !== this.#loads) return;
      console.error(error);
      this.status = 'error';
      this.meta = EMPTY_META;
      this.errorMessage = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(sortieLoadState({ state: 'failed', message: this.errorMessage }));
    }
  }

  // ── reacting to the store ────────────────────────────────────────────────────────────

  #syncMap(state: Readonly<SortieState>, previous: Readonly<SortieState>): void {
    const visible = visibleEvents(this.events, state);
    this.#visible = visible;
    const view = this.mapView;
    if (!view) return;
    view.setVisibleIds(new Set(visible.map((e) => e.id)));
    view.setEventStates(eventStates(visible, state.time, state.mode, state.windowMs, state.selectedId));
    const appeared = appearedBetween(visible, previous.time, state.time);
    // A jump across years would pulse everything at once; only steps that read as "now" animate.
    if (appeared.length && appeared.length <= 6 && !reducedMotion()) view.animateAppearance(appeared.map((e) => e.id));
    if (state.playing && appeared.length) {
      this.announce = appeared;
      this.caption = appeared;
    }
  }

  #rebuildTrack(state: Readonly<SortieState>): void {
    const stops = this.filtered.map((e) => e.start);
    const track = createTrack(stops, this.domain, { ...DEFAULT_TRACK_OPTIONS, pacing: state.pacing });
    if (state.playing) this.player.retarget(track, state.time);
    this.#track = track;
  }

  #track = createTrack([], [0, 0], DEFAULT_TRACK_OPTIONS);

  private readonly handleStateChange = (state: Readonly<SortieState>, previous: Readonly<SortieState>): void => {
    this.snapshot = state;
    const timeOrFilter = state.time !== previous.time || state.mode !== previous.mode || state.windowMs !== previous.windowMs
      || state.kinds !== previous.kinds || state.actors !== previous.actors || state.selectedId !== previous.selectedId;
    if (timeOrFilter) this.#syncMap(state, previous);
    if (state.kinds !== previous.kinds || state.actors !== previous.actors || state.pacing !== previous.pacing) {
      this.#rebuildTrack(state);
    }
    this.player.speed = state.speed;
    this.player.loop = state.loop;
    if (state.playing !== previous.playing) {
      if (state.playing) {
        this.#rebuildTrack(state);
        this.player.play(this.#track, state.time);
      } else {
        this.player.pause();
        this.jump = null;
      }
    }
    if (state.selectedId !== previous.selectedId) {
      this.picker = null;
      if (state.selectedId) this.mapView?.focusEvent(state.selectedId, !reducedMotion());
      this.dispatchEvent(sortieSelect({ id: state.selectedId, source: 'app' }));
    }
    if (state.time !== previous.time) this.dispatchEvent(sortieTimeChange({ time: state.time }));
  };

  private readonly handleMapClick = (hit: EventHit): void => {
    if (hit.ids.length === 0) {
      this.picker = null;
      return;
    }
    if (hit.ids.length === 1) {
      this.store.set({ selectedId: hit.ids[0] ?? null });
      return;
    }
    this.picker = { ids: hit.ids, x: hit.point.x, y: hit.point.y };
  };

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
    const DAY = 86_400_000;
    const day = time === null ? NaN : time - (((time % DAY) + DAY) % DAY);
    this.caption = time === null ? [] : this.#visible.filter((e) => e.start >= day && e.start < day + DAY);
  }

  closePicker(): void {
    this.picker = null;
  }

  // Lit renders in a microtask, before the browser lays out the page for print.
  private readonly handleBeforePrint = (): void => {
    this.printImage = this.mapView?.snapshot() ?? null;
  };

  private readonly handleAfterPrint = (): void => {
    this.printImage = null;
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
    dialog.initialTheme = this.theme;
    void dialog.show();
  };

  // ── rendering ────────────────────────────────────────────────────────────────────────

  protected override render() {
    const loaded = this.status === 'ready';
    // With no events there is no time to slide through and nothing to list: the empty state says so.
    const ready = loaded && this.events.length > 0;
    const full = this.controls === 'full';
    return html`<div class="shell ${this.#isDark() ? 'dark' : 'light'} controls-${this.controls}">
      ${full && ready
        ? // A button, not a link: its target, the slider, sits in the timeline's shadow root,
          // where no #fragment reaches; it moves focus there itself.
          html`<nav class="skip" aria-label="Skip"><button type="button" class="skip-link" @click=${this.handleSkip}>Skip to timeline</button></nav>`
        : nothing}
      ${full
        ? html`<header>
            <h1>${this.meta.title}</h1>
            ${this.meta.description ? html`<p class="tagline">${this.meta.description}</p>` : nothing}
            ${loaded ? html`<p class="meta">${this.events.length} ${this.events.length === 1 ? 'event' : 'events'}</p>` : nothing}
            ${ready
              ? html`<button type="button" class="embed" aria-haspopup="dialog" @click=${this.handleEmbed}>Embed</button>
                  <sortie-embed-dialog></sortie-embed-dialog>`
              : nothing}
          </header>`
        : nothing}
      <main class="body">
        <div class="stage">
          <div class="map"></div>
          ${ready ? html`<sortie-offscreen .groups=${this.offscreen}></sortie-offscreen>` : nothing}
          ${ready && !full ? html`<sortie-legend .counts=${kindCounts(this.filtered)} .kindRegistry=${this.meta.kinds}></sortie-legend>` : nothing}
          <sortie-notices class="notices" .notices=${this.notices}></sortie-notices>
          ${ready && this.controls !== 'none'
            // The full explorer's event list announces playback; the caption speaks for steps, and for the minimal embed.
            ? html`<sortie-caption class="caption" .events=${this.caption} ?speak=${!full || !this.snapshot.playing}></sortie-caption>`
            : nothing}
          ${pickerPart(this.picker, this.events, this.meta.kinds)} ${statusPart(this.status, this.errorMessage, () => void this.#load())}
          ${loaded && !ready ? emptyPart(fileName(this.src), this.#total, this.problems) : nothing}
        </div>
        ${ready && this.controls !== 'none'
          ? timelinePart({ state: this.snapshot, filtered: this.filtered, all: this.events, domain: this.domain, jump: this.jump, compact: this.controls === 'minimal', kinds: this.meta.kinds })
          : nothing}
        ${ready ? printPart(this.printImage, this.#visible, this.snapshot.time) : nothing}
        ${ready && full
          ? panelPart({ state: this.snapshot, all: this.events, visible: this.#visible, articles: this.articles, announce: this.announce, kinds: this.meta.kinds })
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
