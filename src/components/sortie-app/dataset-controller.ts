/**
 * Loading a dataset for the root: fetch and validate it (src/data/load.ts), report the
 * features left out, apply the options to the store, hand the events to the map, and say
 * when the whole is ready or why it failed. Only the latest load counts: a src changed
 * mid-load (or a disconnect) makes the earlier one stop where it is.
 */
import { fileName, loadEvents, type LoadProgress } from '../../data/load';
import type { ArticleMeta } from '../../data/dataset-format';
import { EMPTY_META, type DatasetMeta } from '../../data/dataset-meta';
import type { DataProblem, SortieEvent } from '../../data/validate';
import { sortieLoadState } from '../../events/sortie-load-state';
import { SortieReadyEvent } from '../../events/sortie-ready';
import type { MapView } from '../../map/map-view';
import type { Notice } from '../../state/notice';
import { pageIsLeaving } from '../../state/page-leaving';
import type { Store } from '../../state/store';
import type { SortieDatasetFile } from '../../data/dataset-format';
import type { SortieOpenDataDetail } from '../../events/sortie-open-data';
import { OPENED_NOTICE, openedNotice } from '../sortie-open-data/opened-notice';
import { META_NOTICE, metaNotice, problemNotice, PROBLEMS_NOTICE } from './notices';

export type LoadStatus = 'loading' | 'error' | 'ready';

export interface DatasetHost extends EventTarget {
  readonly src: string | null;
  readonly store: Store;
  readonly mapView: MapView | null;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
  /** Applies the options to the store; returns the camera move to make once the map has the data. */
  applyOptions(): () => void;
  /** Brings the map in line with the store after a load. */
  syncMap(): void;
  setReady(ready: boolean): void;
  /** Called with the dataset's title once it has loaded (the full-page explorer names the page after it). */
  titled(title: string): void;
  /** Called when everything is drawn (autoplay starts here). */
  loaded(): void;
  requestUpdate(): void;
}

type OpenReport = Pick<SortieOpenDataDetail, 'skipped' | 'problems'>;

export class DatasetController {
  status: LoadStatus = 'loading';
  /** Why the last load failed, for the person who can fix it. */
  errorMessage = '';
  events: SortieEvent[] = [];
  problems: DataProblem[] = [];
  /** Features in the last dataset loaded (valid plus left out), for the empty state. */
  total = 0;
  /** The dataset's own article list (never another dataset's: ids must not resolve to ours). */
  articles: readonly ArticleMeta[] = [];
  /** What the loaded dataset says about itself (title, kinds, view, credits), with defaults from its events. */
  meta: DatasetMeta = EMPTY_META;
  /** Where the current load is (null once it is done, or before it has begun). */
  progress: LoadProgress | null = null;
  #loads = 0;
  /** `events` by id, made on first look-up after a load (never per step). */
  #byId: Map<string, SortieEvent> | null = null;
  /** Stops the current load's download and worker when a newer load (or a disconnect) replaces it. */
  #abort: AbortController | null = null;
  /** The dataset opened from a local file (Open data): its blob: URL, file name and import report. */
  #opened: { url: string; name: string; report: OpenReport; shown: boolean } | null = null;

  constructor(private readonly host: DatasetHost) {}

  /** The dataset's name as a person recognises it: the opened file's, else the last part of `src`. */
  get name(): string {
    if (this.#opened && this.#opened.url === this.host.src) return this.#opened.name;
    return this.host.src ? fileName(this.host.src) : 'events.geojson';
  }

  /** The loaded event with this id, if any. O(1) after the first call per dataset. */
  byId(id: string): SortieEvent | undefined {
    this.#byId ??= new Map(this.events.map((e) => [e.id, e]));
    return this.#byId.get(id);
  }

  /**
   * Makes a dataset converted from a local file (the Open data dialog) loadable like any
   * other: returns a blob: URL of it, for `src`. The previous opened file's URL is released.
   * Once drawn, the map fits it and a notice says what was opened and which rows were skipped.
   */
  open(dataset: SortieDatasetFile, name: string, report: OpenReport = {}): string {
    if (this.#opened) URL.revokeObjectURL(this.#opened.url);
    const url = URL.createObjectURL(new Blob([JSON.stringify(dataset)], { type: 'application/geo+json' }));
    this.#opened = { url, name, report, shown: false };
    this.host.dismissNotice(OPENED_NOTICE);
    return url;
  }

  /** Releases the opened file's URL (the element is gone). */
  release(): void {
    if (this.#opened) URL.revokeObjectURL(this.#opened.url);
    this.#opened = null;
  }

  /** Makes any load in progress stop where it is. */
  cancel(): void {
    this.#loads++;
    this.#abort?.abort();
    this.#abort = null;
  }

  async load(): Promise<void> {
    const { host } = this;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const load = ++this.#loads;
    this.status = 'loading';
    this.errorMessage = '';
    this.progress = null;
    host.setReady(false);
    host.requestUpdate();
    host.dispatchEvent(sortieLoadState({ state: 'loading', message: '' }));
    try {
      const { events, problems, features, meta } = await loadEvents(host.src, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (load !== this.#loads) return;
          this.progress = progress;
          host.requestUpdate();
        },
      });
      if (load !== this.#loads) return;
      this.progress = null;
      this.events = events;
      this.#byId = null;
      this.problems = problems;
      this.total = features;
      this.articles = meta.articles ?? [];
      this.meta = meta;
      host.titled(meta.title);
      // A new dataset's problems replace the last one's; the empty state lists them itself.
      host.dismissNotice(PROBLEMS_NOTICE);
      host.dismissNotice(META_NOTICE);
      if (meta.problems.length) host.addNotice(metaNotice(meta.problems, this.name));
      if (problems.length && events.length) host.addNotice(problemNotice(problems, this.name));
      this.status = 'ready';
      // The map takes the events first: it decides there whether they are drawn on the GPU,
      // and the options below already sync the map (a large dataset fed to MapLibre's own
      // layers for that one sync cost 1.2 s at 100,000 events).
      const drawn = host.mapView?.setEvents(events, meta);
      const camera = host.applyOptions();
      host.requestUpdate();
      await drawn;
      if (load !== this.#loads) return;
      camera();
      host.syncMap();
      if (host.mapView?.failure) {
        host.dispatchEvent(sortieLoadState({ state: 'failed', message: host.mapView.failure }));
        return;
      }
      const opened = this.#opened;
      if (opened && opened.url === host.src && !opened.shown) {
        opened.shown = true;
        host.mapView?.fitToEvents();
        host.addNotice(openedNotice(opened.name, events.length, opened.report));
      }
      host.setReady(true);
      host.dispatchEvent(new SortieReadyEvent({ events: events.length, skipped: problems.length }));
      host.loaded();
    } catch (error) {
      if (load !== this.#loads || pageIsLeaving() || abort.signal.aborted) return;
      this.progress = null;
      console.error(error);
      this.status = 'error';
      this.meta = EMPTY_META;
      this.errorMessage = error instanceof Error ? error.message : String(error);
      host.requestUpdate();
      host.dispatchEvent(sortieLoadState({ state: 'failed', message: this.errorMessage }));
    }
  }
}
