/**
 * Applies the element's options (its attributes) and, for the full-page explorer, the page
 * URL to the store and the camera: all of them once the data has loaded, then each one on
 * its own when a page changes it (a story step, a script), so changing `view` does not
 * reset the time and a removed attribute falls back to its default.
 */
import type { SortieEvent } from '../../data/validate';
import type { MapView } from '../../map/map-view';
import { timeExtent } from '../../state/selectors';
import type { SortieState, Store } from '../../state/store';
import type { SortieNotice } from '../sortie-notices/sortie-notices';
import type { InputNotices } from '../../options/input-notice';
import { checkOption, LIVE_OPTIONS } from '../../options/options-table';
import { checkDatasetUrl } from '../sortie-map/options';
import type { UrlNotice } from '../../state/url-state';
import { parseAppOptions, type AppOptions } from './app-options';
import { urlNotice } from './notices';
import { UrlSync } from './url-sync';

/** Options a page may change after loading (the options table's `live` rows). */
export const OPTION_NAMES = LIVE_OPTIONS as readonly OptionName[];
export type OptionName = 'time' | 'kinds' | 'actors' | 'mode' | 'event' | 'view' | 'bbox' | 'from' | 'to';

/** What the controller needs of the root element. */
export interface OptionsHost extends AppOptions {
  readonly store: Store;
  readonly events: readonly SortieEvent[];
  readonly mapView: MapView | null;
  readonly urlSync: boolean;
  readonly inputNotices: InputNotices;
  theme: 'light' | 'dark' | 'auto';
  src: string | null;
  addNotice(notice: SortieNotice): void;
  clampTime(t: number): number;
  reducedMotion(): boolean;
  eventById(id: string): SortieEvent | undefined;
}

export class OptionsController {
  #urlSync: UrlSync | null = null;

  constructor(private readonly host: OptionsHost) {}

  /** The dataset's ids, kinds and actors, for checking options (one pass; ids looked up, not copied). */
  #vocabulary() {
    const kinds = new Set<string>();
    const actors = new Set<string>();
    for (const e of this.host.events) {
      kinds.add(e.kind);
      for (const actor of e.actors) actors.add(actor);
    }
    return { eventIds: { has: (id: string) => this.host.eventById(id) !== undefined }, actors, kinds };
  }

  #resetDomain(from: number | null, to: number | null): void {
    // An empty dataset still gets a (zero-length) span, so nothing downstream sees NaN.
    const [start, end] = timeExtent(this.host.events) ?? [Date.now(), Date.now()];
    this.host.store.set({ domain: [from ?? start, to ?? end] });
  }

  /**
   * Applies every option (and the page URL) after a load. Returns a function that sets the
   * camera, to call once the map has the data.
   */
  applyAll(): () => void {
    const { host } = this;
    const vocabulary = this.#vocabulary();
    const options = parseAppOptions(host, vocabulary);
    this.#resetDomain(options.from, options.to);
    let patch: Partial<SortieState> = { time: host.store.get().domain[1], ...options.patch };
    const optionNotices = [...host.inputNotices.options, ...options.notices];
    if (optionNotices.length) host.addNotice(urlNotice(optionNotices, 'option'));
    let paramNotices: UrlNotice[] = [...host.inputNotices.params];
    const firstLoad = host.urlSync && !this.#urlSync;
    if (firstLoad) {
      this.#urlSync = new UrlSync(host.store, vocabulary, (n) => host.addNotice(urlNotice(n, 'URL parameter')), this.#restoreCamera);
      const read = this.#urlSync.readFirst();
      patch = { ...patch, ...read.patch };
      paramNotices = [...paramNotices, ...(this.#srcNotice ? [this.#srcNotice] : []), ...read.notices];
    }
    if (paramNotices.length) host.addNotice(urlNotice(paramNotices, 'URL parameter'));
    if (patch.time !== undefined) patch.time = host.clampTime(patch.time);
    host.store.set(patch);
    if (firstLoad) this.#urlSync?.start();
    return () => {
      const { selectedId } = host.store.get();
      // The link's own view: the store's may already hold the fit made while loading.
      if (patch.view) host.mapView?.setView(patch.view);
      else if (options.bbox) host.mapView?.fitBbox(options.bbox);
      else if (selectedId) host.mapView?.focusEvent(selectedId, false);
    };
  }

  /**
   * Reads the page URL's `theme` (the full-page explorer), before the map is made so its
   * basemap starts in the right palette. A bad value is reported by applyAll (UrlSync).
   */
  readPage(): void {
    const params = new URL(location.href).searchParams;
    const theme = params.get('theme');
    if (theme !== null && checkOption('theme', theme).ok) this.host.theme = theme.trim() as 'light' | 'dark' | 'auto';
    // `?src=`: the same rules as the element's `src` (http(s) or a path on this site).
    const src = params.get('src');
    if (src !== null) {
      const check = checkDatasetUrl(src, location.href);
      if (check.ok) this.host.src = check.url;
      else this.#srcNotice = { param: 'src', message: check.message.replace('The "src" attribute', 'The "src" parameter') };
    }
  }

  /** A refused `?src=`, reported with the other URL parameters once the bundled data is shown. */
  #srcNotice: UrlNotice | null = null;

  /** Applies just the options that changed after loading. */
  applyChanged(names: readonly OptionName[]): void {
    const { host } = this;
    const options = parseAppOptions(host, this.#vocabulary());
    if (options.notices.length) host.addNotice(urlNotice(options.notices, 'option'));
    const has = (name: OptionName) => names.includes(name);
    if (has('from') || has('to')) this.#resetDomain(options.from, options.to);
    const { patch } = options;
    const next: Partial<SortieState> = {};
    if (has('time') && patch.time !== undefined) next.time = patch.time;
    if (has('kinds')) next.kinds = patch.kinds ?? null;
    if (has('actors')) next.actors = patch.actors ?? null;
    if (has('mode')) next.mode = patch.mode ?? 'cumulative';
    if (has('event')) next.selectedId = patch.selectedId ?? null;
    next.time = host.clampTime(next.time ?? host.store.get().time);
    host.store.set(next);
    if (has('view') && patch.view) host.mapView?.setView(patch.view);
    else if ((has('bbox') || has('view')) && options.bbox) host.mapView?.fitBbox(options.bbox);
  }

  /** Back/Forward restored a state: move the camera to it. */
  readonly #restoreCamera = (patch: Partial<SortieState>): void => {
    if (patch.view) this.host.mapView?.setView(patch.view);
    else if (patch.selectedId) this.host.mapView?.focusEvent(patch.selectedId, !this.host.reducedMotion());
  };

  stop(): void {
    this.#urlSync?.stop();
    this.#urlSync = null;
  }
}
