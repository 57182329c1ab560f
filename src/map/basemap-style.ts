/**
 * The offline basemap: a muted newsroom style over the Natural Earth and GeoNames layers that
 * `npm run basemap` writes to data/basemap/ (fields documented in scripts/build-basemap.ts).
 *
 * Everything is served by the app itself: the GeoJSON files come through Vite (`?url`), and the
 * style sets no `glyphs` and no `sprite`, so MapLibre draws label text on a canvas with the
 * self-hosted Noto Sans registered by `loadMapFonts()` (src/map/fonts.ts).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import boundariesUrl from '../../data/basemap/boundaries.geojson?url';
import citiesUrl from '../../data/basemap/cities.geojson?url';
import countriesUrl from '../../data/basemap/countries.geojson?url';
import labelsUrl from '../../data/basemap/labels.geojson?url';
import { MAP_FONT_REGULAR, MAP_FONT_SEMIBOLD } from './fonts';

export type BasemapTheme = 'light' | 'dark';

/** Colours of one theme. Label colours reach WCAG AA (4.5:1) against `land` and their halo. */
export interface BasemapPalette {
  sea: string;
  land: string;
  countryBorder: string;
  admin1Boundary: string;
  countryLabel: string;
  admin1Label: string;
  cityLabel: string;
  cityDot: string;
  /** Text halo: the land colour, so labels stay legible where they cross a border or the sea. */
  halo: string;
}

export const BASEMAP_PALETTES: Record<BasemapTheme, BasemapPalette> = {
  light: {
    sea: '#d6e2e9',
    land: '#f4f2ee',
    countryBorder: '#9b958b',
    admin1Boundary: '#c4bdb1',
    countryLabel: '#3f3b36',
    admin1Label: '#6b655c',
    cityLabel: '#2a2723',
    cityDot: '#4a4640',
    halo: '#f4f2ee',
  },
  dark: {
    sea: '#0e1820',
    land: '#1d2329',
    countryBorder: '#6b737b',
    admin1Boundary: '#3d454d',
    countryLabel: '#d3d8dc',
    admin1Label: '#9aa3ab',
    cityLabel: '#eef0f2',
    cityDot: '#c4c9ce',
    halo: '#1d2329',
  },
};

/** Credits for the map's attribution control (GeoNames is CC BY 4.0, which requires it). */
export const BASEMAP_ATTRIBUTION = 'Natural Earth (public domain), GeoNames (CC BY 4.0), OurAirports (public domain)';

/** The lowest basemap label layer: put event layers below it so place names stay on top. */
export const BASEMAP_FIRST_LABEL_LAYER = 'basemap-admin1-labels';

const get = (name: string): ExpressionSpecification => ['get', name];
const zoomRamp = (...stops: number[]): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], ...stops];

/** The zoom from which a country is labelled: big countries first, micro-states only close up. */
const countryMinZoom: ExpressionSpecification = ['step', get('area_km2'), 5, 5_000, 4, 30_000, 3, 300_000, 2, 2_000_000, 1];
/** Capitals from zoom 3 (micro-state capitals only close up); other cities as the map has room. */
const cityMinZoom: ExpressionSpecification = [
  'case',
  ['==', get('capital'), true],
  ['step', get('population'), 6, 50_000, 3],
  ['step', get('population'), 7, 500_000, 6, 1_000_000, 5, 2_000_000, 4],
];
/** Placement priority (lower wins): capitals, then larger cities. */
const cityRank: ExpressionSpecification = ['-', 0, ['+', get('population'), ['case', ['==', get('capital'), true], 1e9, 0]]];

/** Layers bottom to top. MapLibre places the labels of higher layers first, so country names win. */
function layers(p: BasemapPalette): LayerSpecification[] {
  const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
  return [
    { id: 'basemap-sea', type: 'background', paint: { 'background-color': p.sea } },
    { id: 'basemap-land', type: 'fill', source: 'basemap-countries', paint: { 'fill-color': p.land } },
    {
      id: 'basemap-admin1-boundaries',
      type: 'line',
      source: 'basemap-boundaries',
      minzoom: 4.5,
      filter: ['==', get('kind'), 'admin1'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': p.admin1Boundary,
        'line-opacity': zoomRamp(4.5, 0, 5.5, 1),
        'line-width': zoomRamp(5, 0.6, 8, 1.2),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'basemap-country-borders',
      type: 'line',
      source: 'basemap-boundaries',
      filter: ['==', get('kind'), 'country'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.countryBorder, 'line-width': zoomRamp(2, 0.5, 6, 1.1, 10, 2) },
    },
    {
      id: 'basemap-city-dots',
      type: 'circle',
      source: 'basemap-cities',
      filter: ['>=', ['zoom'], cityMinZoom],
      paint: {
        'circle-color': p.cityDot,
        'circle-radius': ['case', ['==', get('capital'), true], 3.5, 2.5],
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'basemap-admin1-labels',
      type: 'symbol',
      source: 'basemap-labels',
      minzoom: 5.5,
      filter: ['==', get('kind'), 'admin1'],
      layout: {
        'text-field': get('label'),
        'text-font': MAP_FONT_REGULAR,
        'text-size': zoomRamp(5.5, 10, 9, 13),
        'text-max-width': 7,
        'text-letter-spacing': 0.04,
        // Event markers are placed first and take their room: step aside rather than vanish.
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 1,
        'symbol-sort-key': ['-', 0, get('area_km2')],
      },
      paint: { 'text-color': p.admin1Label, ...halo },
    },
    {
      id: 'basemap-city-labels',
      type: 'symbol',
      source: 'basemap-cities',
      filter: ['>=', ['zoom'], cityMinZoom],
      layout: {
        'text-field': get('label'),
        'text-font': ['case', ['==', get('capital'), true], ['literal', MAP_FONT_SEMIBOLD], ['literal', MAP_FONT_REGULAR]],
        'text-size': ['case', ['==', get('capital'), true], 13, ['step', get('population'), 11.5, 2_000_000, 12.5]],
        // Beside the dot first; where an event marker or badge (placed before labels) takes
        // that room, farther out, clear of a badge's radius, rather than not at all.
        'text-variable-anchor-offset': [
          'left', [0.6, 0], 'right', [-0.6, 0], 'top', [0, 0.6], 'bottom', [0, -0.6],
          'top-right', [-0.4, 0.4], 'bottom-right', [-0.4, -0.4], 'top-left', [0.4, 0.4], 'bottom-left', [0.4, -0.4],
          'left', [1.7, 0], 'right', [-1.7, 0], 'top', [0, 1.6], 'bottom', [0, -1.6],
        ],
        'text-justify': 'auto',
        'text-max-width': 8,
        'symbol-sort-key': cityRank,
      },
      paint: { 'text-color': p.cityLabel, ...halo },
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      source: 'basemap-labels',
      filter: ['all', ['==', get('kind'), 'country'], ['>=', ['zoom'], countryMinZoom]],
      layout: {
        'text-field': get('label'),
        'text-font': MAP_FONT_SEMIBOLD,
        'text-size': zoomRamp(1, 10, 4, 12, 7, 15),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 6,
        // Event markers are placed first and take their room: a country name steps aside
        // (above, below, to a side of its label point) rather than sit under them.
        'text-variable-anchor-offset': [
          'center', [0, 0], 'top', [0, 1.2], 'bottom', [0, -1.2], 'left', [1.2, 0], 'right', [-1.2, 0],
          'top', [0, 2.4], 'bottom', [0, -2.4], 'left', [2.4, 0], 'right', [-2.4, 0],
        ],
        'text-justify': 'auto',
        'symbol-sort-key': ['-', 0, get('area_km2')],
      },
      paint: { 'text-color': p.countryLabel, ...halo },
    },
  ];
}

/** One paint value of one basemap layer, as `map.setPaintProperty` takes it. */
export interface BasemapPaint {
  layer: string;
  property: string;
  value: unknown;
}

/**
 * Every paint value of the basemap in a theme: switching themes sets these one by one on the
 * loaded style (setPaintProperty), so the event layers and their sources stay as they are.
 */
export function basemapPaint(theme: BasemapTheme): BasemapPaint[] {
  return layers(BASEMAP_PALETTES[theme]).flatMap((layer) =>
    Object.entries(layer.paint ?? {}).map(([property, value]) => ({ layer: layer.id, property, value: value as unknown })),
  );
}

/** A complete MapLibre style for the basemap; add event layers below BASEMAP_FIRST_LABEL_LAYER. */
export function createBasemapStyle(options: { theme?: BasemapTheme } = {}): StyleSpecification {
  const theme = options.theme ?? 'light';
  const geojson = (data: string) => ({ type: 'geojson' as const, data });
  return {
    version: 8,
    name: `Sortie basemap (${theme})`,
    sources: {
      'basemap-countries': geojson(countriesUrl),
      'basemap-boundaries': geojson(boundariesUrl),
      'basemap-labels': geojson(labelsUrl),
      'basemap-cities': geojson(citiesUrl),
    },
    layers: layers(BASEMAP_PALETTES[theme]),
  };
}
