/**
 * The root's side of the map view: makes and destroys the MapView, keeps it in step with the
 * store (which events are visible, their emphasis, the arrival pulse), and turns map clicks
 * into a selection or the co-located picker. The element only hands it a container.
 */
import type { SortieEvent } from '../../data/validate';
import { MapView, resolveBasemapUrl, type EventHit } from '../../map/map-view';
import type { OffscreenGroup } from '../../map/offscreen';
import { eventStates } from '../../state/emphasis';
import { EventRun } from '../../state/event-run';
import { isEventVisible } from '../../state/selectors';
import type { Notice } from '../../state/notice';
import type { SortieState, Store } from '../../state/store';
import type { TimeIndex } from '../../state/time-index';
import type { TimeMode } from '../../data/time';

/** Below every date (the earliest a Date can hold is −8.64e15 ms): cumulative mode's `from`. */
const EARLIEST = Number.MIN_SAFE_INTEGER;

/** Wide layouts keep more room around the data, clear of the zoom buttons. */
const WIDE = 720;

export interface MapHost {
  readonly store: Store;
  readonly basemap: string | null;
  readonly urlSync: boolean;
  readonly embedded: boolean;
  readonly controls: string;
  readonly dark: boolean;
  addNotice(notice: Notice): void;
  requestUpdate(): void;
  reducedMotion(): boolean;
  /** The loaded event with this id (O(1)). */
  eventById(id: string): SortieEvent | undefined;
  /** Every valid event of the dataset. */
  readonly events: readonly SortieEvent[];
}

export class MapController {
  /** The map view (null until created, and after destroy). */
  view: MapView | null = null;
  /** Visible events off the map, as the map view groups them for the edge indicators. */
  offscreen: OffscreenGroup[] = [];
  /** The events visible at the store's time and filters, as last synced (by start). */
  visible: EventRun<SortieEvent> = EventRun.EMPTY;
  /** The index whose events the map was last told pass the filters. */
  #filteredBy: TimeIndex | null = null;
  /** What the map's time filter was last set for (TimeIndex.stage), in that index. */
  #stage: { started: number; ended: number; mode: TimeMode } | null = null;
  #container: HTMLElement | null = null;

  constructor(private readonly host: MapHost) {}

  create(container: HTMLElement): MapView {
    const { host } = this;
    this.#container = container;
    this.#filteredBy = null;
    this.#stage = null;
    let styleUrl: string | null = null;
    try {
      const fromPage = host.urlSync ? new URL(location.href).searchParams.get('basemap') : null;
      styleUrl = resolveBasemapUrl(host.basemap ?? fromPage, location.href);
    } catch (error) {
      host.addNotice({ id: 'basemap', title: 'Ignored the basemap option', lines: [error instanceof Error ? error.message : String(error)] });
    }
    const view = new MapView(container, {
      styleUrl,
      theme: host.dark ? 'dark' : 'light',
      fitPadding: this.#fitPadding,
      cooperativeGestures: host.embedded,
      onProblem: (message) => host.addNotice({ id: `map-${host.store.get().notices.length}`, title: 'Map', lines: [message] }),
    });
    view.onEventClick(this.#handleClick);
    view.onViewChange((v) => host.store.set({ view: v }));
    view.onOffscreenChange((groups) => {
      this.offscreen = groups;
      host.requestUpdate();
    });
    this.view = view;
    return view;
  }

  destroy(): void {
    this.view?.destroy();
    this.view = null;
  }

  /**
   * Brings the map in line with the store. Returns the events that appeared since
   * `previous` (for the caption and the list's announcements). At scale this is O(log N):
   * the visible events and those that appeared are runs of the index, read in place.
   */
  sync(index: TimeIndex, state: Readonly<SortieState>, previous: Readonly<SortieState>): EventRun<SortieEvent> {
    // The index holds the events that pass the kind and actor filters (filtered-index.ts).
    const { time, mode, windowMs, selectedId } = state;
    const visible = index.visible(time, mode, windowMs);
    this.visible = visible;
    const view = this.view;
    if (!view) return EventRun.EMPTY;
    const appeared = index.appeared(previous.time, time, mode, windowMs);
    if (view.atScale) {
      // Drawn on the GPU: the time and filters are uniforms; only the selection is a feature.
      const { kinds, actors } = state;
      view.setFrame({ time, mode, windowMs, kinds, actors, dark: this.host.dark });
      const selected = selectedId ? this.host.eventById(selectedId) : undefined;
      view.setSelectedAtScale(selected && isEventVisible(selected, state) ? selected : null);
      return appeared;
    }
    // Below the GPU layer's threshold (a few thousand events): MapLibre layers. Their filters
    // compare each event's start and end with the time; the kind and actor part is an id
    // list that changes only with the index.
    if (index !== this.#filteredBy) {
      this.#filteredBy = index;
      this.#stage = null;
      view.setPassingIds(index.size === this.host.events.length ? null : new Set(index.byStart.map((e) => e.id)));
    }
    // The map is given the time and the visible ids only when it shows other events than at
    // the last time (another stage): each change re-filters the events in its worker and
    // sends the markers that came and went. Within a stage only the emphasis changes.
    const shown = visible.toArray();
    const [started, ended] = index.stage(time, mode, windowMs);
    const stage = this.#stage;
    if (!stage || stage.started !== started || stage.ended !== ended || stage.mode !== mode) {
      this.#stage = { started, ended, mode };
      view.setTimeWindow(time, mode === 'window' ? time - Math.max(0, windowMs) : EARLIEST); // the index's window edge
      view.setVisibleIds(new Set(shown.map((e) => e.id)));
    }
    view.setEventStates(eventStates(shown, time, mode, windowMs, selectedId));
    // A jump across years would pulse everything at once; only steps that read as "now" animate.
    if (appeared.length && appeared.length <= 6 && !this.host.reducedMotion()) view.animateAppearance(appeared.toArray().map((e) => e.id));
    return appeared;
  }

  readonly #fitPadding = () => {
    const container = this.#container;
    if (!container) return { top: 0, bottom: 0, left: 0, right: 0 };
    const { width, height } = container.getBoundingClientRect();
    const room = (px: number, of: number) => Math.min(px, Math.max(0, of / 4));
    // Without full controls the key is a row of chips along the top of the map.
    const top = this.host.controls === 'full' ? 48 : 64;
    // Stacked layouts show the details as a sheet over the lower part of the map (see the styles).
    const share = this.host.store.get().selectedId ? Number(getComputedStyle(container).getPropertyValue('--sortie-sheet-share')) || 0 : 0;
    const sheet = share > 0 ? height * share + 16 : 0;
    return width >= WIDE
      ? { top: room(top, height), bottom: Math.max(sheet, room(48, height)), left: room(24, width), right: room(64, width) }
      : { top: room(top, height), bottom: Math.max(sheet, room(24, height)), left: room(24, width), right: room(56, width) };
  };

  readonly #handleClick = (hit: EventHit): void => {
    const { store } = this.host;
    if (hit.ids.length === 0) store.set({ picker: null });
    else if (hit.ids.length === 1) store.set({ selectedId: hit.ids[0] ?? null });
    else store.set({ picker: { ids: hit.ids, x: hit.point.x, y: hit.point.y } });
  };
}
