/**
 * Events drawn at scale (issue 9): every event is one point on the GPU, and the time, kind
 * and actor filters and the fading of older events are uniforms compared against per-event
 * attributes in the vertex shader (deck.gl's DataFilterExtension, drawn inside MapLibre's
 * own WebGL context through @deck.gl/mapbox's MapboxOverlay, interleaved). A scrub step
 * changes a handful of numbers: no work per event, whatever the size.
 *
 * Built once per dataset: positions, colours, [start, end, passes] in days from the first
 * start (float32 keeps a day's fraction exact to a minute over centuries). The kind and
 * actor filters write the `passes` column once per filter change, never per step.
 *
 * Three layers of the same points: every event shown at the faded opacity, over it the
 * same points whose opacity ramps from 0 at the fade span's start to 1 at the playhead (so
 * the two compose to emphasis.ts's fade, FADE_FLOOR + (1 − FADE_FLOOR) × freshness), and a
 * ring round events that started lately. This module is loaded only when a dataset is
 * large enough to need it (map-view.ts, SCALE_THRESHOLD), so small maps never fetch deck.gl.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import KDBush from 'kdbush';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { KindRegistry } from '../data/dataset-meta';
import type { TimeMode } from '../data/time';
import type { SortieEvent } from '../data/validate';
import { FADE_FLOOR, FADE_MS, RECENT_MS } from '../state/emphasis';
import { FALLBACK_COLOR } from '../data/palette';

const DAY = 86_400_000;
/** Beyond any day a dataset holds, as an open end of a filter range. */
const FAR = 1e9;

export interface ScaleFrame {
  time: number;
  mode: TimeMode;
  windowMs: number;
  /** Kinds shown (null: all). */
  kinds: ReadonlySet<string> | null;
  /** Actors shown (null: all). */
  actors: ReadonlySet<string> | null;
  dark: boolean;
}

interface Columns {
  /** What deck.gl draws from, built once: a new object per frame would make it rebuild every attribute. */
  data: { length: number; attributes: Record<string, { value: Float32Array | Uint8Array; size: number; normalized?: boolean }> };
  length: number;
  positions: Float32Array;
  colors: Uint8Array;
  /** [start, end, passes] per event, days from `origin`. */
  filter: Float32Array;
}

/** Parses a #rgb or #rrggbb colour (the registry's form); anything else gets the fallback. */
function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return color === FALLBACK_COLOR ? [120, 120, 120] : rgb(FALLBACK_COLOR);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** A point to stand for an event of any geometry: a Point itself, else its first position. */
function anchor(event: SortieEvent): [number, number] {
  const first = (g: SortieEvent['geometry']): number[] | undefined => {
    switch (g.type) {
      case 'Point': return g.coordinates;
      case 'MultiPoint':
      case 'LineString': return g.coordinates[0];
      case 'MultiLineString':
      case 'Polygon': return g.coordinates[0]?.[0];
      case 'MultiPolygon': return g.coordinates[0]?.[0]?.[0];
      case 'GeometryCollection': return g.geometries[0] ? first(g.geometries[0]) : undefined;
      default: return undefined;
    }
  };
  const [x = 0, y = 0] = first(event.geometry) ?? [];
  return [x, y];
}

/**
 * @deck.gl/mapbox 9 reads the camera's transform (its height, elevation and near/far planes)
 * as `map.transform`, which MapLibre 6 moved to the map's camera. Until deck.gl follows,
 * the map gets a getter that hands over the same object; nothing else is patched.
 */
function exposeTransform(map: MapLibreMap): void {
  const target = map as unknown as { transform?: unknown; _camera?: { transform?: unknown } };
  if (target.transform !== undefined || !target._camera) return;
  Object.defineProperty(map, 'transform', { configurable: true, get: () => target._camera?.transform });
}

export class ScaleLayer {
  readonly #overlay: MapboxOverlay;
  readonly #map: MapLibreMap;
  #events: readonly SortieEvent[] = [];
  #columns: Columns | null = null;
  #origin = 0;
  /** The events' anchors in a static k-d tree (built once per dataset, at the first pick) for clicks and hover. */
  #points: KDBush | null = null;
  /** The filters the `passes` column was last written for (undefined: not yet). */
  #passesFor: { kinds: ReadonlySet<string> | null; actors: ReadonlySet<string> | null } | undefined;
  #frame: ScaleFrame | null = null;
  /** One instance for every frame: a new one would make deck.gl rebuild the filter attributes. */
  readonly #extensions = [new DataFilterExtension({ filterSize: 3 })];

  constructor(map: MapLibreMap, private readonly beforeId?: string) {
    this.#map = map;
    exposeTransform(map);
    this.#overlay = new MapboxOverlay({ interleaved: true, layers: [] });
    map.addControl(this.#overlay);
  }

  get size(): number {
    return this.#events.length;
  }

  /** Builds the columns for these events (once per dataset; O(events)). */
  setEvents(events: readonly SortieEvent[], kinds: KindRegistry): void {
    this.#events = events;
    const n = events.length;
    const positions = new Float32Array(n * 2);
    const colors = new Uint8Array(n * 4);
    const filter = new Float32Array(n * 3);
    const colorOf = new Map([...kinds.values()].map((k) => [k.id, rgb(k.color)]));
    let origin = Infinity;
    for (const e of events) origin = Math.min(origin, e.start);
    this.#origin = Number.isFinite(origin) ? origin : 0;
    const fallback = rgb(FALLBACK_COLOR);
    events.forEach((e, i) => {
      const [x, y] = anchor(e);
      positions[i * 2] = x;
      positions[i * 2 + 1] = y;
      const [r, g, b] = colorOf.get(e.kind) ?? fallback;
      colors.set([r, g, b, 255], i * 4);
      filter[i * 3] = (e.start - this.#origin) / DAY;
      filter[i * 3 + 1] = (e.end - this.#origin) / DAY;
      filter[i * 3 + 2] = 1;
    });
    const data = {
      length: n,
      attributes: {
        getPosition: { value: positions, size: 2 },
        getFillColor: { value: colors, size: 4, normalized: true },
        getLineColor: { value: colors, size: 4, normalized: true },
        getFilterValue: { value: filter, size: 3 },
      },
    };
    const columns: Columns = { data, length: n, positions, colors, filter };
    this.#columns = columns;
    this.#points = null;
    // Ready for the first hover by the time the page is idle (Safari has no requestIdleCallback).
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (fn: () => void) => setTimeout(fn, 200);
    idle(() => {
      if (this.#columns === columns) this.#tree(columns);
    });
    this.#passesFor = undefined;
    if (this.#frame) this.setFrame(this.#frame);
  }

  /** Shows the events of this frame: uniforms only, except when the actor filter changed. */
  setFrame(frame: ScaleFrame): void {
    this.#frame = frame;
    const columns = this.#columns;
    if (!columns) return;
    const passes = this.#passesFor;
    if (!passes || frame.kinds !== passes.kinds || frame.actors !== passes.actors) this.#applyFilters(frame.kinds, frame.actors);
    const t = (frame.time - this.#origin) / DAY;
    const span = (frame.mode === 'window' ? Math.max(frame.windowMs, DAY) : FADE_MS) / DAY;
    const sinceDays = frame.mode === 'window' ? t - frame.windowMs / DAY : -FAR;
    const base = {
      data: columns.data,
      radiusUnits: 'pixels' as const,
      pickable: false,
      extensions: this.#extensions,
      beforeId: this.beforeId,
    };
    const range = (min: number): [number, number][] => [[-FAR, t], [min, FAR], [1, 1]];
    const outline: [number, number, number, number] = frame.dark ? [20, 22, 28, 200] : [255, 255, 255, 220];
    const layers = [
      new ScatterplotLayer<unknown, DataFilterExtensionProps>({
        ...base,
        id: 'sortie-scale-all',
        getRadius: 4,
        radiusMinPixels: 2.5,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 0.75,
        getLineColor: outline,
        opacity: FADE_FLOOR,
        filterRange: range(sinceDays),
      }),
      new ScatterplotLayer<unknown, DataFilterExtensionProps>({
        ...base,
        id: 'sortie-scale-fresh',
        getRadius: 4,
        radiusMinPixels: 2.5,
        // The fresher part of the fade: 0 at `span` before the playhead, 1 at it.
        filterRange: range(Math.max(sinceDays, t - span)),
        filterSoftRange: [[-FAR, t], [t, FAR], [1, 1]],
        filterTransformSize: false,
      }),
      new ScatterplotLayer<unknown, DataFilterExtensionProps>({
        ...base,
        id: 'sortie-scale-recent',
        getRadius: 7,
        filled: false,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
        filterRange: range(Math.max(sinceDays, t - RECENT_MS / DAY)),
      }),
    ];
    this.#overlay.setProps({ layers });
  }

  /**
   * Rewrites the `passes` column for the kind and actor filters: once per filter change
   * (O(events)), never per step. (deck.gl's category filter would do the kinds on the GPU,
   * but it maps every event's category on the CPU when the data is set: 1.4 s at 10^6.)
   */
  #applyFilters(kinds: ReadonlySet<string> | null, actors: ReadonlySet<string> | null): void {
    const columns = this.#columns;
    if (!columns) return;
    const previous = this.#passesFor;
    this.#passesFor = { kinds, actors };
    // All pass, as setEvents wrote them: nothing to rewrite or upload.
    if (kinds === null && actors === null && (!previous || (previous.kinds === null && previous.actors === null))) return;
    const events = this.#events;
    // A new array in a new attribute object: deck.gl takes a binary attribute again only when
    // the object it was given changes (it compares identity, not contents or updateTriggers).
    const filter = columns.filter.slice();
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      filter[i * 3 + 2] = (kinds === null || kinds.has(e.kind)) && (actors === null || e.actors.some((a) => actors.has(a))) ? 1 : 0;
    }
    columns.filter = filter;
    columns.data.attributes.getFilterValue = { value: filter, size: 3 };
  }

  /**
   * The k-d tree of the anchors, built once the page is idle (or at the first pick, if that
   * comes sooner) rather than with the columns: at 10^6 events its sort takes 0.4 s that
   * the first frame need not wait for.
   */
  #tree(columns: Columns): KDBush {
    if (this.#points) return this.#points;
    const { positions, length } = columns;
    const points = new KDBush(Math.max(1, length), 64, Float32Array);
    for (let i = 0; i < length; i++) points.add(positions[i * 2] ?? 0, positions[i * 2 + 1] ?? 0);
    if (length === 0) points.add(0, 0);
    this.#points = points.finish();
    return this.#points;
  }

  /**
   * The events drawn under a point of the map container (px), nearest first, at most
   * `limit`. On the CPU, from the k-d tree and the same tests the shader applies, so it costs
   * O(log N + events near the point) per click, nothing per step.
   */
  pick(x: number, y: number, radius = 8, limit = 50): SortieEvent[] {
    const { columns, frame } = { columns: this.#columns, frame: this.#frame };
    if (!columns || !frame || columns.length === 0) return [];
    const points = this.#tree(columns);
    const corners = [this.#map.unproject([x - radius, y - radius]), this.#map.unproject([x + radius, y + radius])];
    const lngs = corners.map((c) => ((c.lng + 540) % 360) - 180);
    const lats = corners.map((c) => c.lat);
    const t = (frame.time - this.#origin) / DAY;
    const since = frame.mode === 'window' ? t - frame.windowMs / DAY : -FAR;
    const hits: Array<{ event: SortieEvent; distance: number }> = [];
    for (const i of points.range(Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats))) {
      const f = i * 3;
      if (!((columns.filter[f] ?? FAR) <= t && (columns.filter[f + 1] ?? -FAR) >= since && columns.filter[f + 2] === 1)) continue;
      const event = this.#events[i];
      if (!event) continue;
      const p = this.#map.project([columns.positions[i * 2] ?? 0, columns.positions[i * 2 + 1] ?? 0]);
      const distance = Math.hypot(p.x - x, p.y - y);
      if (distance <= radius) hits.push({ event, distance });
    }
    return hits.sort((a, b) => a.distance - b.distance).slice(0, limit).map((h) => h.event);
  }

  destroy(): void {
    try {
      this.#map.removeControl(this.#overlay);
    } catch {
      // The map is already gone.
    }
    this.#overlay.finalize();
  }
}
