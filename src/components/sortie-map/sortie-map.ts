import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import placeholderUrl from '../../../docs/sortie-map.png?url';
// Type only: erased from the build, so the loader never pulls in the app (or MapLibre).
import type { SortieApp } from '../sortie-app/sortie-app';
import { checkDatasetUrl, parseHeight } from './options';
import { styles } from './sortie-map.styles';

/** How far outside the viewport the element starts loading the map (IntersectionObserver rootMargin). */
const NEAR = '200px';

/**
 * Where the element is: `idle` (placeholder, waiting to be scrolled near), `loading` (the
 * map code is downloading), `starting` (the app is loading its data), `ready`, `failed`
 * (the map code could not be downloaded) or `refused` (the `src` attribute is not usable).
 * A dataset with no event that can be shown (an empty file, or every feature left out) is
 * still `ready`: the element then shows an empty state saying so and listing the problems,
 * never a spinner or a blank map.
 */
export type SortieMapStatus = 'idle' | 'loading' | 'starting' | 'ready' | 'failed' | 'refused';

type Call = (app: SortieApp) => void;

const TITLE = 'Military events in Syria, Iraq, Iran and Russia, 2003–2020';

/**
 * @summary The embeddable Sortie map. Shows a static picture until it is scrolled near the
 * viewport, then loads the explorer (`<sortie-app>`, with MapLibre) into its shadow root and
 * forwards its attributes to it. Registered by `src/embed.ts` (the `sortie-map.js` bundle).
 *
 * Every attribute is mirrored by a property of the same name (`url-sync` is deliberately
 * absent: the element never touches the page's URL). Calls to `play()`, `pause()`,
 * `setTime()` and `select()` made before the map is ready are queued and run, in order,
 * once it is.
 *
 * The element reflects its progress in a read-only `status` attribute (see SortieMapStatus),
 * e.g. `sortie-map[status="ready"]`.
 *
 * The inner app's public events are composed, so they cross this element's shadow root by
 * themselves and reach page listeners once, retargeted to this element; nothing is
 * re-dispatched. (The app stops its children's internal requests at its own shadow root.)
 *
 * @event sortie-ready - The data is loaded and drawn.
 * @event sortie-timechange - The time shown changed. Detail: `{ time }`.
 * @event sortie-select - The selection changed. Detail: `{ id }` (null when cleared).
 * @csspart frame - The box that sizes the map.
 * @csspart placeholder - The static picture shown before the map loads.
 * @cssproperty --sortie-map-height - Height of the map (default: from the aspect ratio).
 * @cssproperty --sortie-map-aspect-ratio - Default 16 / 10.
 * @cssproperty --sortie-map-min-height - Default 640px (520px for minimal controls, 360px for none).
 * @cssproperty --sortie-map-max-height - Default 900px.
 */
export class SortieMap extends LitElement {
  static override styles = styles;

  /** URL of the events GeoJSON (http(s) or a path on this site); default: the bundled dataset. */
  @property() src: string | null = null;
  /** URL of a MapLibre style to draw under the events instead of the built-in basemap. */
  @property() basemap: string | null = null;
  /** The day to show first, `YYYY-MM-DD`. */
  @property() time: string | null = null;
  /** First day of the timeline, `YYYY-MM-DD`. */
  @property() from: string | null = null;
  /** Last day of the timeline, `YYYY-MM-DD`. */
  @property() to: string | null = null;
  /** Kinds to show, comma-separated (e.g. `strike,deployment`); default all. */
  @property() kinds: string | null = null;
  /** Actors to show, comma-separated; default all. */
  @property() actors: string | null = null;
  /** `cumulative` (everything up to the time) or `window` (recent events only). */
  @property() mode: string | null = null;
  /** Start playing once ready. */
  @property({ type: Boolean }) autoplay = false;
  /** Camera as `longitude,latitude,zoom`. */
  @property() view: string | null = null;
  /** Camera as a box to fit, `west,south,east,north`. */
  @property() bbox: string | null = null;
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property() theme: string | null = null;
  /** `full`, `minimal` or `none`. */
  @property() controls: string | null = null;
  /** Id of the event to select. */
  @property() event: string | null = null;
  /**
   * Height: pixels (`480`) or a CSS length (`30rem`, `70vh`). Default: a 16:10 box at least
   * 640 px tall (520 with `controls="minimal"`, 360 with `none`) and at most 900.
   */
  @property() height: string | null = null;
  /** `lazy` (default): load the map when scrolled near; `eager`: load it at once. */
  @property() loading: string | null = null;

  @state() private phase: SortieMapStatus = 'idle';
  @state() private appLoaded = false;
  @state() private failure = '';

  #observer: IntersectionObserver | null = null;
  /** Has the element been near the viewport (or eager)? Then it loads as soon as it can. */
  #near = false;
  #ready = false;
  #pending: Call[] = [];

  /** Where the element is; see SortieMapStatus. */
  get status(): SortieMapStatus {
    return this.phase;
  }

  /** Starts playback (queued until the map is ready). */
  play(): void {
    this.#call((app) => app.play());
  }

  /** Pauses playback (queued until the map is ready). */
  pause(): void {
    this.#call((app) => app.pause());
  }

  /** Shows this moment: epoch ms or `YYYY-MM-DD` (queued until the map is ready). */
  setTime(time: number | string): void {
    this.#call((app) => app.setTime(time));
  }

  /** Selects an event by id, or clears the selection with null (queued until the map is ready). */
  select(id: string | null): void {
    this.#call((app) => app.select(id));
  }

  #call(fn: Call): void {
    const app = this.#app();
    if (app && this.#ready) fn(app);
    else this.#pending.push(fn);
  }

  #app(): SortieApp | null {
    return this.renderRoot?.querySelector('sortie-app') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#near) return;
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      this.#near = true;
      void this.#loadApp();
      return;
    }
    this.#observer = new IntersectionObserver(this.handleIntersection, { rootMargin: NEAR });
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = null;
    // The inner app tears its map down when it leaves the document; it loads again and
    // fires `sortie-ready` again if the element comes back.
    this.#ready = false;
    if (this.phase === 'ready') this.phase = 'starting';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('src')) return;
    if (this.#srcCheck()?.ok === false) {
      this.phase = 'refused';
    } else if (this.appLoaded) {
      // The app reloads for the new dataset; calls wait for its next `sortie-ready`.
      this.#ready = false;
      this.phase = 'starting';
    } else if (this.phase === 'refused') {
      this.phase = 'idle';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.getAttribute('status') !== this.phase) this.setAttribute('status', this.phase);
    if (changed.has('height')) this.#applyHeight();
    if (changed.has('src') && this.#near) void this.#loadApp();
    if (changed.has('loading') && this.loading === 'eager' && !this.#near) {
      this.#near = true;
      this.#observer?.disconnect();
      void this.#loadApp();
    }
  }

  /**
   * Sizes the frame from the `height` attribute through the CSSOM: a `style` attribute
   * (even an empty one, as a style binding writes) breaks a strict CSP's style-src.
   */
  #applyHeight(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const height = parseHeight(this.height);
    if (this.height && !height) {
      console.warn(`<sortie-map>: the "height" attribute must be a number of pixels or a CSS length such as 30rem; got "${this.height}". Using the default size.`);
    }
    frame?.classList.toggle('fixed', height !== null);
    if (height) frame?.style.setProperty('--fixed-height', height);
  }

  #srcCheck() {
    return this.src === null ? null : checkDatasetUrl(this.src, document.baseURI);
  }

  async #loadApp(): Promise<void> {
    // (connectedCallback can get here before the first update has checked `src`.)
    if (this.appLoaded || this.phase === 'loading' || this.#srcCheck()?.ok === false) return;
    this.phase = 'loading';
    try {
      // The only route to the app module: MapLibre arrives with it, never before.
      await import('../sortie-app/sortie-app');
      this.appLoaded = true;
      this.phase = 'starting';
    } catch (error) {
      this.phase = 'failed';
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  private readonly handleIntersection = (entries: IntersectionObserverEntry[]): void => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#near = true;
    void this.#loadApp();
  };

  private readonly handleReady = (event: Event): void => {
    if (event.composedPath()[0] !== event.currentTarget) return;
    this.#ready = true;
    this.phase = 'ready';
    const app = this.#app();
    const calls = this.#pending;
    this.#pending = [];
    if (app) for (const call of calls) call(app);
  };

  private readonly handleRetry = (): void => {
    this.phase = 'idle';
    void this.#loadApp();
  };

  #renderApp(src: string | null) {
    // Attribute bindings: `<sortie-app>` parses the same strings the page gave us.
    return html`<sortie-app
      class="app"
      src=${src ?? nothing}
      basemap=${this.basemap ?? nothing}
      time=${this.time ?? nothing}
      from=${this.from ?? nothing}
      to=${this.to ?? nothing}
      kinds=${this.kinds ?? nothing}
      actors=${this.actors ?? nothing}
      mode=${this.mode ?? nothing}
      ?autoplay=${this.autoplay}
      view=${this.view ?? nothing}
      bbox=${this.bbox ?? nothing}
      theme=${this.theme ?? nothing}
      controls=${this.controls ?? nothing}
      event=${this.event ?? nothing}
      @sortie-ready=${this.handleReady}
    ></sortie-app>`;
  }

  #renderPlaceholder() {
    const waiting = this.phase === 'loading' ? 'Loading the interactive map…' : 'The interactive map loads when you scroll to it.';
    return html`<figure class="placeholder" part="placeholder">
      <img src=${placeholderUrl} alt="Static map: ${TITLE}" loading="lazy" decoding="async" />
      <figcaption><strong>${TITLE}</strong> <span>${waiting}</span></figcaption>
    </figure>`;
  }

  #renderProblem(title: string, message: string, retry: boolean) {
    return html`<div class="problem" role="alert">
      <h2>${title}</h2>
      <p>${message}</p>
      ${retry ? html`<button type="button" @click=${this.handleRetry}>Try again</button>` : nothing}
    </div>`;
  }

  protected override render() {
    const check = this.#srcCheck();
    let body;
    if (check && !check.ok) {
      body = this.#renderProblem('This map cannot show its data', check.message, false);
    } else if (this.phase === 'failed') {
      body = html`${this.#renderPlaceholder()}${this.#renderProblem('The map could not be loaded', `Its code did not download (${this.failure}). Check the connection and try again.`, true)}`;
    } else {
      body = this.appLoaded ? this.#renderApp(check?.url ?? null) : this.#renderPlaceholder();
    }
    return html`<div class="frame" part="frame">${body}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-map': SortieMap;
  }
}
