/**
 * How events look on the map, as data: icons drawn in code from each kind's shape and
 * colour (data/kinds.ts, which the legend and list swatches also draw from), and the
 * MapLibre layers that draw the events source.
 *
 * Reading order, bottom to top: areas (low-opacity fill + outline), lines (routes and
 * borders, on a light casing), then one marker per event (points, and an anchor for each
 * line and area so every event carries its kind's shape). Events whose date is uncertain
 * or whose place is only a country are hollow; uncertain lines and outlines are dashed.
 */
import along from '@turf/along';
import length from '@turf/length';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { KIND_STYLES, SYMBOL_OUTLINE } from '../data/kinds';
import { EVENT_KINDS, type EventKind } from '../data/types';
import { formatDate } from '../data/time';
import type { SortieEvent } from '../data/validate';

/** Icon image id for a kind; `hollow` for uncertain dates and country-level places. */
export function iconId(kind: EventKind, hollow: boolean): string {
  return `sortie-${kind}${hollow ? '-hollow' : ''}`;
}

/** Kind shapes are SVG paths in a 16×16 box (data/kinds.ts); icons add a margin for the outline. */
const SHAPE_BOX = 16;
const ICON_MARGIN = 2;
const ICON_PIXEL_RATIO = 2;

/**
 * Draws one icon as the legend and list swatches draw it: filled with a thin dark outline,
 * or hollow (a coloured ring between dark outlines, so light colours stay visible).
 */
function drawIcon(kind: EventKind, hollow: boolean): ImageData {
  const { color, shape } = KIND_STYLES[kind];
  const size = (SHAPE_BOX + 2 * ICON_MARGIN) * ICON_PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is unavailable');
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

/** Adds (or replaces) the filled and hollow icon of every kind; drawn in code, no sprite files. */
export function addKindIcons(map: MapLibreMap): void {
  for (const kind of EVENT_KINDS) {
    for (const hollow of [false, true]) {
      const id = iconId(kind, hollow);
      if (map.hasImage(id)) map.removeImage(id);
      map.addImage(id, drawIcon(kind, hollow), { pixelRatio: ICON_PIXEL_RATIO });
    }
  }
}

export const EVENTS_SOURCE_ID = 'sortie-events';

/**
 * Properties of the features the map draws (built by map-view.ts from SortieEvents).
 * `role` is 'shape' for the event's own geometry, 'marker' for the anchor point added to
 * lines and areas, 'subject' for what the event is about when that is elsewhere
 * (subject_geometry: a line or area, dashed, with no marker of its own).
 */
export interface MapFeatureProperties {
  id: string;
  kind: EventKind;
  role: 'shape' | 'marker' | 'subject';
  /** The date carries ?, ~ or %. */
  uncertain: boolean;
  /** Location is a whole country. */
  country: boolean;
  /** Border lines draw wider than routes. */
  border: boolean;
  /** For the hover tooltip (set as text, never HTML). */
  title: string;
  when: string;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ((ring[j]?.[0] ?? 0) * (ring[i]?.[1] ?? 0)) - ((ring[i]?.[0] ?? 0) * (ring[j]?.[1] ?? 0));
  }
  return sum / 2;
}

function ringCentroid(ring: Position[]): Position {
  const a = ringArea(ring);
  if (a === 0) return ring[0] ?? [0, 0];
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const f = xj * yi - xi * yj;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

/**
 * Where a line or area event carries its marker: the middle of its (longest) line, or the
 * centroid of its largest polygon. Points need none.
 */
function anchorOf(geometry: Geometry): Position | null {
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    const features = lines.map((coordinates): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }));
    const longest = features.reduce((a, b) => (length(b) > length(a) ? b : a));
    return along(longest, length(longest) / 2).geometry.coordinates;
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
    const largest = outers.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
    return ringCentroid(largest);
  }
  return null;
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
    };
    features.push({ type: 'Feature', geometry: e.geometry, properties });
    // The build allows only lines and areas here, so a subject never reads as a second marker.
    if (e.subject_geometry) {
      features.push({ type: 'Feature', geometry: e.subject_geometry, properties: { ...properties, role: 'subject', border: false } });
    }
    const anchor = anchorOf(e.geometry);
    if (anchor) {
      const marker: Point = { type: 'Point', coordinates: anchor };
      features.push({ type: 'Feature', geometry: marker, properties: { ...properties, role: 'marker' } });
    }
  }
  return { type: 'FeatureCollection', features };
}

const kindColor = [
  'match', ['get', 'kind'],
  ...EVENT_KINDS.flatMap((kind) => [kind, KIND_STYLES[kind].color]),
  '#5F5F5F',
] as unknown as ExpressionSpecification; // a spread `match` cannot be typed statically

// `geometry-type` reports MultiPolygon as Polygon, MultiPoint as Point, and so on.
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'LineString'], ['!=', ['get', 'role'], 'marker']];
const isMarker: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** Same rule as the swatches (isImprecise): uncertain date or country-level place. */
const hollow: ExpressionSpecification = ['any', ['get', 'uncertain'], ['get', 'country']];
const isRouteProgress: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
/** map-view.ts narrows the selected-marker layer to the selected id; nothing matches until then. */
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
const fade: ExpressionSpecification = ['coalesce', ['feature-state', 'fade'], 1];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const recent: ExpressionSpecification = ['boolean', ['feature-state', 'recent'], false];
const pulse: ExpressionSpecification = ['coalesce', ['feature-state', 'pulse'], 1];

export const ROUTE_PROGRESS_SOURCE_ID = 'sortie-route-progress';

const markerLayout: SymbolLayerSpecification['layout'] = {
  'icon-image': ['concat', 'sortie-', ['get', 'kind'], ['case', hollow, '-hollow', '']],
  // Country-level places draw larger as well as hollow: the place is vague, not big.
  'icon-size': [
    'interpolate', ['linear'], ['zoom'],
    3, ['case', ['get', 'country'], 1.25, 0.95],
    8, ['case', ['get', 'country'], 1.6, 1.25],
  ],
  'icon-allow-overlap': true,
  'icon-ignore-placement': true,
  // Vague (country-level) markers underneath precise ones.
  'symbol-sort-key': ['case', ['get', 'country'], 0, 1],
};

export const MARKER_LAYER_ID = 'sortie-events-marker';
/** The selected event's marker again, on top: markers sharing a place would otherwise cover it. */
export const SELECTED_MARKER_LAYER_ID = 'sortie-events-marker-selected';

/**
 * The event layers, bottom to top, each with its base filter. map-view.ts combines the
 * base filter with the visible-ids filter, so keep `filter` set on every layer. All but the
 * markers go below the basemap's labels, so place names stay readable over shaded areas.
 * Each entry is checked with `satisfies` against its own layer type: annotating the array
 * with an intersection over MapLibre's whole LayerSpecification union cost minutes of
 * typechecking.
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
    id: 'sortie-events-halo',
    type: 'circle',
    source: EVENTS_SOURCE_ID,
    filter: isMarker,
    paint: {
      'circle-radius': ['case', selected, 17, recent, 14, 0],
      'circle-color': kindColor,
      'circle-opacity': ['case', selected, 0, recent, 0.3, 0],
      'circle-stroke-color': '#1f2328',
      'circle-stroke-width': ['case', selected, 3, 0],
    },
  } satisfies CircleLayerSpecification & { filter: ExpressionSpecification },
  {
    id: 'sortie-events-pulse',
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
  {
    id: MARKER_LAYER_ID,
    type: 'symbol',
    source: EVENTS_SOURCE_ID,
    filter: isMarker,
    layout: markerLayout,
    paint: { 'icon-opacity': ['case', selected, 1, fade] },
  } satisfies SymbolLayerSpecification & { filter: ExpressionSpecification },
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

export const EVENT_LAYER_IDS: string[] = EVENT_LAYERS.map((layer) => layer.id);

/** Layers a reader can click or hover to pick an event, topmost first. */
export const INTERACTIVE_LAYER_IDS: string[] = [SELECTED_MARKER_LAYER_ID, MARKER_LAYER_ID, 'sortie-events-line', 'sortie-events-area-fill'];
