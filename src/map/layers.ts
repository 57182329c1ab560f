/**
 * How events look on the map, as data: icons drawn in code from each kind's shape and
 * colour (the dataset's kinds registry, which the legend and list swatches also draw from), and the
 * MapLibre layers that draw the events source.
 *
 * Reading order, bottom to top: areas (low-opacity fill + outline), lines (routes and
 * borders, on a light casing), then one marker per event (points, and an anchor for each
 * line and area so every event carries its kind's shape). Events whose date is uncertain
 * or whose place is only a country are hollow; uncertain lines and outlines are dashed.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { KindRegistry } from '../data/dataset-meta';
import { SYMBOL_OUTLINE } from '../data/kinds';
import { FALLBACK_COLOR } from '../data/palette';
import { formatDate } from '../data/time';
import type { SortieEvent } from '../data/validate';
import { anchorOf, screenBearing } from './anchors';
import { MAP_FONT_SEMIBOLD } from './fonts';

/** Icon image id for a kind; `hollow` for uncertain dates and country-level places. */
export function iconId(kind: string, hollow: boolean): string {
  return `sortie-${kind}${hollow ? '-hollow' : ''}`;
}

/** Kind shapes are SVG paths in a 16×16 box (data/symbols.ts); icons add a margin for the outline. */
const SHAPE_BOX = 16;
const ICON_MARGIN = 2;
const ICON_PIXEL_RATIO = 2;

/**
 * Draws one icon as the legend and list swatches draw it: filled with a thin dark outline,
 * or hollow (a coloured ring between dark outlines, so light colours stay visible).
 */
function drawIcon(ctx: CanvasRenderingContext2D, color: string, shape: string, hollow: boolean): ImageData {
  const size = ctx.canvas.width;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, size, size);
  ctx.scale(ICON_PIXEL_RATIO, ICON_PIXEL_RATIO);
  ctx.translate(ICON_MARGIN, ICON_MARGIN);
  const path = new Path2D(shape);
  ctx.lineJoin = 'round';
  if (hollow) {
    ctx.fillStyle = 'rgba(255, 255, 255, 0.55)';
    ctx.fill(path);
    ctx.strokeStyle = SYMBOL_OUTLINE;
    ctx.lineWidth = 4;
    ctx.stroke(path);
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.stroke(path);
  } else {
    ctx.fillStyle = color;
    ctx.fill(path);
    ctx.strokeStyle = SYMBOL_OUTLINE;
    ctx.lineWidth = 1;
    ctx.stroke(path);
  }
  return ctx.getImageData(0, 0, size, size);
}

/** Adds (or replaces) the filled and hollow icon of every kind of the registry; drawn in code, no sprite files. */
export function addKindIcons(map: MapLibreMap, kinds: KindRegistry): void {
  // One canvas for every icon, kept in memory (willReadFrequently): reading a GPU-backed
  // canvas back once per icon, each on a canvas of its own, cost 200 ms a page load here.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = (SHAPE_BOX + 2 * ICON_MARGIN) * ICON_PIXEL_RATIO;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas is unavailable');
  for (const { id: kind, color, shape } of kinds.values()) {
    for (const hollow of [false, true]) {
      const id = iconId(kind, hollow);
      if (map.hasImage(id)) map.removeImage(id);
      map.addImage(id, drawIcon(ctx, color, shape, hollow), { pixelRatio: ICON_PIXEL_RATIO });
    }
    const arrow = arrowIconId(kind);
    if (map.hasImage(arrow)) map.removeImage(arrow);
    map.addImage(arrow, drawIcon(ctx, color, ARROW_SHAPE, false), { pixelRatio: ICON_PIXEL_RATIO });
  }
}

/** A notched arrowhead pointing up (north); the map rotates it to the route's last segment. */
const ARROW_SHAPE = 'M8 1 L14.5 14.5 L8 11 L1.5 14.5 Z';

/** Icon image id of the arrowhead drawn at the end of a route of this kind. */
export function arrowIconId(kind: string): string {
  return `sortie-arrow-${kind}`;
}

export const EVENTS_SOURCE_ID = 'sortie-events';

/**
 * Properties of the features the map draws (built by map-view.ts from SortieEvents).
 * `role` is 'shape' for the event's own geometry, 'marker' for the anchor point added to
 * lines and areas, 'arrow' for the arrowhead at the end of a route (see anchors.ts),
 * 'subject' for what the event is about when that is elsewhere (subject_geometry: a line
 * or area, dotted, with no marker of its own).
 */
export interface MapFeatureProperties {
  id: string;
  kind: string;
  role: 'shape' | 'marker' | 'subject' | 'arrow';
  /** Arrowheads only: the direction of the route's last segment on the map, degrees clockwise from up. */
  bearing?: number;
  /** Where, in the dataset's words (named by off-map indicators). */
  place: string;
  /** The date carries ?, ~ or %. */
  uncertain: boolean;
  /** Location is a whole country. */
  country: boolean;
  /** Border lines draw wider than routes. */
  border: boolean;
  /** For the hover tooltip (set as text, never HTML). */
  title: string;
  when: string;
  /** The event's interval, ms since the epoch: the layers' time filter (atTime) reads them. */
  start: number;
  end: number;
}

/** The features the map draws: each event's geometry, plus a marker point for lines and areas. */
export function toMapFeatures(events: readonly SortieEvent[]): FeatureCollection<Geometry, MapFeatureProperties> {
  const features: Array<Feature<Geometry, MapFeatureProperties>> = [];
  for (const e of events) {
    const properties: MapFeatureProperties = {
      id: e.id,
      kind: e.kind,
      role: 'shape',
      uncertain: e.uncertain,
      country: e.location_precision === 'country',
      border: e.location_precision === 'border',
      title: e.title,
      when: formatDate(e.date),
      place: e.place,
      start: e.start,
      end: e.end,
    };
    features.push({ type: 'Feature', geometry: e.geometry, properties });
    // The build allows only lines and areas here, so a subject never reads as a second marker.
    if (e.subject_geometry) {
      features.push({ type: 'Feature', geometry: e.subject_geometry, properties: { ...properties, role: 'subject', border: false } });
    }
    const route = e.location_precision === 'route' && e.geometry.type === 'LineString';
    const anchor = anchorOf(e.geometry, route);
    if (anchor) {
      const marker: Point = { type: 'Point', coordinates: anchor };
      features.push({ type: 'Feature', geometry: marker, properties: { ...properties, role: 'marker' } });
    }
    const bearing = route && e.geometry.type === 'LineString' ? screenBearing(e.geometry.coordinates) : null;
    if (anchor && bearing !== null) {
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: anchor }, properties: { ...properties, role: 'arrow', bearing } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The events whose own features show their emphasis (fade, recent, selected; see `fade`
 * below): areas, lines and arrowheads. A point event shows it on its marker only (the
 * markers source), so its state is not set on the events source: at 1,000 point events
 * that halves the feature-state changes of a step.
 */
export function emphasisedShapes(data: FeatureCollection<Geometry, MapFeatureProperties>): Set<string> {
  const ids = new Set<string>();
  for (const f of data.features) {
    const point = f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint';
    if (!point || f.properties.role === 'arrow') ids.add(f.properties.id);
  }
  return ids;
}

/**
 * The time part of every event layer's filter: an event is drawn once it has started by `t`
 * and while it has not ended before `from` (isVisibleAt; in cumulative mode `from` is below
 * every date). Two comparisons whatever the number of events, so a scrub step sends the
 * map's worker the same few bytes at 42 events and at 5,000.
 */
export function atTime(t: number, from: number): ExpressionSpecification {
  return ['all', ['<=', ['get', 'start'], t], ['>=', ['get', 'end'], from]];
}

/**
 * Stands for "the colour of this feature's kind" in the layer definitions below. The layers
 * are data; map-view.ts swaps this object for kindColorExpression(registry) of the dataset
 * it draws (withKindColors), so the definitions need not know the kinds.
 */
export const kindColor: ExpressionSpecification = ['to-color', FALLBACK_COLOR];

/** A `match` from each registry kind to its colour, with the fallback for anything else. */
export function kindColorExpression(kinds: KindRegistry): ExpressionSpecification {
  const pairs = [...kinds.values()].flatMap((k) => [k.id, k.color]);
  // `match` needs at least one label; a registry with no kinds gets the fallback colour.
  if (pairs.length === 0) return ['to-color', FALLBACK_COLOR];
  return ['match', ['get', 'kind'], ...pairs, FALLBACK_COLOR] as unknown as ExpressionSpecification; // a spread `match` cannot be typed statically
}

/** A copy of a paint value with every use of `kindColor` replaced by `expression`. */
export function withKindColors<T>(value: T, expression: ExpressionSpecification): T {
  if (value === kindColor) return expression as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withKindColors(v, expression)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withKindColors(v, expression)])) as T;
  }
  return value;
}

/** Does this paint value use `kindColor` anywhere? */
export function usesKindColor(value: unknown): boolean {
  return value === kindColor || (Array.isArray(value) && value.some(usesKindColor));
}

// `geometry-type` reports MultiPolygon as Polygon, MultiPoint as Point, and so on.
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'LineString'], ['!=', ['get', 'role'], 'marker']];
/** Where an event's marker goes: point events and the anchors of lines and areas (not arrowheads). */
export const isMarker: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'role'], 'arrow']];
const isArrow: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'Point'], ['==', ['get', 'role'], 'arrow']];
/** Same rule as the swatches (isImprecise): uncertain date or country-level place. */
export const hollow: ExpressionSpecification = ['any', ['get', 'uncertain'], ['get', 'country']];
const isRouteProgress: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
/** map-view.ts narrows the selected-only layers to the selected id; nothing matches until then. */
const isSelectedMarker: ExpressionSpecification = ['all', isMarker, ['==', ['get', 'id'], '']];
/** A subject (what an event is about, not where it happened) is dotted; an uncertain date dashed. */
const isSubject: ExpressionSpecification = ['==', ['get', 'role'], 'subject'];
const dash: ExpressionSpecification = ['case',
  isSubject, ['literal', [1, 2]],
  ['get', 'uncertain'], ['literal', [2, 1.5]],
  ['literal', [1, 0]]];

/**
 * Per-event emphasis, set by map-view.ts as feature state: `fade` (1 = fresh, lower = older,
 * cumulative mode), `recent` (started lately: a halo), `selected` (a ring) and `pulse`
 * (0→1 while the appearance animation runs).
 */
export const fade: ExpressionSpecification = ['coalesce', ['feature-state', 'fade'], 1];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const recent: ExpressionSpecification = ['boolean', ['feature-state', 'recent'], false];
const pulse: ExpressionSpecification = ['coalesce', ['feature-state', 'pulse'], 1];

export const ROUTE_PROGRESS_SOURCE_ID = 'sortie-route-progress';

export const markerLayout: SymbolLayerSpecification['layout'] = {
  'icon-image': ['concat', 'sortie-', ['get', 'kind'], ['case', hollow, '-hollow', '']],
  // Country-level places draw larger as well as hollow: the place is vague, not big.
  'icon-size': [
    'interpolate', ['linear'], ['zoom'],
    3, ['case', ['get', 'country'], 1.25, 0.95],
    8, ['case', ['get', 'country'], 1.6, 1.25],
  ],
  // Markers always show, even over each other, but they take part in placement: the basemap's
  // labels are placed after them (MapLibre places the top layer first) and move aside or drop
  // out rather than sit under a marker.
  'icon-allow-overlap': true,
  'icon-ignore-placement': false,
  // Vague (country-level) markers underneath precise ones.
  'symbol-sort-key': ['case', ['get', 'country'], 0, 1],
};

export const MARKER_LAYER_ID = 'sortie-events-marker';
/** The ring that pulses out of a marker when its event appears (drawn only for events pulsing now). */
export const PULSE_LAYER_ID = 'sortie-events-pulse';
/** The selected event's marker again, on top: markers sharing a place would otherwise cover it. */
export const SELECTED_MARKER_LAYER_ID = 'sortie-events-marker-selected';
/** The selected event's title, next to its marker. */
export const SELECTED_LABEL_LAYER_ID = 'sortie-events-selected-label';
export const ARROW_LAYER_ID = 'sortie-events-arrow';
/** Layers of the events source drawn for the selected event only (map-view.ts sets their filter). */
export const SELECTED_LAYER_IDS: ReadonlySet<string> = new Set([
  'sortie-events-selected-halo', SELECTED_MARKER_LAYER_ID, SELECTED_LABEL_LAYER_ID,
]);

/**
 * The layers of the events source, bottom to top, each with its base filter. map-view.ts
 * combines the base filter with the visible-ids filter, so keep `filter` set on every layer.
 * The first group goes below the basemap's labels, so place names stay readable over shaded
 * areas; the rest (ABOVE_LABELS) sit over them, with the markers (marker-layers.ts) between the
 * label and the arrowheads. Each entry is checked with `satisfies` against its own layer
 * type: annotating the array with an intersection over MapLibre's whole LayerSpecification
 * union cost minutes of typechecking.
 */
export const EVENT_LAYERS = [
  {
    id: 'sortie-events-area-fill',
    type: 'fill',
    source: EVENTS_SOURCE_ID,
    filter: isArea,
    paint: {
      'fill-color': kindColor,
      'fill-opacity': ['*', fade, ['case', selected, 0.32, hollow, 0.1, 0.2]],
    },
  } satisfies FillLayerSpecification & { filter: ExpressionSpecification },
  {
    id: 'sortie-events-area-outline',
    type: 'line',
    source: EVENTS_SOURCE_ID,
    filter: isArea,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': ['case', selected, '#1f2328', kindColor],
      'line-width': ['case', selected, 2.5, 1.5],
      'line-opacity': ['*', fade, 0.85],
      'line-dasharray': dash,
    },
  } satisfies LineLayerSpecification & { filter: ExpressionSpecification },
  {
    id: 'sortie-events-line-casing',
    type: 'line',
    source: EVENTS_SOURCE_ID,
    filter: isLine,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      // A subject stays secondary when its event is selected: the selection ring is on the marker.
      'line-color': ['case', isSubject, '#ffffff', selected, '#1f2328', '#ffffff'],
      'line-opacity': ['*', fade, 0.8],
      'line-width': ['case', ['get', 'border'], 7, isSubject, 4, 5],
    },
  } satisfies LineLayerSpecification & { filter: ExpressionSpecification },
  {
    id: 'sortie-events-line',
    type: 'line',
    source: EVENTS_SOURCE_ID,
    filter: isLine,
    layout: { 'line-join': 'round', 'line-cap': 'butt' },
    paint: {
      'line-color': kindColor,
      'line-width': ['case', ['get', 'border'], 4, isSubject, 2, 2.5],
      'line-opacity': fade,
      'line-dasharray': dash,
    },
  } satisfies LineLayerSpecification & { filter: ExpressionSpecification },
  {
    // The part of a route drawn so far while its appearance animates (map-view.ts).
    id: 'sortie-route-progress',
    type: 'line',
    source: ROUTE_PROGRESS_SOURCE_ID,
    filter: isRouteProgress,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': kindColor, 'line-width': 3 },
  } satisfies LineLayerSpecification & { filter: ExpressionSpecification },
  {
    id: PULSE_LAYER_ID,
    type: 'circle',
    source: EVENTS_SOURCE_ID,
    filter: isMarker,
    paint: {
      'circle-radius': ['interpolate', ['linear'], pulse, 0, 8, 1, 30],
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': kindColor,
      'circle-stroke-width': 3,
      'circle-stroke-opacity': ['interpolate', ['linear'], pulse, 0, 0.9, 1, 0],
    },
  } satisfies CircleLayerSpecification & { filter: ExpressionSpecification },
  // ── above the basemap's labels ──
  {
    // The arrowhead at the end of a route, pointing into its marker: rotated to the last
    // segment and pushed back along it (icon-offset turns with icon-rotate) by about a marker's
    // radius. Placed after the selected label (it sits below it), so it never pushes that label
    // away; the basemap's labels, placed later still, keep clear of it.
    id: ARROW_LAYER_ID,
    type: 'symbol',
    source: EVENTS_SOURCE_ID,
    filter: isArrow,
    layout: {
      'icon-image': ['concat', 'sortie-arrow-', ['get', 'kind']],
      'icon-rotate': ['coalesce', ['get', 'bearing'], 0],
      'icon-rotation-alignment': 'map',
      'icon-offset': [0, 17],
      'icon-size': 0.85,
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': fade },
  } satisfies SymbolLayerSpecification & { filter: ExpressionSpecification },
  {
    // Placed after the markers (it sits below them), so it moves to a side no marker covers;
    // the basemap's labels are placed after it and make way. Paint follows the theme (map-view.ts).
    id: SELECTED_LABEL_LAYER_ID,
    type: 'symbol',
    source: EVENTS_SOURCE_ID,
    filter: isSelectedMarker,
    layout: {
      'text-field': ['get', 'title'],
      'text-font': MAP_FONT_SEMIBOLD,
      'text-size': 13,
      'text-max-width': 14,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
      'text-radial-offset': 1.3,
      'text-justify': 'auto',
      'text-padding': 2,
      // It must show: where every side is taken it overlaps a marker rather than vanish
      // (MapLibre tries the free anchors first). Names placed after it still keep clear of it.
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#1f2328', 'text-halo-color': '#ffffff', 'text-halo-width': 2, 'text-halo-blur': 0.3 },
  } satisfies SymbolLayerSpecification & { filter: ExpressionSpecification },
  {
    id: 'sortie-events-selected-halo',
    type: 'circle',
    source: EVENTS_SOURCE_ID,
    filter: isSelectedMarker,
    paint: {
      'circle-radius': 17,
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': '#1f2328',
      'circle-stroke-width': 3,
    },
  } satisfies CircleLayerSpecification & { filter: ExpressionSpecification },
  {
    id: SELECTED_MARKER_LAYER_ID,
    type: 'symbol',
    source: EVENTS_SOURCE_ID,
    filter: isSelectedMarker,
    layout: markerLayout,
  } satisfies SymbolLayerSpecification & { filter: ExpressionSpecification },
] as const;

/** One of our event layers: a MapLibre layer that always has a filter. */
export type EventLayer = (typeof EVENT_LAYERS)[number];

/** The first event layer drawn over the basemap's labels; those before it go under them. */
export const FIRST_ABOVE_LABELS_LAYER_ID = ARROW_LAYER_ID;

export const EVENT_LAYER_IDS: string[] = EVENT_LAYERS.map((layer) => layer.id);

/** The markers source (marker-layers.ts): visible markers only, clustered where they crowd. */
export const MARKERS_SOURCE_ID = 'sortie-markers';
export const CLUSTER_LAYER_ID = 'sortie-events-cluster';

/** Layers a reader can click or hover to pick an event, topmost first. */
export const INTERACTIVE_LAYER_IDS: string[] = [SELECTED_MARKER_LAYER_ID, CLUSTER_LAYER_ID, MARKER_LAYER_ID, ARROW_LAYER_ID, 'sortie-events-line', 'sortie-events-area-fill'];
