import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import placeholderUrl from '../../../docs/sortie-map.png?url';
// Type only: erased from the build, so the loader never pulls in the app (or MapLibre).
import type { SortieApp } from '../sortie-app/sortie-app';
import type { SortieLoadStateEvent } from '../../events/sortie-load-state';
import { NO_INPUT_NOTICES, type InputNotices } from '../../options/input-notice';
import { checkOption, FORWARDED_ATTRIBUTES, OPTIONS } from '../../options/options-table';
import { formatIsoDay, type UrlNotice } from '../../state/url-state';
import { ContextKeeper } from './context-keeper';
import { forward, type AttributeValues } from './forward';
import { checkDatasetUrl, checkElementOptions, parseHeight } from './options';
import type { CameraRequest } from '../sortie-app/frame-camera';
import { styles } from './sortie-map.styles';

/** How far outside the viewport the element starts loading the map (IntersectionObserver rootMargin). */
const NEAR = '200px';

/**
 * Where the element is: `idle` (placeholder, waiting to be scrolled near), `loading` (the
 * map code is downloading), `starting` (the app is loading its data), `ready`, `failed`
 * (the map code could not be downloaded, or the data cannot be shown: HTTP error, not JSON,
 * not GeoJSON, refused by CORS, no answer within 30 s; the element says why and offers to
 * try again) or `refused` (the `src` attribute is not usable: not http(s), a malformed `%`).
 * A dataset with no event that can be shown (an empty file, or every feature left out) is
 * still `ready`: the element then shows an empty state saying so and listing the problems,
 * never a spinner or a blank map.
 */
export type SortieMapStatus = 'idle' | 'loading' | 'starting' | 'ready' | 'failed' | 'refused';

type Call = (app: SortieApp) => void;

/** Caption of the placeholder picture, which shows the bundled dataset (docs/sortie-map.png). */
const TITLE = 'Military events in Syria, Iraq, Iran and Russia, 2003–2020';

/**
 * @summary The embeddable Sortie map. Shows a static picture until it is scrolled near the
 * viewport, then loads the explorer (`<sortie-app>`, with MapLibre) into its shadow root and
 * forwards its attributes to it. Registered by `src/embed.ts` (the `sortie-map.js` bundle).
 *
 * Every attribute is mirrored by a property of the same name, both declared once in the
 * options table (`url-sync` is deliberately absent: the element never touches the page's
 * URL); the `time` property is live (the day shown now). Maps far from the viewport give
 * their WebGL context back and take a new one when they come near (context-keeper.ts), so
 * a page can hold any number of them. Calls to `play()`, `pause()`,
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
 * @cssproperty --sortie-map-min-height - Default 640px (660px when the element is 760 px wide or less; 520px for minimal controls, 360px for none). With minimal or no controls the element grows past it to fit the map area's minimum and the slider.
 * @cssproperty --sortie-map-area-min-height - The least height of the map itself, default 320px; 0 when the page sizes the element (the `height` attribute or --sortie-map-height).
 * @cssproperty --sortie-map-max-height - Default 900px.
 */
export class SortieMap extends LitElement {
  static override styles = styles;

  /**
   * One reactive property per row of the options table (src/options/options-table.ts, where
   * each is documented), observing the attribute of the same name. `time` is the exception:
   * its attribute feeds `initialTime`, and the `time` property reads the day shown now.
   */
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(
      OPTIONS.filter((o) => o.name !== 'time').map((o) => [o.name, { attribute: o.attribute, type: o.type === 'boolean' ? Boolean : String }]),
    ),
    initialTime: { attribute: 'time' },
  };

  /** URL of the events GeoJSON (http(s) or a path on this site); null: the bundled dataset. */
  declare src: string | null | undefined;
  /** URL of a MapLibre style to draw under the events instead of the built-in basemap. */
  declare basemap: string | null | undefined;
  /** The `time` attribute: the day to show first, `YYYY-MM-DD`. */
  declare initialTime: string | null | undefined;
  /** First day of the timeline, `YYYY-MM-DD`. */
  declare from: string | null | undefined;
  /** Last day of the timeline, `YYYY-MM-DD`. */
  declare to: string | null | undefined;
  /** Kinds to show, comma-separated (e.g. `strike,deployment`); default all. */
  declare kinds: string | null | undefined;
  /** Actors to show, comma-separated; default all. */
  declare actors: string | null | undefined;
  /** `cumulative` (everything up to the time) or `window` (recent events only). */
  declare mode: string | null | undefined;
  /** Start playing once ready. */
  declare autoplay: boolean | undefined;
  /** Camera as `longitude,latitude,zoom`. */
  declare view: string | null | undefined;
  /** Camera as a box to fit, `west,south,east,north`. */
  declare bbox: string | null | undefined;
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  declare theme: string | null | undefined;
  /** `full`, `minimal` or `none`. */
  declare controls: string | null | undefined;
  /** Id of the event to select. */
  declare event: string | null | undefined;
  /**
   * Height: pixels (`480`) or a CSS length (`30rem`, `70vh`), at most 4,000 px or 3 viewport
   * heights. Default: a 16:10 box at least 640 px tall (520 with `controls="minimal"`, 360
   * with `none`) and at most 900.
   */
  declare height: string | null | undefined;
  /** `lazy` (default): load the map when scrolled near; `eager`: load it at once. */
  declare loading: string | null | undefined;

  /** Internal, for embed.html: URL parameters it ignored, shown inside the map as a notice. */
  @property({ attribute: false }) urlNotices: UrlNotice[] = [];

  /**
   * The day shown now, `YYYY-MM-DD`: it follows playback, scrubbing, story steps and
   * `setTime()`, as the time slider does (before the map is ready: the `time` attribute).
   * Setting it shows that day. The `time` attribute keeps the first value.
   */
  get time(): string | null {
    const app = this.#ready ? this.#app() : null;
    return app ? formatIsoDay(app.store.get().time) : (this.initialTime ?? null);
  }

  set time(value: string | null) {
    const old = this.initialTime;
    this.initialTime = value;
    // The same value as the first one still moves a map the reader has since moved.
    if (value && old === value) this.setTime(value);
  }

  @state() private phase: SortieMapStatus = 'idle';
  @state() private appLoaded = false;
  /** Why the map code could not be downloaded ('' otherwise; data failures show inside the app). */
  @state() private failure = '';
  /** What the app is told was ignored: bad `theme`/`controls` attributes, and `urlNotices`. */
  @state() private inputNotices: InputNotices = NO_INPUT_NOTICES;

  #observer: IntersectionObserver | null = null;
  /** Has the element been near the viewport (or eager)? Then it loads as soon as it can. */
  #near = false;
  #ready = false;
  #pending: Call[] = [];
  readonly #contexts = new ContextKeeper({ element: this, mapView: () => (this.#ready ? this.#app()?.mapView ?? null : null) });

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

  /**
   * Moves the camera: to `view` (`lng,lat,zoom`), else fits `bbox` (`w,s,e,n`), else fits
   * the event `event` with padding, even if the attributes already say so (story steps;
   * queued until the map is ready).
   */
  frame(camera: CameraRequest): void {
    this.#call((app) => app.frame(camera));
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
    this.#contexts.start();
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
    this.#contexts.stop();
    // The inner app tears its map down when it leaves the document; it loads again and
    // fires `sortie-ready` again if the element comes back.
    this.#ready = false;
    if (this.phase === 'ready') this.phase = 'starting';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') || changed.has('controls') || changed.has('urlNotices')) {
      const options = checkElementOptions({ theme: this.theme ?? null, controls: this.controls ?? null });
      this.inputNotices = options.length || this.urlNotices.length ? { options, params: this.urlNotices } : NO_INPUT_NOTICES;
    }
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
    this.#applyHeight(changed.has('height'));
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
  #applyHeight(heightChanged: boolean): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const height = parseHeight(this.height);
    if (heightChanged && this.height && !height) {
      console.warn(`<sortie-map>: the "height" attribute must be a number of pixels or a CSS length such as 30rem; got "${this.height}". Using the default size.`);
    }
    if (height?.capped) console.warn(`<sortie-map>: the "height" attribute ${height.capped}.`);
    frame?.classList.toggle('fixed', height !== null);
    if (height) frame?.style.setProperty('--fixed-height', height.css);
    // Sized by the page (the attribute, or --sortie-map-height as story pages set it): the
    // element does not grow to fit its controls and the map area has no minimum of its own.
    const pageHeight = getComputedStyle(this).getPropertyValue('--sortie-map-height').trim();
    frame?.classList.toggle('sized', height !== null || pageHeight !== '');
  }

  #srcCheck() {
    // No src (never set, removed, or null): the bundled dataset, nothing to check.
    return this.src === null || this.src === undefined ? null : checkDatasetUrl(this.src, document.baseURI);
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
    this.#contexts.ready();
    const app = this.#app();
    const calls = this.#pending;
    this.#pending = [];
    if (app) for (const call of calls) call(app);
  };

  /** The app started (re)loading its data, or cannot show it (its own message and Try again are inside it). */
  private readonly handleLoadState = (event: SortieLoadStateEvent): void => {
    if (event.target !== event.currentTarget) return;
    this.#ready = false;
    this.phase = event.detail.state === 'failed' ? 'failed' : 'starting';
  };

  private readonly handleRetry = (): void => {
    this.phase = 'idle';
    void this.#loadApp();
  };

  #forwarded(src: string | null): AttributeValues {
    const valid = (name: 'theme' | 'controls') => {
      const value = this[name] ?? null;
      return value !== null && checkOption(name, value).ok ? value : null;
    };
    const values = new Map<string, string | boolean | null>();
    for (const name of FORWARDED_ATTRIBUTES) {
      const value = name === 'src' ? src
        : name === 'time' ? this.initialTime ?? null
        : name === 'theme' || name === 'controls' ? valid(name)
        : (this as unknown as Record<string, string | boolean | null | undefined>)[name] ?? null;
      values.set(name, value);
    }
    return values;
  }

  #renderApp(src: string | null) {
    // Attribute bindings: `<sortie-app>` parses the same strings the page gave us.
    // `embedded`: the map is part of the article, so wheel and swipes scroll the article.
    return html`<sortie-app
      class="app"
      embedded
      ${forward(this.#forwarded(src))}
      .inputNotices=${this.inputNotices}
      @sortie-ready=${this.handleReady}
      @sortie-load-state=${this.handleLoadState}
    ></sortie-app>`;
  }

  #renderPlaceholder() {
    const waiting = this.phase === 'loading' ? 'Loading the interactive map…' : 'The interactive map loads when you scroll to it.';
    // The picture and its title are of the bundled dataset; another dataset's title is not known until it loads.
    const own = this.src === null || this.src === undefined;
    const title = own ? TITLE : 'Map of events';
    return html`<figure class="placeholder" part="placeholder">
      ${own ? html`<img src=${placeholderUrl} alt="Static map: ${TITLE}" loading="lazy" decoding="async" />` : nothing}
      <figcaption><strong>${title}</strong> <span>${waiting}</span></figcaption>
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
    } else if (this.phase === 'failed' && !this.appLoaded) {
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
