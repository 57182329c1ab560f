/**
 * The review page's small map: the selected candidate's chosen place and its alternatives over
 * the bundled basemap (src/map/basemap-style.ts; no tiles or fonts from elsewhere). Imperative
 * MapLibre code stays in this class; the Lit element only hands it a container and the places.
 */
import type { FeatureCollection, Point } from 'geojson';
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_ATTRIBUTION, createBasemapStyle } from '../map/basemap-style';
import { loadMapFonts, MAP_FONT_REGULAR } from '../map/fonts';
import type { PlaceOption } from '../draft/places';

setWorkerUrl(workerUrl);

const SOURCE = 'review-places';

export interface MapPlace {
  option: PlaceOption;
  chosen: boolean;
}

export class PlaceMap {
  private map: MapLibreMap | null = null;
  private pending: MapPlace[] = [];
  private loaded = false;

  /** Null when WebGL is unavailable: the card still lists every place in words. */
  constructor(container: HTMLElement) {
    void loadMapFonts();
    try {
      this.map = new MapLibreMap({
        container, style: createBasemapStyle(), bounds: [30, 25, 55, 42], attributionControl: false,
        dragRotate: false, pitchWithRotate: false, maxPitch: 0, locale: { 'Map.Title': 'Map of the candidate\'s place' },
      });
    } catch {
      this.map = null;
      return;
    }
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new AttributionControl({ customAttribution: BASEMAP_ATTRIBUTION, compact: true }), 'bottom-right');
    this.map.on('load', this.onLoad);
  }

  get available(): boolean {
    return this.map !== null;
  }

  private readonly onLoad = (): void => {
    const map = this.map!;
    map.addSource(SOURCE, { type: 'geojson', data: this.collection() });
    map.addLayer({ id: 'review-places-dot', type: 'circle', source: SOURCE, paint: {
      'circle-radius': ['case', ['get', 'chosen'], 8, 5],
      'circle-color': ['case', ['get', 'chosen'], '#D55E00', '#ffffff'],
      'circle-stroke-color': '#1a1a1a', 'circle-stroke-width': 1.5,
    } });
    map.addLayer({ id: 'review-places-label', type: 'symbol', source: SOURCE, layout: {
      'text-field': ['get', 'name'], 'text-font': MAP_FONT_REGULAR, 'text-size': 12, 'text-offset': [0, 1.2], 'text-anchor': 'top',
    }, paint: { 'text-color': '#1f2328', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } });
    this.loaded = true;
    this.show(this.pending);
  };

  private collection(): FeatureCollection<Point> {
    return { type: 'FeatureCollection', features: this.pending.map(({ option, chosen }) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [option.lng, option.lat] }, properties: { name: option.name, chosen },
    })) };
  }

  show(places: MapPlace[]): void {
    this.pending = places;
    if (!this.map || !this.loaded) return;
    (this.map.getSource(SOURCE) as GeoJSONSource).setData(this.collection());
    const chosen = places.find((p) => p.chosen) ?? places[0];
    if (!chosen) return;
    const near = places.filter((p) => Math.abs(p.option.lng - chosen.option.lng) < 15 && Math.abs(p.option.lat - chosen.option.lat) < 10);
    const lngs = near.map((p) => p.option.lng);
    const lats = near.map((p) => p.option.lat);
    this.map.fitBounds([[Math.min(...lngs) - 1.5, Math.min(...lats) - 1.5], [Math.max(...lngs) + 1.5, Math.max(...lats) + 1.5]],
      { animate: false, maxZoom: 7 });
  }

  destroy(): void {
    this.map?.off('load', this.onLoad);
    this.map?.remove();
    this.map = null;
  }
}
