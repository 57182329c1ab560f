import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { DEFAULT_EVENTS_URL, loadEvents } from '../../data/load';
import type { DataProblem, SortieEvent } from '../../data/validate';
import { SortieReadyEvent } from '../../events/sortie-ready';
import { MapView, resolveBasemapUrl } from '../../map/map-view';
import { kindCounts, timeExtent, visibleEvents } from '../../state/selectors';
import { Store, type SortieState } from '../../state/store';
import '../sortie-legend/sortie-legend';
import { styles } from './sortie-app.styles';

type Status = 'loading' | 'error' | 'ready';

/** Wide layouts float the legend over the map's left side; keep the data clear of it. */
const WIDE = 720;

/**
 * @summary The Sortie explorer: a full-size map of the events with its key. Owns the one
 * store and the map view; children get values as properties and send intents up.
 *
 * Sets `data-ready` on the document element once the data has loaded and the map has
 * drawn it (browser tests and the screenshot script wait for it).
 *
 * @event sortie-ready - The data is loaded and drawn. Detail: `{ events, skipped }`.
 */
@customElement('sortie-app')
export class SortieApp extends LitElement {
  static override styles = styles;

  @query('.map') private mapContainer!: HTMLElement;

  /** URL of the events GeoJSON; defaults to the dataset bundled with the app. */
  @property() src: string = DEFAULT_EVENTS_URL;

  /**
   * URL of a MapLibre style to use instead of the built-in basemap (events still draw on
   * top). Defaults to the page's `basemap` parameter. Must be http(s) or a path on this site.
   */
  @property() basemap: string | null = null;

  @state() private status: Status = 'loading';
  @state() private errorMessage = '';
  @state() private events: SortieEvent[] = [];
  @state() private problems: DataProblem[] = [];
  @state() private notices: string[] = [];
  @state() private noticeDismissed = false;

  /** The one store of time, mode, filters, selection, playback and view. */
  readonly store = new Store();

  /** The map view (null until first rendered, and after disconnect). Tests query `mapView.map`. */
  mapView: MapView | null = null;

  #unsubscribe: (() => void) | null = null;
  #loads = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = this.store.subscribe(this.handleStateChange);
    // Re-attached after a disconnect: the container is already rendered.
    if (this.hasUpdated && !this.mapView) {
      this.#createMap();
      void this.#load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#loads++;
    this.mapView?.destroy();
    this.mapView = null;
    document.documentElement.removeAttribute('data-ready');
  }

  protected override firstUpdated(): void {
    this.#createMap();
    void this.#load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && changed.get('src') !== undefined) void this.#load();
  }

  #createMap(): void {
    let styleUrl: string | null = null;
    try {
      styleUrl = resolveBasemapUrl(this.basemap ?? new URL(location.href).searchParams.get('basemap'), location.href);
    } catch (error) {
      this.#addNotice(error instanceof Error ? error.message : String(error));
    }
    const view = new MapView(this.mapContainer, {
      styleUrl,
      fitPadding: this.#fitPadding,
      onProblem: (message) => this.#addNotice(message),
    });
    view.onEventClick((id) => this.store.set({ selectedId: id }));
    view.onViewChange((v) => this.store.set({ view: v }));
    this.mapView = view;
  }

  readonly #fitPadding = () => {
    const { width, height } = this.mapContainer.getBoundingClientRect();
    const room = (px: number, of: number) => Math.min(px, Math.max(0, of / 4));
    return width >= WIDE
      ? { top: room(48, height), bottom: room(48, height), left: room(300, width), right: room(64, width) }
      : { top: room(64, height), bottom: room(32, height), left: room(24, width), right: room(56, width) };
  };

  #addNotice(message: string): void {
    this.notices = [...this.notices, message];
    this.noticeDismissed = false;
  }

  async #load(): Promise<void> {
    const load = ++this.#loads;
    this.status = 'loading';
    this.errorMessage = '';
    document.documentElement.removeAttribute('data-ready');
    try {
      const { events, problems } = await loadEvents(this.src);
      if (load !== this.#loads) return;
      this.events = events;
      this.problems = problems;
      this.noticeDismissed = false;
      this.status = 'ready';
      // Until the time slider arrives, show every event: the end of the data's time range.
      this.store.set({ time: timeExtent(events)?.[1] ?? Date.now() });
      this.#syncMap(this.store.get());
      await this.mapView?.setEvents(events);
      if (load !== this.#loads || this.mapView?.failure) return;
      document.documentElement.setAttribute('data-ready', '');
      this.dispatchEvent(new SortieReadyEvent({ events: events.length, skipped: problems.length }));
    } catch (error) {
      if (load !== this.#loads) return;
      console.error(error);
      this.status = 'error';
      this.errorMessage = error instanceof Error ? error.message : String(error);
    }
  }

  #syncMap(state: Readonly<SortieState>): void {
    this.mapView?.setVisibleIds(new Set(visibleEvents(this.events, state).map((e) => e.id)));
  }

  private readonly handleStateChange = (state: Readonly<SortieState>, previous: Readonly<SortieState>): void => {
    const filtersChanged = state.time !== previous.time || state.mode !== previous.mode
      || state.windowMs !== previous.windowMs || state.kinds !== previous.kinds || state.actors !== previous.actors;
    if (filtersChanged) this.#syncMap(state);
  };

  private readonly handleRetry = (): void => {
    void this.#load();
  };

  private readonly handleDismiss = (): void => {
    this.noticeDismissed = true;
  };

  #renderStatus() {
    if (this.status === 'loading') {
      return html`<div class="status" role="status"><span class="spinner" aria-hidden="true"></span>Loading events…</div>`;
    }
    if (this.status === 'error') {
      return html`<div class="status error" role="alert">
        <h2>The events could not be loaded</h2>
        <p>${this.errorMessage}</p>
        <button type="button" @click=${this.handleRetry}>Try again</button>
      </div>`;
    }
    return nothing;
  }

  #renderNotice() {
    if (this.noticeDismissed || (this.problems.length === 0 && this.notices.length === 0)) return nothing;
    const ids = new Set(this.problems.map((p) => p.id));
    return html`<aside class="notice" aria-labelledby="notice-heading">
      <div class="notice-head">
        <h2 id="notice-heading">${ids.size
          ? `${ids.size} ${ids.size === 1 ? 'event was' : 'events were'} left out: the data has problems`
          : 'Note'}</h2>
        <button type="button" class="dismiss" @click=${this.handleDismiss}>Dismiss</button>
      </div>
      ${this.problems.length
        ? html`<ul class="problems">${this.problems.map((p) => html`<li><code>${p.id}</code> · <code>${p.field}</code>: ${p.message}</li>`)}</ul>`
        : nothing}
      ${this.notices.map((message) => html`<p>${message}</p>`)}
    </aside>`;
  }

  protected override render() {
    const count = this.events.length;
    return html`<div class="shell">
      <header>
        <h1>Sortie</h1>
        <p class="tagline">Military events in Syria, Iraq, Iran and Russia, 2003–2020, mapped from five news articles.</p>
        ${this.status === 'ready' ? html`<p class="meta">${count} ${count === 1 ? 'event' : 'events'}</p>` : nothing}
      </header>
      <main>
        <div class="map"></div>
        ${this.status === 'ready' ? html`<sortie-legend .counts=${kindCounts(this.events)}></sortie-legend>` : nothing}
        ${this.#renderNotice()}
        ${this.#renderStatus()}
      </main>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-app': SortieApp;
  }
}
