/**
 * The only place that talks to MapLibre (STYLE.md): it owns the map, its basemap, the one
 * events source and the event layers, and the camera. It never decides what is visible:
 * the owner passes the time in (setTimeWindow: two comparisons in the layers' filters),
 * the events that pass the kind and actor filters (setPassingIds, on a filter change)
 * and the visible ids for the markers (setVisibleIds), and listens for clicks and moves
 * (hovering shows a tooltip here).
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import {
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type ExpressionSpecification,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapMouseEvent,
  type PaddingOptions,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { EMPTY_META, type DatasetMeta } from '../data/dataset-meta';
import type { SortieEvent } from '../data/validate';
import type { MapViewState } from '../state/store';
import { CompactAttribution } from './compact-attribution';
import { BASEMAP_ATTRIBUTION, BASEMAP_FIRST_LABEL_LAYER, BASEMAP_PALETTES, basemapPaint, createBasemapStyle, type BasemapTheme } from './basemap-style';
import { loadMapFonts } from './fonts';
import {
  CLUSTER_LAYER_ID,
  EVENT_LAYERS,
  EVENTS_SOURCE_ID,
  FIRST_ABOVE_LABELS_LAYER_ID,
  INTERACTIVE_LAYER_IDS,
  MARKER_LAYER_ID,
  MARKERS_SOURCE_ID,
  PULSE_LAYER_ID,
  ROUTE_PROGRESS_SOURCE_ID,
  SELECTED_LABEL_LAYER_ID,
  SELECTED_LAYER_IDS,
  SELECTED_MARKER_LAYER_ID,
  addKindIcons,
  atTime,
  isMarker,
  kindColorExpression,
  usesKindColor,
  withKindColors,
  emphasisedShapes,
  toMapFeatures,
  type MapFeatureProperties,
} from './layers';
import { CLUSTER_MAX_ZOOM, MARKER_LAYERS, addBadgeIcons, clusterIds, markerData, markerDiff, markerIndex, markersSource, type MarkerFeature } from './marker-layers';
import { offscreenGroups, type OffscreenCandidate, type OffscreenGroup } from './offscreen';
import { sliceLine } from './slice-line';
import { pageIsLeaving } from '../state/page-leaving';
import { prefersReducedMotion } from '../state/reduced-motion';
import { ScaleMode, type ScaleFrame } from './scale-mode';

// Bundlers cannot see MapLibre 6's worker; point it at the copy Vite emits.
setWorkerUrl(workerUrl);

/** What the map shows before a dataset has told it where to look: the whole world. */
const WORLD = { center: [0, 20] as [number, number], zoom: 1 };

/** MapLibre's cross-fade of labels as they collide and part (its default); none under reduced motion. */
const LABEL_FADE_MS = 300;
const HIT_TOLERANCE_PX = 5;
/** Revealing off-map events zooms no closer than this: the reader keeps the region around them. */
const REVEAL_MAX_ZOOM = 5;

export interface MapViewOptions {
  /** A MapLibre style URL that replaces the built-in basemap (see resolveBasemapUrl). */
  styleUrl?: string | null;
  /** Padding for fitting the view to the data; a function so it can follow the layout. */
  fitPadding?: () => PaddingOptions;
  /** Basemap palette (the built-in basemap only). */
  theme?: 'light' | 'dark';
  /** Told about problems a reader should see, e.g. a user style that failed to load. */
  onProblem?: (message: string) => void;
  /**
   * For maps inside a page that scrolls (embeds): wheel and one-finger swipes scroll the
   * page; Ctrl/⌘ + wheel or two fingers move the map, and a hint says so.
   */
  cooperativeGestures?: boolean;
}

/** Our wording for MapLibre's interface strings: the map's name, the credits button, the gesture hint. */
const UI_STRINGS = {
  'Map.Title': 'Map of events',
  'AttributionControl.ToggleAttribution': 'Map credits',
  'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
  'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
  'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move or zoom the map',
};

type Listener<T> = (value: T) => void;

/** The time the map shows (ms): events started by `t` that have not ended before `from`. */
interface TimeWindow {
  t: number;
  from: number;
}

/** How one event is emphasised at the current time (computed by the owner, see emphasis.ts). */
export interface EventVisualState {
  /** 1 = fresh; lower values fade older events in cumulative mode. */
  fade: number;
  /** Started lately: drawn with a halo. */
  recent: boolean;
  selected: boolean;
}

/** What a click hit: every event under the pointer (several when they share a place). */
export interface EventHit {
  /** Distinct ids; for a cluster badge whose events share one place, its events. */
  ids: string[];
  /** Pointer position in the map container, px. */
  point: { x: number; y: number };
}

type PaintArgs = Parameters<MapLibreMap['setPaintProperty']>;

const PULSE_MS = 1200;
const ROUTE_DRAW_MS = 1600;
const LINE_LAYERS_HIDDEN_WHILE_DRAWING = new Set(['sortie-events-line', 'sortie-events-line-casing']);

/**
 * Resolves a user-supplied basemap style location (the page's `basemap` parameter or the
 * element's `basemap` attribute): an http(s) URL, or a path on this site, made absolute
 * against the page. Returns null when empty; throws an Error saying what was expected.
 */
export function resolveBasemapUrl(value: string | null | undefined, pageUrl: string): string | null {
  if (!value) return null;
  let url: URL | null;
  try {
    url = new URL(value, pageUrl);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(
      `The "basemap" parameter must be an http(s) URL or a path on this site pointing to a MapLibre style; got "${value}". Showing the built-in basemap.`,
    );
  }
  return url.href;
}

/** The [west, south, east, north] box of the given positions, or null when there are none. */
function boundsOf(positions: Position[]): [number, number, number, number] | null {
  if (positions.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of positions) {
    w = Math.min(w, x); s = Math.min(s, y); e = Math.max(e, x); n = Math.max(n, y);
  }
  return [w, s, e, n];
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'MultiPoint': case 'LineString': return geometry.coordinates;
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    case 'GeometryCollection': return geometry.geometries.flatMap(positionsOf);
  }
}

/** What of a dataset's metadata the map uses: the kinds' looks, the initial view and the credits. */
export type MapMeta = Pick<DatasetMeta, 'kinds' | 'bbox' | 'credits'>;

export class MapView {
  #map: MapLibreMap | null = null;
  #attribution: CompactAttribution | null = null;
  #data: FeatureCollection<Geometry, MapFeatureProperties> = { type: 'FeatureCollection', features: [] };
  /** The events whose shapes show their state on the events source (emphasisedShapes); built once per dataset. */
  #shapes = new Set<string>();
  /** Each event's marker points (markers source) and what off-map indicators need; built once per dataset. */
  #markers = new Map<string, MarkerFeature[]>();
  #candidates = new Map<string, OffscreenCandidate>();
  #offscreen: OffscreenGroup[] = [];
  readonly #offscreenListeners = new Set<Listener<OffscreenGroup[]>>();
  #bounds: [number, number, number, number] | null = null;
  #meta: MapMeta = EMPTY_META;
  #visibleIds: ReadonlySet<string> | null = null;
  /** The time the layers show (atTime); null: every event, whatever its dates. */
  #window: TimeWindow | null = null;
  /** The events that pass the kind and actor filters, as a filter (built once per filter change); null: all. */
  #passing: ExpressionSpecification | null = null;
  /** Counts changes of `#passing`, so a layer's filter key tells one list of ids from another. */
  #passingVersion = 0;
  /** What each event layer's filter was last made of (#applyFilters); cleared when the layers are added again. */
  readonly #filterKeys = new Map<string, string>();
  /** Large datasets are drawn on the GPU (scale-mode.ts); then the sources hold only the selected event. */
  readonly #scale = new ScaleMode(() => MARKER_LAYERS[0]?.id);
  /** The events last picked at scale, by id (the tooltip names the one under the pointer). */
  #picked = new Map<string, SortieEvent>();
  #fitted = false;
  /**
   * The camera still shows the dataset's initial view, untouched: a resize (the controls
   * and panel settle around the map after the data arrives) fits it again, so a tall box is
   * not left cut off at the top and bottom. Any other camera move ends this.
   */
  #autoFit = false;
  /** True while #fit moves the camera, so its own movestart does not end #autoFit. */
  #fitting = false;
  #usingUserStyle: boolean;
  #theme: BasemapTheme;
  #hoveredId: string | null = null;
  #destroyed = false;
  #resolveStyle!: () => void;
  readonly #styleLoaded = new Promise<void>((resolve) => { this.#resolveStyle = resolve; });
  readonly #clickListeners = new Set<Listener<EventHit>>();
  #states: ReadonlyMap<string, EventVisualState> = new Map();
  /** Appearance animations in progress: event id → start (performance.now()). */
  readonly #pulses = new Map<string, number>();
  readonly #drawing = new Map<string, number>();
  #animationFrame: number | null = null;
  #selectedId: string | null = null;
  #popup: Popup | null = null;
  readonly #viewListeners = new Set<Listener<MapViewState>>();

  /** The camera kept while suspend() has released the map, else null. */
  #suspended: MapViewState | null = null;
  /** The browser took the WebGL context away (too many on the page) and has not given it back. */
  #contextLost = false;
  readonly #contextListeners = new Set<() => void>();

  /** Why the map could not be shown (e.g. no WebGL2), or null. */
  failure: string | null = null;

  constructor(
    readonly container: HTMLElement,
    private readonly options: MapViewOptions = {},
  ) {
    this.#usingUserStyle = Boolean(options.styleUrl);
    this.#theme = options.theme ?? 'light';
    // Registers the label faces synchronously; MapLibre waits for them before drawing glyphs.
    void loadMapFonts();
    this.#create();
  }

  /** The MapLibre map; null if it could not be created (no WebGL2) or after destroy(). For tests and src/map only. */
  get map(): MapLibreMap | null {
    return this.#map;
  }

  #create(camera: MapViewState | null = null): void {
    try {
      this.#map = new MapLibreMap({
        container: this.container,
        // (After a user style failed, a resumed map goes straight to the built-in basemap.)
        style: (this.#usingUserStyle && this.options.styleUrl) || createBasemapStyle({ theme: this.#theme }),
        ...(camera ? { center: camera.center, zoom: camera.zoom } : this.#bounds ? { bounds: this.#bounds } : WORLD),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        cooperativeGestures: this.options.cooperativeGestures ?? false,
        // Read once, when the map is made: MapLibre takes it only here.
        fadeDuration: prefersReducedMotion() ? 0 : LABEL_FADE_MS,
        locale: UI_STRINGS,
      });
    } catch (error) {
      this.#showFailure(error);
      return;
    }
    const map = this.#map;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.#addAttribution();
    map.on('style.load', this.#onStyleLoad);
    map.on('error', this.#onError);
    map.on('click', this.#onClick);
    map.on('mousemove', this.#onMouseMove);
    map.on('mouseout', this.#onMouseOut);
    map.on('moveend', this.#onMoveEnd);
    map.on('resize', this.#onResize);
    map.on('movestart', this.#onMoveStart);
    map.on('webglcontextlost', this.#onContextLost);
    map.on('webglcontextrestored', this.#onContextRestored);
  }

  #addAttribution(): void {
    if (!this.#map) return;
    if (this.#attribution) this.#map.removeControl(this.#attribution);
    // The dataset's credits stand next to the basemap's (a user style brings its own basemap credits).
    const credits = [...(this.#usingUserStyle ? [] : [BASEMAP_ATTRIBUTION]), ...(this.#meta.credits ? [this.#meta.credits] : [])];
    this.#attribution = new CompactAttribution(credits.length ? { customAttribution: credits } : {});
    this.#map.addControl(this.#attribution, 'bottom-right');
  }

  #showFailure(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.failure = /webgl/i.test(reason)
      ? 'The map cannot be shown: this browser has WebGL2 turned off or does not support it. Try another browser or enable hardware acceleration.'
      : `The map cannot be shown: ${reason}`;
    const message = document.createElement('p');
    message.className = 'sortie-map-failure';
    message.setAttribute('role', 'alert');
    message.textContent = this.failure;
    this.container.replaceChildren(message);
  }

  /** (Re-)adds icons, the events source and layers on every style load, so they survive setStyle. */
  readonly #onStyleLoad = (): void => {
    const map = this.#map;
    if (!map) return;
    addKindIcons(map, this.#meta.kinds);
    addBadgeIcons(map);
    if (!map.getSource(EVENTS_SOURCE_ID)) {
      map.addSource(EVENTS_SOURCE_ID, { type: 'geojson', data: this.#data, promoteId: 'id' });
    }
    if (!map.getSource(ROUTE_PROGRESS_SOURCE_ID)) {
      map.addSource(ROUTE_PROGRESS_SOURCE_ID, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    }
    if (!map.getSource(MARKERS_SOURCE_ID)) {
      map.addSource(MARKERS_SOURCE_ID, { ...markersSource(), data: markerData(this.#markers, this.#visibleIds) });
    }
    const labels = map.getLayer(BASEMAP_FIRST_LABEL_LAYER) ? BASEMAP_FIRST_LABEL_LAYER : undefined;
    // Bottom to top: shapes under the basemap's labels; over them arrowheads, the selected
    // label, the markers source's layers, then the selected marker (layers.ts, marker-layers.ts).
    // MapLibre places the top layer first, so markers win, the label steps aside, names make way.
    const aboveLabels = EVENT_LAYERS.findIndex((layer) => layer.id === FIRST_ABOVE_LABELS_LAYER_ID);
    const markersAt = EVENT_LAYERS.findIndex((layer) => layer.id === SELECTED_LABEL_LAYER_ID) + 1;
    const stack = [...EVENT_LAYERS.slice(0, markersAt), ...MARKER_LAYERS, ...EVENT_LAYERS.slice(markersAt)];
    const colors = kindColorExpression(this.#meta.kinds);
    stack.forEach((layer, i) => {
      if (!map.getLayer(layer.id)) map.addLayer(withKindColors(layer, colors), i < aboveLabels ? labels : undefined);
    });
    // The layers (re-)added hold their base filters only.
    this.#filterKeys.clear();
    this.#applyFilters();
    this.#applyStates(new Map());
    this.#applyTheme();
    // A map recreated after suspend(): the GPU layer goes back on it.
    if (this.#scale.active) void this.#scale.attach(map);
    this.#resolveStyle();
  };

  /** The built-in basemap's palette; a user style is left as it is. */
  get theme(): BasemapTheme {
    return this.#theme;
  }

  /**
   * Switches the built-in basemap's palette in place, paint value by paint value, so the
   * events, their sources and the camera stay as they are (no style reload, no flicker).
   */
  setTheme(theme: BasemapTheme): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#applyTheme();
  }

  #applyTheme(): void {
    const map = this.#map;
    if (!map) return;
    if (this.#usingUserStyle) { this.#applyLabelTheme(); return; }
    for (const { layer, property, value } of basemapPaint(this.#theme)) {
      if (!map.getLayer(layer)) continue;
      // Values come from the same layer definitions the style was built from.
      map.setPaintProperty(layer, property as PaintArgs[1], value as PaintArgs[2]);
    }
    this.#applyLabelTheme();
  }

  /** The selected event's label in the basemap's label colours, so it reads like the map's own names. */
  #applyLabelTheme(): void {
    const map = this.#map;
    if (!map?.getLayer(SELECTED_LABEL_LAYER_ID)) return;
    const palette = BASEMAP_PALETTES[this.#usingUserStyle ? 'light' : this.#theme];
    map.setPaintProperty(SELECTED_LABEL_LAYER_ID, 'text-color', palette.cityLabel);
    map.setPaintProperty(SELECTED_LABEL_LAYER_ID, 'text-halo-color', palette.halo);
  }

  readonly #onError = (event: { error?: { message?: string } }): void => {
    const message = event.error?.message ?? 'unknown error';
    if (this.#usingUserStyle && !this.#map?.isStyleLoaded()) {
      // A user style that fails to load falls back to the built-in basemap.
      this.#usingUserStyle = false;
      this.#map?.setStyle(createBasemapStyle({ theme: this.#theme }), { diff: false });
      this.#addAttribution();
      this.options.onProblem?.(
        `The basemap style at ${this.options.styleUrl} could not be loaded (${message}); showing the built-in basemap.`,
      );
      return;
    }
    if (!pageIsLeaving()) console.error('Map error:', message);
  };

  /**
   * Every event under the pointer, topmost first. Markers of events that share a place sit
   * exactly on top of each other, so all of them are returned, not just the first. On a
   * cluster badge: the badge nearest the pointer and its events only, so a tap where badges
   * crowd (a phone at the default zoom) never lists the events of its neighbours.
   */
  #eventIdsAt(event: MapMouseEvent): { ids: string[]; cluster: { id: number; at: [number, number] } | null } {
    const map = this.#map;
    if (!map || !map.getLayer(INTERACTIVE_LAYER_IDS[0] ?? '')) return { ids: [], cluster: null };
    const { x, y } = event.point;
    const t = HIT_TOLERANCE_PX;
    if (this.#scale.active) return { ids: this.#pickAtScale(x, y), cluster: null };
    const hits = map.queryRenderedFeatures([[x - t, y - t], [x + t, y + t]], { layers: INTERACTIVE_LAYER_IDS });
    const selected = hits.filter((h) => h.layer.id === SELECTED_MARKER_LAYER_ID);
    const badges = hits.filter((h) => h.layer.id === CLUSTER_LAYER_ID && h.geometry.type === 'Point');
    if (!selected.length && badges.length) {
      const distance = (h: (typeof badges)[number]) => {
        const [lng = 0, lat = 0] = (h.geometry as Point).coordinates;
        const p = map.project([lng, lat]);
        return Math.hypot(p.x - x, p.y - y);
      };
      const nearest = badges.reduce((a, b) => (distance(b) < distance(a) ? b : a));
      const [lng = 0, lat = 0] = (nearest.geometry as Point).coordinates;
      return { ids: clusterIds(nearest.properties), cluster: { id: Number(nearest.properties.cluster_id), at: [lng, lat] } };
    }
    // A marker hit means the pointer is on a symbol: areas under it are not what was meant.
    const onMarker = hits.some((h) => h.layer.id === MARKER_LAYER_ID || h.layer.id === SELECTED_MARKER_LAYER_ID);
    const ids = hits
      .filter((h) => !onMarker || h.layer.id === MARKER_LAYER_ID || h.layer.id === SELECTED_MARKER_LAYER_ID)
      .map((h) => h.properties.id as unknown)
      .filter((id): id is string => typeof id === 'string');
    return { ids: [...new Set(ids)], cluster: null };
  }

  /** At scale: the selected event if the pointer is on it, then the GPU layer's events there. */
  #pickAtScale(x: number, y: number): string[] {
    const map = this.#map;
    const t = HIT_TOLERANCE_PX;
    const selected = map?.queryRenderedFeatures([[x - t, y - t], [x + t, y + t]], { layers: [SELECTED_MARKER_LAYER_ID] }) ?? [];
    const picked = this.#scale.pick(x, y);
    this.#picked = new Map(picked.map((e) => [e.id, e]));
    const ids = [...selected.map((h) => h.properties.id as unknown), ...picked.map((e) => e.id)];
    return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  }

  readonly #onClick = (event: MapMouseEvent): void => {
    const { ids, cluster } = this.#eventIdsAt(event);
    const point = { x: event.point.x, y: event.point.y };
    if (cluster && !this.#atOnePlace(ids, cluster.at)) {
      void this.#expandCluster(cluster.id, cluster.at);
      for (const fn of this.#clickListeners) fn({ ids: [], point });
      return;
    }
    for (const fn of this.#clickListeners) fn({ ids, point });
  };

  /**
   * Whether a badge's events stand at one spot (then zooming in would not part them). An event
   * with several places (MultiPoint) counts with its place nearest the badge.
   */
  #atOnePlace(ids: readonly string[], [x, y]: [number, number]): boolean {
    const spots = new Set<string>();
    for (const id of ids) {
      const near = (this.#markers.get(id) ?? [])
        .map((f) => f.geometry.coordinates)
        .reduce<Position | null>((a, b) => (!a || Math.hypot((b[0] ?? 0) - x, (b[1] ?? 0) - y) < Math.hypot((a[0] ?? 0) - x, (a[1] ?? 0) - y) ? b : a), null);
      if (near) spots.add(near.join(','));
    }
    return spots.size <= 1;
  }

  /** Zooms in to where a cluster's markers part (MapLibre works the zoom out). */
  async #expandCluster(clusterId: number, at: [number, number]): Promise<void> {
    const map = this.#map;
    const source = map?.getSource<GeoJSONSource>(MARKERS_SOURCE_ID);
    if (!map || !source) return;
    const zoom = Math.min(await source.getClusterExpansionZoom(clusterId), CLUSTER_MAX_ZOOM + 1);
    if (this.#destroyed) return;
    this.#autoFit = false;
    if (prefersReducedMotion()) map.jumpTo({ center: at, zoom });
    else map.easeTo({ center: at, zoom, duration: 600 });
  }

  readonly #onMouseMove = (event: MapMouseEvent): void => {
    const { ids, cluster } = this.#eventIdsAt(event);
    this.#setHovered(ids[0] ?? null, ids.length, event, cluster !== null && !this.#atOnePlace(ids, cluster.at));
  };

  readonly #onMouseOut = (): void => {
    this.#setHovered(null, 0, null);
  };

  #setHovered(id: string | null, count: number, event: MapMouseEvent | null, spread = false): void {
    if (id && event) this.#showTooltip(id, count, event, spread);
    if (id === this.#hoveredId) return;
    this.#hoveredId = id;
    if (!id) this.#popup?.remove();
    this.#map?.getCanvas().style.setProperty('cursor', id ? 'pointer' : '');
  }

  /** A short tooltip: title and date, as text (dataset text is never HTML). */
  #showTooltip(id: string, count: number, event: MapMouseEvent, spread: boolean): void {
    const map = this.#map;
    const picked = this.#picked.get(id);
    const props = this.#data.features.find((f) => f.properties.id === id)?.properties
      ?? (picked ? toMapFeatures([picked]).features[0]?.properties : undefined);
    if (!map || !props) return;
    this.#popup ??= new Popup({ closeButton: false, closeOnClick: false, offset: 14, className: 'sortie-tooltip', maxWidth: '260px' });
    const more = count > 1 ? ` (+${count - 1} more here: click to choose)` : '';
    const text = spread ? `${count} events around here: click to zoom in` : `${props.title} · ${props.when}${more}`;
    this.#popup.setLngLat(event.lngLat).setText(text);
    if (!this.#popup.isOpen()) this.#popup.addTo(map);
  }

  readonly #onResize = (): void => {
    if (this.#autoFit) this.#fit();
  };

  /**
   * A reader's gesture (a drag, a wheel, a pinch: the events that carry an originalEvent)
   * takes the camera over. MapLibre's own resize also fires movestart, without one, and must
   * not end the refit it is there for; the app's camera moves end it themselves.
   */
  readonly #onMoveStart = (event: { originalEvent?: unknown }): void => {
    if (!this.#fitting && event.originalEvent) this.#autoFit = false;
  };

  readonly #onMoveEnd = (): void => {
    const map = this.#map;
    if (!map) return;
    const { lng, lat } = map.getCenter();
    const round = (v: number, digits: number) => Number(v.toFixed(digits));
    const view: MapViewState = { center: [round(lng, 4), round(lat, 4)], zoom: round(map.getZoom(), 2) };
    for (const fn of this.#viewListeners) fn(view);
    this.#updateOffscreen();
  };

  /** Recomputes the off-map indicators (on moveend and when the visible set changes; O(visible)). */
  #updateOffscreen(): void {
    const map = this.#map;
    if (!map || !this.#offscreenListeners.size) return;
    if (this.#scale.active) {
      // At scale the map shows density, not single events to point to.
      this.#offscreen = [];
      for (const fn of this.#offscreenListeners) fn(this.#offscreen);
      return;
    }
    const b = map.getBounds();
    // The size MapLibre gave the canvas (its style, in CSS px): reading it forces no layout,
    // where clientWidth would after the step's DOM changes (this runs on most time steps).
    const canvas = map.getCanvas();
    const width = Number.parseFloat(canvas.style.width) || canvas.clientWidth;
    const height = Number.parseFloat(canvas.style.height) || canvas.clientHeight;
    const ids = this.#visibleIds ?? new Set(this.#candidates.keys());
    const candidates: OffscreenCandidate[] = [];
    for (const id of ids) {
      const c = this.#candidates.get(id);
      if (c) candidates.push(c);
    }
    this.#offscreen = offscreenGroups(candidates, {
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      width,
      height,
      // Clear of the zoom buttons (top right) and the attribution (bottom right).
      inset: { top: 26, right: 62, bottom: 34, left: 26 },
      project: ([lng = 0, lat = 0]) => map.project([lng, lat]),
    });
    for (const fn of this.#offscreenListeners) fn(this.#offscreen);
  }

  /**
   * Draws these events (replacing any before) with the dataset's kinds, credits and initial
   * view (`meta`, from dataset-meta.ts). The first call also fits the view to `meta.bbox`.
   * Resolves once the map has rendered them (the map's next `idle` with the source loaded).
   */
  async setEvents(events: readonly SortieEvent[], meta: MapMeta = EMPTY_META): Promise<void> {
    const metaChanged = meta !== this.#meta;
    this.#meta = meta;
    const atScale = this.#scale.setEvents(events, meta.kinds);
    this.#data = atScale ? { type: 'FeatureCollection', features: [] } : toMapFeatures(events);
    this.#shapes = emphasisedShapes(this.#data);
    this.#bounds = meta.bbox;
    this.#markers = markerIndex(this.#data);
    // The last dataset's filter says nothing about this one; the owner sets it again.
    this.#passing = null;
    this.#passingVersion++;
    if (atScale) {
      // Nothing of the last dataset is drawn from the sources now; setSelectedAtScale puts the selection back.
      this.#window = null;
      this.#visibleIds = null;
      this.#states = new Map();
      this.#selectedId = null;
    }
    this.#candidates = atScale ? new Map() : new Map(events.map((e) => [e.id, {
      id: e.id,
      place: e.place,
      markers: (this.#markers.get(e.id) ?? []).map((f) => f.geometry.coordinates),
      bbox: boundsOf(positionsOf(e.geometry)) ?? [0, 0, 0, 0],
    }]));
    if (!this.#map) return;
    await this.#styleLoaded;
    const map = this.#map;
    const source = map?.getSource<GeoJSONSource>(EVENTS_SOURCE_ID);
    if (!map || !source) return;
    if (metaChanged) this.#applyMeta(map);
    if (atScale) await this.#scale.attach(map);
    void source.setData(this.#data);
    // Whether shapes take the time filter depends on the dataset.
    this.#applyFilters();
    void map.getSource<GeoJSONSource>(MARKERS_SOURCE_ID)?.setData(markerData(this.#markers, this.#visibleIds));
    // Markers are numbered afresh per dataset: no state may stay on a number; the states kept
    // go on the new numbers (the events source's feature ids are the events' own).
    if (map.getSource(MARKERS_SOURCE_ID)) {
      map.removeFeatureState({ source: MARKERS_SOURCE_ID });
      for (const [id, state] of this.#states) this.#setMarkerState(map, id, state);
    }
    if (!this.#fitted) {
      this.#fitted = true;
      this.fitToEvents();
    }
    await this.#rendered();
  }

  async #rendered(): Promise<void> {
    const map = this.#map;
    while (map && !this.#destroyed) {
      await map.once('idle');
      if (map.isSourceLoaded(EVENTS_SOURCE_ID)) return;
    }
  }

  /** A new dataset's kinds (icons, colours) and credits on a map whose style has already loaded. */
  #applyMeta(map: MapLibreMap): void {
    addKindIcons(map, this.#meta.kinds);
    const colors = kindColorExpression(this.#meta.kinds);
    for (const layer of [...EVENT_LAYERS, ...MARKER_LAYERS]) {
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      for (const [name, value] of Object.entries(paint)) {
        if (usesKindColor(value) && map.getLayer(layer.id)) {
          map.setPaintProperty(layer.id, name as PaintArgs[1], withKindColors(value, colors) as PaintArgs[2]);
        }
      }
    }
    this.#addAttribution();
  }

  /** Whether the dataset is drawn on the GPU (too large for per-event work per step). */
  get atScale(): boolean {
    return this.#scale.active;
  }

  /** At scale: the time, filters and theme to show (a few uniforms; no work per event). */
  setFrame(frame: ScaleFrame): void {
    this.#scale.setFrame(frame);
  }

  /**
   * At scale: the selected event (or none) is drawn by the map's own layers, with its shape,
   * route and label, over the GPU points; the events source holds only it.
   */
  setSelectedAtScale(event: SortieEvent | null): void {
    if (!this.#scale.active || (event?.id ?? null) === this.#selectedId) return;
    this.#selectedId = event?.id ?? null;
    this.#data = event ? toMapFeatures([event]) : { type: 'FeatureCollection', features: [] };
    this.#shapes = emphasisedShapes(this.#data);
    this.#markers = markerIndex(this.#data);
    const map = this.#map;
    const source = map?.getSource<GeoJSONSource>(EVENTS_SOURCE_ID);
    if (!map || !source) return;
    void source.setData(this.#data);
    this.#applyFilters();
    if (event) map.setFeatureState({ source: EVENTS_SOURCE_ID, id: event.id }, { fade: 1, recent: false, selected: true });
  }

  /** Fits the camera to the dataset's initial view (its bbox, else its events' extent), without animation. */
  fitToEvents(): void {
    this.#autoFit = true;
    this.#fit();
  }

  #fit(): void {
    if (!this.#map || !this.#bounds) return;
    const [w, s, e, n] = this.#bounds;
    const bounds: LngLatBoundsLike = [[w, s], [e, n]];
    this.#fitting = true;
    try {
      this.#map.fitBounds(bounds, { padding: this.options.fitPadding?.() ?? 40, animate: false, maxZoom: 8 });
    } finally {
      this.#fitting = false;
    }
  }

  /**
   * The time to show: events that have started by `t` and have not ended before `from`.
   * The owner calls this only when the visible events change (TimeIndex.stage); each call
   * sets the event layers' filters again, two comparisons each plus the kind and actor part.
   */
  setTimeWindow(t: number, from: number): void {
    if (this.#window?.t === t && this.#window.from === from) return;
    this.#window = { t, from };
    // Only shapes take the time filter (#applyFilters).
    if (this.#shapes.size) this.#applyFilters();
  }

  /** The events that pass the kind and actor filters (null: all). Set when the filters change, not per step. */
  setPassingIds(ids: ReadonlySet<string> | null): void {
    this.#passing = ids ? ['in', ['get', 'id'], ['literal', [...ids]]] : null;
    this.#passingVersion++;
    this.#applyFilters();
  }

  /**
   * The events visible now, for the markers source (clustered, so a badge counts only what
   * is shown) and the off-map indicators; null: every event. The owner calls this when the
   * visible events may have changed (a new stage); it does nothing when the set is the same.
   */
  setVisibleIds(ids: ReadonlySet<string> | null): void {
    const diff = markerDiff(this.#markers, this.#visibleIds, ids);
    if (diff && !diff.add.length && !diff.remove.length) return;
    const selected = this.#shownSelectedId();
    this.#visibleIds = ids;
    // The selected layers show the selection only while it is visible.
    if (this.#shownSelectedId() !== selected) this.#applyFilters();
    const source = this.#map?.getSource<GeoJSONSource>(MARKERS_SOURCE_ID);
    // Only the markers that came and went are copied to the worker (marker-layers.ts).
    if (source) void (diff ? source.updateData(diff) : source.setData(markerData(this.#markers, ids)));
    this.#updateOffscreen();
  }

  /**
   * Each event layer's filter: its own and the kind and actor filters, and what it needs to
   * follow the time. Shapes (areas, routes, arrowheads) take the time filter, and only when
   * the dataset has any: a new filter makes MapLibre cut the whole source into tiles again,
   * and a time filter changes at every step. The pulse layer draws only the events pulsing
   * now, and the selected layers only the selected event while it is shown, so neither
   * changes with a step that moves nothing of theirs. A layer's filter is set again only
   * when what it is made of changed (`#filterKeys`).
   */
  #applyFilters(): void {
    const map = this.#map;
    if (!map?.getLayer(EVENT_LAYERS[0]?.id ?? '')) return;
    const window = this.#shapes.size ? this.#window : null;
    const time = window ? atTime(window.t, window.from) : null;
    const passing = this.#passing;
    const drawingIds = [...this.#drawing.keys()];
    const drawing: ExpressionSpecification = ['!', ['in', ['get', 'id'], ['literal', drawingIds]]];
    const selected = this.#shownSelectedId() ?? '';
    const pulsing = [...this.#pulses.keys()];
    for (const layer of EVENT_LAYERS) {
      const parts: ExpressionSpecification[] = [];
      let key: string;
      if (SELECTED_LAYER_IDS.has(layer.id)) {
        parts.push(['all', isMarker, ['==', ['get', 'id'], selected]]);
        key = `selected ${selected}`;
      } else if (layer.id === PULSE_LAYER_ID) {
        parts.push(layer.filter, ['in', ['get', 'id'], ['literal', pulsing]]);
        key = `pulsing ${pulsing.join(' ')}`;
      } else {
        parts.push(layer.filter);
        if (time) parts.push(time);
        key = window ? `time ${window.t} ${window.from}` : 'always';
      }
      if (passing) parts.push(passing);
      const hidesDrawn = this.#drawing.size > 0 && LINE_LAYERS_HIDDEN_WHILE_DRAWING.has(layer.id);
      if (hidesDrawn) parts.push(drawing);
      key += ` | ${this.#passingVersion} | ${hidesDrawn ? drawingIds.join(' ') : ''}`;
      if (this.#filterKeys.get(layer.id) === key) continue;
      this.#filterKeys.set(layer.id, key);
      // Built here from fixed parts (tested), so MapLibre's style validation, a few ms a step at
      // 1,000 events, is skipped.
      map.setFilter(layer.id, parts.length === 1 ? parts[0] : ['all', ...parts], { validate: false });
    }
  }

  /** The selected event's id while it is on the map (visible now and passing the filters), else null. */
  #shownSelectedId(): string | null {
    const id = this.#selectedId;
    return id !== null && (this.#visibleIds === null || this.#visibleIds.has(id)) ? id : null;
  }

  /**
   * Sets each event's emphasis (fade, recent, selected); only changes are sent to MapLibre.
   * Keeps `states` itself (the owner makes a new map each time and does not change it after).
   */
  setEventStates(states: ReadonlyMap<string, EventVisualState>): void {
    const previous = this.#states;
    this.#states = states;
    let selected: string | null = null;
    for (const [id, state] of states) {
      if (!state.selected) continue;
      selected = id;
      break;
    }
    if (selected !== this.#selectedId) {
      this.#selectedId = selected;
      this.#applyFilters();
    }
    this.#applyStates(previous);
  }

  #applyStates(previous: ReadonlyMap<string, EventVisualState>): void {
    const map = this.#map;
    if (!map?.getSource(EVENTS_SOURCE_ID)) return;
    const markers = Boolean(map.getSource(MARKERS_SOURCE_ID));
    for (const [id, state] of this.#states) {
      const old = previous.get(id);
      if (old && old.fade === state.fade && old.recent === state.recent && old.selected === state.selected) continue;
      if (this.#shapes.has(id)) map.setFeatureState({ source: EVENTS_SOURCE_ID, id }, { ...state });
      if (markers) this.#setMarkerState(map, id, state);
    }
  }

  /** An event's state on each of its markers (numbered by markerIndex). */
  #setMarkerState(map: MapLibreMap, id: string, state: EventVisualState): void {
    for (const f of this.#markers.get(id) ?? []) map.setFeatureState({ source: MARKERS_SOURCE_ID, id: f.properties.marker }, { ...state });
  }

  /**
   * Marks events as just appeared: a ring pulses out from their marker and routes draw
   * themselves from start to end. The owner skips this under prefers-reduced-motion.
   */
  animateAppearance(ids: readonly string[]): void {
    const now = performance.now();
    for (const id of ids) {
      const feature = this.#data.features.find((f) => f.properties?.id === id && f.geometry.type === 'LineString');
      const route = feature && (feature.properties as MapFeatureProperties).role === 'shape' && !(feature.properties as MapFeatureProperties).border;
      if (route) this.#drawing.set(id, now);
      this.#pulses.set(id, now);
    }
    // The pulse layer draws the pulsing events; the line layers hide the routes being drawn.
    this.#applyFilters();
    this.#animationFrame ??= requestAnimationFrame(this.#animate);
  }

  readonly #animate = (): void => {
    this.#animationFrame = null;
    const map = this.#map;
    if (!map?.getSource(EVENTS_SOURCE_ID)) return;
    const now = performance.now();
    const pulses = this.#pulses.size;
    for (const [id, start] of this.#pulses) {
      const p = Math.min(1, (now - start) / PULSE_MS);
      map.setFeatureState({ source: EVENTS_SOURCE_ID, id }, { pulse: p });
      if (p >= 1) this.#pulses.delete(id);
    }
    const pulsesEnded = this.#pulses.size < pulses;
    const partial: Array<Feature<LineString>> = [];
    const finished: string[] = [];
    for (const [id, start] of this.#drawing) {
      const f = Math.min(1, (now - start) / ROUTE_DRAW_MS);
      const feature = this.#data.features.find((g) => g.properties?.id === id && g.geometry.type === 'LineString');
      if (f >= 1 || !feature) {
        finished.push(id);
        continue;
      }
      const coordinates = sliceLine((feature.geometry as LineString).coordinates, f);
      partial.push({ type: 'Feature', properties: feature.properties, geometry: { type: 'LineString', coordinates } });
    }
    for (const id of finished) this.#drawing.delete(id);
    void map.getSource<GeoJSONSource>(ROUTE_PROGRESS_SOURCE_ID)?.setData({ type: 'FeatureCollection', features: partial });
    if (finished.length || pulsesEnded) this.#applyFilters();
    if (this.#pulses.size || this.#drawing.size) this.#animationFrame = requestAnimationFrame(this.#animate);
  };

  /** Moves the camera to an event: eased, or instantly when `animate` is false. */
  focusEvent(id: string, animate: boolean): void {
    const map = this.#map;
    const positions = this.#data.features
      .filter((f) => f.properties?.id === id && (f.properties as MapFeatureProperties).role === 'shape')
      .flatMap((f) => positionsOf(f.geometry));
    const bounds = boundsOf(positions);
    if (!map || !bounds) return;
    this.#autoFit = false;
    const [w, s, e, n] = bounds;
    const padding = this.options.fitPadding?.() ?? 40;
    const camera = map.cameraForBounds([[w, s], [e, n]], { padding, maxZoom: 6 });
    if (!camera) return;
    // A point: stay zoomed in if the reader already is. An area or line: show all of it.
    const fitted = camera.zoom ?? 6;
    const zoom = w === e && s === n ? Math.max(fitted, map.getZoom()) : fitted;
    if (animate) map.easeTo({ center: camera.center, zoom, duration: 800 });
    else map.jumpTo({ center: camera.center, zoom });
  }

  /**
   * The map as it is now, as a PNG data URL (for print: WebGL canvases often print blank).
   * redraw() renders synchronously, so the drawing buffer is still whole when read.
   */
  snapshot(): string | null {
    const map = this.#map;
    if (!map) return null;
    try {
      map.redraw();
      return map.getCanvas().toDataURL('image/png');
    } catch {
      return null;
    }
  }

  /** Puts the camera at a view (from a link or an embed attribute), without animation. */
  setView(view: MapViewState): void {
    this.#fitted = true;
    this.#autoFit = false;
    this.#map?.jumpTo({ center: view.center, zoom: view.zoom });
  }

  /** Fits the camera to a [west, south, east, north] box, without animation. */
  fitBbox([w, s, e, n]: [number, number, number, number]): void {
    this.#fitted = true;
    this.#autoFit = false;
    this.#map?.fitBounds([[w, s], [e, n]], { padding: 20, animate: false });
  }

  /** Calls fn with what a click hit (no ids for a click on empty map). Returns the unsubscribe. */
  onEventClick(fn: Listener<EventHit>): () => void {
    this.#clickListeners.add(fn);
    return () => this.#clickListeners.delete(fn);
  }

  /**
   * Moves the camera to show these events' markers (an off-map indicator was activated):
   * eased, or instantly when `animate` is false.
   */
  revealEvents(ids: readonly string[], animate: boolean): void {
    const map = this.#map;
    const bounds = boundsOf(ids.flatMap((id) => this.#candidates.get(id)?.markers ?? []));
    if (!map || !bounds) return;
    this.#autoFit = false;
    const [w, s, e, n] = bounds;
    const camera = map.cameraForBounds([[w, s], [e, n]], { padding: this.options.fitPadding?.() ?? 40, maxZoom: REVEAL_MAX_ZOOM });
    if (!camera) return;
    if (animate) map.easeTo({ center: camera.center, zoom: camera.zoom, duration: 800 });
    else map.jumpTo({ center: camera.center, zoom: camera.zoom });
  }

  /**
   * Calls fn with the groups of visible events that are off the map, each with where on the
   * map's edge to point to them, now and whenever they change. Returns the unsubscribe.
   */
  onOffscreenChange(fn: Listener<OffscreenGroup[]>): () => void {
    this.#offscreenListeners.add(fn);
    fn(this.#offscreen);
    this.#updateOffscreen();
    return () => this.#offscreenListeners.delete(fn);
  }

  /** Calls fn with the camera after every move (including the initial fit). */
  onViewChange(fn: Listener<MapViewState>): () => void {
    this.#viewListeners.add(fn);
    return () => this.#viewListeners.delete(fn);
  }

  /** Removes every listener this view added, then the map itself. Safe to call twice. */
  destroy(): void {
    this.#destroyed = true;
    this.#clickListeners.clear();
    this.#viewListeners.clear();
    this.#offscreenListeners.clear();
    if (this.#animationFrame !== null) cancelAnimationFrame(this.#animationFrame);
    this.#animationFrame = null;
    this.#contextListeners.clear();
    this.#removeMap();
  }

  // ── WebGL contexts (a page with many maps) ───────────────────────────────────────────

  /** True while the map holds no live WebGL context: suspended, or lost and not given back. */
  get dormant(): boolean {
    return this.#suspended !== null || this.#contextLost;
  }

  /**
   * Gives the map's WebGL context back to the browser (which keeps about 16 per page) by
   * removing the MapLibre map. Data, emphasis, visible ids and camera are kept; resume()
   * draws them again. For maps far from the viewport.
   */
  suspend(): void {
    const map = this.#map;
    if (!map || this.#destroyed) return;
    const { lng, lat } = map.getCenter();
    this.#suspended = { center: [lng, lat], zoom: map.getZoom() };
    this.#removeMap();
  }

  /** Recreates a map released by suspend(), or one whose context the browser took away. */
  resume(): void {
    if (this.#destroyed || !this.dormant) return;
    let camera = this.#suspended;
    if (this.#map) {
      const { lng, lat } = this.#map.getCenter();
      camera ??= { center: [lng, lat], zoom: this.#map.getZoom() };
      this.#removeMap();
    }
    this.#suspended = null;
    this.#contextLost = false;
    this.#create(camera);
  }

  /** Calls fn when the browser takes the map's WebGL context away. Returns the unsubscribe. */
  onContextLost(fn: () => void): () => void {
    this.#contextListeners.add(fn);
    return () => this.#contextListeners.delete(fn);
  }

  // MapLibre prevents the default, so the browser may give the context back (then MapLibre redraws).
  readonly #onContextLost = (): void => {
    this.#contextLost = true;
    for (const fn of this.#contextListeners) fn();
  };

  readonly #onContextRestored = (): void => {
    this.#contextLost = false;
  };

  /** Removes the MapLibre map and everything this view added to it (remove() also loses its context). */
  #removeMap(): void {
    if (this.#animationFrame !== null) cancelAnimationFrame(this.#animationFrame);
    this.#animationFrame = null;
    this.#pulses.clear();
    this.#drawing.clear();
    this.#popup?.remove();
    this.#popup = null;
    this.#hoveredId = null;
    this.#scale.detach();
    const map = this.#map;
    if (!map) return;
    map.off('style.load', this.#onStyleLoad);
    map.off('error', this.#onError);
    map.off('click', this.#onClick);
    map.off('mousemove', this.#onMouseMove);
    map.off('mouseout', this.#onMouseOut);
    map.off('moveend', this.#onMoveEnd);
    map.off('resize', this.#onResize);
    map.off('movestart', this.#onMoveStart);
    map.off('webglcontextlost', this.#onContextLost);
    map.off('webglcontextrestored', this.#onContextRestored);
    map.remove();
    this.#map = null;
    this.#attribution = null;
  }
}
