/**
 * The only place that talks to MapLibre (STYLE.md): it owns the map, its basemap, the one
 * events source and the event layers, and the camera. It never decides what is visible:
 * the owner passes visible ids in (setVisibleIds) and listens for clicks, hovers and moves.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type ExpressionSpecification,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapMouseEvent,
  type PaddingOptions,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { SortieEvent } from '../data/validate';
import type { MapViewState } from '../state/store';
import { BASEMAP_ATTRIBUTION, BASEMAP_FIRST_LABEL_LAYER, createBasemapStyle } from './basemap-style';
import { loadMapFonts } from './fonts';
import {
  EVENT_LAYERS,
  EVENTS_SOURCE_ID,
  INTERACTIVE_LAYER_IDS,
  MARKER_LAYER_ID,
  addKindIcons,
  toMapFeatures,
} from './layers';

// Bundlers cannot see MapLibre 6's worker; point it at the copy Vite emits.
setWorkerUrl(workerUrl);

/** Where the data concentrates; far-off events (Washington, Moscow) would zoom the map out to nothing. */
const FOCUS = { west: 30, south: 25, east: 55, north: 42 };
const HIT_TOLERANCE_PX = 5;

export interface MapViewOptions {
  /** A MapLibre style URL that replaces the built-in basemap (see resolveBasemapUrl). */
  styleUrl?: string | null;
  /** Padding for fitting the view to the data; a function so it can follow the layout. */
  fitPadding?: () => PaddingOptions;
  /** Told about problems a reader should see, e.g. a user style that failed to load. */
  onProblem?: (message: string) => void;
}

type Listener<T> = (value: T) => void;

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

/** Bounds to fit: positions inside the focus region if there are any, else all positions. */
export function focusBounds(events: readonly SortieEvent[]): [number, number, number, number] | null {
  const all = events.flatMap((e) => positionsOf(e.geometry));
  const inFocus = all.filter(([x = 0, y = 0]) => x >= FOCUS.west && x <= FOCUS.east && y >= FOCUS.south && y <= FOCUS.north);
  return boundsOf(inFocus.length ? inFocus : all);
}

export class MapView {
  #map: MapLibreMap | null = null;
  #attribution: AttributionControl | null = null;
  #data: FeatureCollection = { type: 'FeatureCollection', features: [] };
  #bounds: [number, number, number, number] | null = null;
  #visibleIds: ReadonlySet<string> | null = null;
  #fitted = false;
  #usingUserStyle: boolean;
  #hoveredId: string | null = null;
  #destroyed = false;
  #resolveStyle!: () => void;
  readonly #styleLoaded = new Promise<void>((resolve) => { this.#resolveStyle = resolve; });
  readonly #clickListeners = new Set<Listener<string | null>>();
  readonly #hoverListeners = new Set<Listener<string | null>>();
  readonly #viewListeners = new Set<Listener<MapViewState>>();

  /** Why the map could not be shown (e.g. no WebGL2), or null. */
  failure: string | null = null;

  constructor(
    readonly container: HTMLElement,
    private readonly options: MapViewOptions = {},
  ) {
    this.#usingUserStyle = Boolean(options.styleUrl);
    // Registers the label faces synchronously; MapLibre waits for them before drawing glyphs.
    void loadMapFonts();
    this.#create();
  }

  /** The MapLibre map; null if it could not be created (no WebGL2) or after destroy(). For tests and src/map only. */
  get map(): MapLibreMap | null {
    return this.#map;
  }

  #create(): void {
    try {
      this.#map = new MapLibreMap({
        container: this.container,
        style: this.options.styleUrl ?? createBasemapStyle(),
        bounds: [FOCUS.west, FOCUS.south, FOCUS.east, FOCUS.north],
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        locale: { 'Map.Title': 'Map of events' },
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
  }

  #addAttribution(): void {
    if (!this.#map) return;
    if (this.#attribution) this.#map.removeControl(this.#attribution);
    this.#attribution = new AttributionControl(this.#usingUserStyle ? {} : { customAttribution: BASEMAP_ATTRIBUTION });
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
    addKindIcons(map);
    if (!map.getSource(EVENTS_SOURCE_ID)) {
      map.addSource(EVENTS_SOURCE_ID, { type: 'geojson', data: this.#data, promoteId: 'id' });
    }
    const labels = map.getLayer(BASEMAP_FIRST_LABEL_LAYER) ? BASEMAP_FIRST_LABEL_LAYER : undefined;
    for (const layer of EVENT_LAYERS) {
      if (!map.getLayer(layer.id)) map.addLayer(layer, layer.id === MARKER_LAYER_ID ? undefined : labels);
    }
    this.#applyVisibleIds();
    this.#resolveStyle();
  };

  readonly #onError = (event: { error?: { message?: string } }): void => {
    const message = event.error?.message ?? 'unknown error';
    if (this.#usingUserStyle && !this.#map?.isStyleLoaded()) {
      // A user style that fails to load falls back to the built-in basemap.
      this.#usingUserStyle = false;
      this.#map?.setStyle(createBasemapStyle(), { diff: false });
      this.#addAttribution();
      this.options.onProblem?.(
        `The basemap style at ${this.options.styleUrl} could not be loaded (${message}); showing the built-in basemap.`,
      );
      return;
    }
    console.error('Map error:', message);
  };

  #eventIdAt(event: MapMouseEvent): string | null {
    const map = this.#map;
    if (!map || !map.getLayer(INTERACTIVE_LAYER_IDS[0] ?? '')) return null;
    const { x, y } = event.point;
    const t = HIT_TOLERANCE_PX;
    const [hit] = map.queryRenderedFeatures([[x - t, y - t], [x + t, y + t]], { layers: INTERACTIVE_LAYER_IDS });
    const id: unknown = hit?.properties.id;
    return typeof id === 'string' ? id : null;
  }

  readonly #onClick = (event: MapMouseEvent): void => {
    const id = this.#eventIdAt(event);
    for (const fn of this.#clickListeners) fn(id);
  };

  readonly #onMouseMove = (event: MapMouseEvent): void => {
    this.#setHovered(this.#eventIdAt(event));
  };

  readonly #onMouseOut = (): void => {
    this.#setHovered(null);
  };

  #setHovered(id: string | null): void {
    if (id === this.#hoveredId) return;
    this.#hoveredId = id;
    this.#map?.getCanvas().style.setProperty('cursor', id ? 'pointer' : '');
    for (const fn of this.#hoverListeners) fn(id);
  }

  readonly #onMoveEnd = (): void => {
    const map = this.#map;
    if (!map) return;
    const { lng, lat } = map.getCenter();
    const round = (v: number, digits: number) => Number(v.toFixed(digits));
    const view: MapViewState = { center: [round(lng, 4), round(lat, 4)], zoom: round(map.getZoom(), 2) };
    for (const fn of this.#viewListeners) fn(view);
  };

  /**
   * Draws these events (replacing any before). The first call also fits the view to them.
   * Resolves once the map has rendered them (the map's next `idle` with the source loaded).
   */
  async setEvents(events: readonly SortieEvent[]): Promise<void> {
    this.#data = toMapFeatures(events);
    this.#bounds = focusBounds(events);
    if (!this.#map) return;
    await this.#styleLoaded;
    const map = this.#map;
    const source = map?.getSource<GeoJSONSource>(EVENTS_SOURCE_ID);
    if (!map || !source) return;
    void source.setData(this.#data);
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

  /** Fits the camera to the events' focus bounds (see FOCUS), without animation. */
  fitToEvents(): void {
    if (!this.#map || !this.#bounds) return;
    const [w, s, e, n] = this.#bounds;
    const bounds: LngLatBoundsLike = [[w, s], [e, n]];
    this.#map.fitBounds(bounds, { padding: this.options.fitPadding?.() ?? 40, animate: false, maxZoom: 8 });
  }

  /** Shows only these event ids; null shows every event. */
  setVisibleIds(ids: ReadonlySet<string> | null): void {
    this.#visibleIds = ids;
    this.#applyVisibleIds();
  }

  #applyVisibleIds(): void {
    const map = this.#map;
    if (!map?.getLayer(EVENT_LAYERS[0]?.id ?? '')) return;
    const ids = this.#visibleIds;
    const visible: ExpressionSpecification | null = ids ? ['in', ['get', 'id'], ['literal', [...ids]]] : null;
    for (const layer of EVENT_LAYERS) {
      map.setFilter(layer.id, visible ? ['all', layer.filter, visible] : layer.filter);
    }
  }

  /** Calls fn with the clicked event's id, or null for a click on empty map. Returns the unsubscribe. */
  onEventClick(fn: Listener<string | null>): () => void {
    this.#clickListeners.add(fn);
    return () => this.#clickListeners.delete(fn);
  }

  /** Calls fn when the pointer moves onto an event (its id) or off all events (null). */
  onEventHover(fn: Listener<string | null>): () => void {
    this.#hoverListeners.add(fn);
    return () => this.#hoverListeners.delete(fn);
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
    this.#hoverListeners.clear();
    this.#viewListeners.clear();
    const map = this.#map;
    if (!map) return;
    map.off('style.load', this.#onStyleLoad);
    map.off('error', this.#onError);
    map.off('click', this.#onClick);
    map.off('mousemove', this.#onMouseMove);
    map.off('mouseout', this.#onMouseOut);
    map.off('moveend', this.#onMoveEnd);
    map.remove();
    this.#map = null;
  }
}
