/**
 * The address that serves Sortie (embed.html, sortie-map.js, sortie-map.png): the library's
 * own location, not the page's. Opened inside a `<sortie-map>` on someone's article, the
 * page's folder has none of these files; the code the dialog writes must point back to the
 * Sortie host.
 *
 * Worked out from the URL of the bundled dataset, which Vite resolves against the module
 * that imports it: both builds put it one folder below the root of `dist/`
 * (`assets/events-….geojson` for the explorer, `sortie-map/events-….geojson` for the
 * library), and the dev server serves it at `/data/events.geojson`. So its parent folder is
 * the root that holds embed.html and sortie-map.js in every case, on any host and in any
 * directory.
 */
import { DEFAULT_EVENTS_URL } from '../../data/load';

/** Absolute URL of the folder that serves embed.html and sortie-map.js, ending in `/`. */
export function libraryBaseUrl(pageUrl: string = document.baseURI): string {
  return new URL('../', new URL(DEFAULT_EVENTS_URL, pageUrl)).href;
}
