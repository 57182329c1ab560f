/**
 * The markers of the events visible now, clustered where they crowd.
 *
 * A second GeoJSON source holds one Point per marker of each visible event (a MultiPoint
 * event gives one per place) and lets MapLibre cluster them (supercluster, in its worker).
 * Each marker has its own number (`marker`, the source's promoted id), so when the visible
 * events change the source is sent only the markers that came and went (markerDiff, through
 * MapLibre's `updateData`), not every visible marker again: MapLibre copies what it sends to
 * its worker object by object, which at 1,000 visible events took 7–13 ms a step. Measured
 * by e2e/map-drawing.spec.ts at 42 events (shared 2-core machine): setVisibleIds takes well
 * under 1 ms on the main thread, and the worker has re-clustered some 25–70 ms later.
 * Because only visible events are in it, a cluster's count is the number of visible markers
 * there, whatever the time and filters.
 *
 * Clusters carry the ids of their events (`ids`, space-separated, aggregated with
 * clusterProperties), so a click can open the picker for exactly those events and tests can
 * tell which events a badge stands for. From CLUSTER_MAX_ZOOM + 1 on nothing clusters and
 * events at one place stack, as before (the picker lists them).
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  Map as MapLibreMap,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { MAP_FONT_SEMIBOLD } from './fonts';
import {
  CLUSTER_LAYER_ID,
  MARKER_LAYER_ID,
  MARKERS_SOURCE_ID,
  fade,
  kindColor,
  markerLayout,
  recent,
  type MapFeatureProperties,
} from './layers';

/** Markers closer than this (px) merge into one badge. A marker is about 20 px across. */
export const CLUSTER_RADIUS_PX = 22;
/** Beyond this zoom nothing clusters; the data's widest useful close-up is about zoom 8. */
export const CLUSTER_MAX_ZOOM = 9;

export function markersSource(): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'marker',
    cluster: true,
    clusterRadius: CLUSTER_RADIUS_PX,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    clusterProperties: { ids: [['concat', ['accumulated'], ' ', ['get', 'ids']], ['get', 'id']] },
  };
}

/** A marker's properties: its event's, and its own number in the dataset (the source's feature id). */
export interface MarkerProperties extends MapFeatureProperties {
  marker: number;
}

export type MarkerFeature = Feature<Point, MarkerProperties>;

/**
 * Each event's markers (its Point or MultiPoint, or the anchor of a line or area), by event
 * id, numbered 0, 1, 2… across the dataset: a number is a marker's feature id and feature state.
 */
export function markerIndex(data: FeatureCollection<Geometry, MapFeatureProperties>): Map<string, MarkerFeature[]> {
  const index = new Map<string, MarkerFeature[]>();
  let marker = 0;
  for (const f of data.features) {
    const p = f.properties;
    let positions: Position[] = [];
    if (p.role === 'marker' && f.geometry.type === 'Point') positions = [f.geometry.coordinates];
    else if (p.role === 'shape' && f.geometry.type === 'Point') positions = [f.geometry.coordinates];
    else if (p.role === 'shape' && f.geometry.type === 'MultiPoint') positions = f.geometry.coordinates;
    if (!positions.length) continue;
    const list = index.get(p.id) ?? [];
    for (const coordinates of positions) list.push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { ...p, marker: marker++ } });
    index.set(p.id, list);
  }
  return index;
}

/** The markers source's data for these visible ids (null: all); O(visible). */
export function markerData(index: ReadonlyMap<string, MarkerFeature[]>, visible: ReadonlySet<string> | null): FeatureCollection<Point, MarkerProperties> {
  const features: MarkerFeature[] = [];
  if (visible) {
    for (const id of visible) features.push(...(index.get(id) ?? []));
  } else {
    for (const list of index.values()) features.push(...list);
  }
  return { type: 'FeatureCollection', features };
}

/** The markers to add to and remove from the source when the visible events go from `before` to `after`. */
export interface MarkerDiff {
  add: MarkerFeature[];
  remove: number[];
}

/**
 * What changes in the markers source from the visible events `before` to `after`: O(before +
 * after), and what it sends is O(change). Null when either is "every event" (null), where the
 * whole data is sent instead.
 */
export function markerDiff(index: ReadonlyMap<string, MarkerFeature[]>, before: ReadonlySet<string> | null, after: ReadonlySet<string> | null): MarkerDiff | null {
  if (!before || !after) return null;
  const add: MarkerFeature[] = [];
  const remove: number[] = [];
  for (const id of after) if (!before.has(id)) add.push(...(index.get(id) ?? []));
  for (const id of before) if (!after.has(id)) for (const f of index.get(id) ?? []) remove.push(f.properties.marker);
  return { add, remove };
}

/** Distinct event ids a cluster feature stands for (a MultiPoint event can appear twice). */
export function clusterIds(properties: Record<string, unknown>): string[] {
  const ids = typeof properties.ids === 'string' ? properties.ids.split(' ').filter(Boolean) : [];
  return [...new Set(ids)];
}

/** Badge radii (px, ring included) for up to 4, 5–9 and 10+ events. */
export const BADGE_RADII = [13, 15, 17] as const;
const BADGE_PIXEL_RATIO = 2;

const badgeIconId = (size: number) => `sortie-badge-${size}`;

/** Adds (or replaces) the cluster badge discs, drawn in code like the kind icons. */
export function addBadgeIcons(map: MapLibreMap): void {
  BADGE_RADII.forEach((radius, size) => {
    const px = radius * 2 * BADGE_PIXEL_RATIO;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = px;
    // Read back once: a canvas kept in memory spares the GPU round trip (as layers.ts's icons).
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2D canvas is unavailable');
    ctx.scale(BADGE_PIXEL_RATIO, BADGE_PIXEL_RATIO);
    ctx.beginPath();
    ctx.arc(radius, radius, radius - 1, 0, 2 * Math.PI);
    ctx.fillStyle = '#1f2328';
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    const id = badgeIconId(size);
    if (map.hasImage(id)) map.removeImage(id);
    map.addImage(id, ctx.getImageData(0, 0, px, px), { pixelRatio: BADGE_PIXEL_RATIO });
  });
}

const isCluster: ExpressionSpecification = ['has', 'point_count'];
const isSingle: ExpressionSpecification = ['!', isCluster];

/**
 * The markers source's layers, bottom to top: the recent-event halo, the cluster badges and
 * their counts, then single markers. map-view.ts puts them above the selected event's label
 * (so that label is placed after them and steps aside) and below the arrowheads.
 */
export const MARKER_LAYERS = [
  {
    id: 'sortie-events-halo',
    type: 'circle',
    source: MARKERS_SOURCE_ID,
    filter: isSingle,
    paint: {
      'circle-radius': ['case', recent, 14, 0],
      'circle-color': kindColor,
      'circle-opacity': ['case', recent, 0.3, 0],
    },
  } satisfies CircleLayerSpecification & { filter: ExpressionSpecification },
  {
    // A dark disc with a white ring (it reads on the light and the dark basemap alike) and the
    // count. An icon, not a circle layer, so its whole disc takes part in label placement.
    id: CLUSTER_LAYER_ID,
    type: 'symbol',
    source: MARKERS_SOURCE_ID,
    filter: isCluster,
    layout: {
      'icon-image': ['step', ['get', 'point_count'], badgeIconId(0), 5, badgeIconId(1), 10, badgeIconId(2)],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'text-field': ['to-string', ['get', 'point_count']],
      'text-font': MAP_FONT_SEMIBOLD,
      'text-size': 12,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  } satisfies SymbolLayerSpecification & { filter: ExpressionSpecification },
  {
    id: MARKER_LAYER_ID,
    type: 'symbol',
    source: MARKERS_SOURCE_ID,
    filter: isSingle,
    layout: markerLayout,
    paint: { 'icon-opacity': fade },
  } satisfies SymbolLayerSpecification & { filter: ExpressionSpecification },
] as const;
