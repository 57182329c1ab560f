/**
 * When a dataset is too large for MapLibre's GeoJSON sources and per-id filters (issue 9
 * measured a 10,000-event scrub step at 22.8 s that way), map-view.ts hands its events to
 * the GPU layer (scale-layer.ts) instead. This keeps that switch out of map-view.ts: the
 * threshold, loading deck.gl only when a dataset crosses it, and putting the layer back on
 * a map that was suspended and recreated (a page with many maps).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { KindRegistry } from '../data/dataset-meta';
import type { SortieEvent } from '../data/validate';
import type { ScaleFrame, ScaleLayer } from './scale-layer';

export type { ScaleFrame } from './scale-layer';

/**
 * Above this many events the map draws them on the GPU. Below it MapLibre's own layers keep
 * every detail (kind symbols, routes and areas, cluster badges, off-map pointers) and a step
 * costs a few ms (e2e/map-drawing.spec.ts prints it at 42 events); bench-scale.ts measures
 * both sides of the line.
 */
export const SCALE_THRESHOLD = 5000;

export class ScaleMode {
  #layer: ScaleLayer | null = null;
  #map: MapLibreMap | null = null;
  #events: readonly SortieEvent[] = [];
  #kinds: KindRegistry = new Map();
  #frame: ScaleFrame | null = null;
  /** Resolves when the layer has drawn its first frame's data (for setEvents' caller). */
  #ready: Promise<void> = Promise.resolve();

  constructor(private readonly beforeId: () => string | undefined) {}

  /** Whether the current dataset is drawn at scale. */
  get active(): boolean {
    return this.#events.length > 0;
  }

  /** Takes a dataset; returns whether it is drawn at scale (else the owner draws it itself). */
  setEvents(events: readonly SortieEvent[], kinds: KindRegistry): boolean {
    const active = events.length > SCALE_THRESHOLD;
    this.#events = active ? events : [];
    this.#kinds = kinds;
    if (!active) {
      this.detach();
      return false;
    }
    this.#layer?.setEvents(events, kinds);
    return true;
  }

  /** Puts the layer on this map (loading deck.gl the first time). Resolves once it is there. */
  attach(map: MapLibreMap): Promise<void> {
    if (!this.active) return Promise.resolve();
    if (this.#layer && this.#map === map) return this.#ready;
    this.detach();
    this.#map = map;
    this.#ready = import('./scale-layer').then(({ ScaleLayer }) => {
      if (this.#map !== map || !this.active) return;
      const layer = new ScaleLayer(map, this.beforeId());
      layer.setEvents(this.#events, this.#kinds);
      if (this.#frame) layer.setFrame(this.#frame);
      this.#layer = layer;
    });
    return this.#ready;
  }

  /** Takes the layer off its map (the map is being removed, or the dataset is small). */
  detach(): void {
    this.#layer?.destroy();
    this.#layer = null;
    this.#map = null;
  }

  /** The time, filters and theme to show: a few uniforms, whatever the size. */
  setFrame(frame: ScaleFrame): void {
    this.#frame = frame;
    this.#layer?.setFrame(frame);
  }

  /** The events drawn under a point of the map (px), nearest first; none while deck.gl loads. */
  pick(x: number, y: number): SortieEvent[] {
    return this.#layer?.pick(x, y) ?? [];
  }
}
