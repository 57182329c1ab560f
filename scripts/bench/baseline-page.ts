/**
 * The baselines of bench-scale.ts: plain MapLibre, no Sortie code. One page with a blank
 * style (a background layer only, so nothing is requested from anywhere), a GeoJSON
 * source of the same events with numeric `start`/`end` properties and one circle layer.
 * MapLibre's ESM build is served from node_modules under /bench-baseline/ (maplibre-gl.mjs
 * imports its shared chunk and its worker relative to itself), so no build is needed.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { SortieDatasetFile } from '../../src/data/dataset-format';
import { parseInterval } from '../../src/data/time';
import { ROOT } from '../lib/preview-browser';

export const BASELINE_PATH = '/bench-baseline/';
const MAPLIBRE_DIST = resolve(ROOT, 'node_modules/maplibre-gl/dist');

export interface BaselineFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { start: number; end: number };
}

/** The dataset's point events as the baselines draw them: a point and its [start, end] in epoch ms. */
export function baselineFeatures(dataset: SortieDatasetFile): BaselineFeature[] {
  const out: BaselineFeature[] = [];
  for (const feature of dataset.features) {
    const geometry = feature.geometry as { type: string; coordinates?: unknown } | null;
    const date = (feature.properties as { date?: unknown } | null)?.date;
    if (geometry?.type !== 'Point' || typeof date !== 'string') continue;
    const [lon, lat] = geometry.coordinates as [number, number];
    const { start, end } = parseInterval(date);
    out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { start, end } });
  }
  return out;
}

/** [west, south, east, north] of some features (the camera both pages fit). */
export function featureBounds(features: readonly BaselineFeature[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { geometry: { coordinates: [x, y] } } of features) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/**
 * The page: makes the map, fetches `data`, adds the source and the layer, fits the events
 * and sets `data-ready` on the document at the first `idle` after that (as Sortie does
 * once its map has drawn the data), however long that takes. `__idle` (a step's wait)
 * gives up after 120 s.
 */
function pageHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baseline: plain MapLibre</title>
<link rel="stylesheet" href="./maplibre-gl.css">
<style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style></head>
<body><div id="map"></div>
<script type="module">
import { Map } from './maplibre-gl.mjs';
const data = new URL(location.href).searchParams.get('data');
const map = (window.__map = new Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }] },
  center: [0, 20], zoom: 1, attributionControl: false,
}));
window.__idle = () => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no idle event within 120 s')), 120000);
  map.once('idle', () => { clearTimeout(timer); resolve(null); });
});
const [loaded, collection] = await Promise.all([map.once('load'), fetch(data).then((r) => r.json())]);
window.__features = collection.features;
map.addSource('events', { type: 'geojson', data: collection });
map.addLayer({ id: 'events', type: 'circle', source: 'events', paint: { 'circle-radius': 3, 'circle-color': '#b3261e', 'circle-opacity': 0.7 } });
if (collection.bbox) map.fitBounds(collection.bbox, { padding: 40, animate: false });
// No limit of its own here: the bench's --ready-timeout decides how long a load may take.
await new Promise((resolve) => map.once('idle', resolve));
document.documentElement.setAttribute('data-ready', '');
</script></body></html>`;
}

/** Serves the baseline page and MapLibre's files under /bench-baseline/ on the page's origin. */
export async function routeBaseline(page: Page): Promise<void> {
  await page.route((url) => url.pathname.startsWith(BASELINE_PATH), async (route) => {
    const name = new URL(route.request().url()).pathname.slice(BASELINE_PATH.length) || 'index.html';
    if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: pageHtml() });
    if (!/^maplibre-gl[\w-]*\.(mjs|css)$/.test(name)) return route.fulfill({ status: 404, body: 'not found' });
    const body = await readFile(resolve(MAPLIBRE_DIST, name));
    return route.fulfill({ contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript', body });
  });
}
