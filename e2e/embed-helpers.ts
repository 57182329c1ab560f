/**
 * Helpers for the embedding tests (embed.spec.ts). Host pages live in e2e/hosts/ and are
 * served from disk by `page.route`, at `/e2e-hosts/…` on the app's own origin
 * (`localhost:<port>`) or on another one (`127.0.0.1:<port>`, see otherOrigin), so they stay
 * out of the build. The library, embed.html and the data come from the real `vite preview`
 * of dist/.
 *
 * Like helpers.ts, every test fails on a console error or a request to any origin other
 * than the app's and the other test origin.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const HOSTS = resolve(import.meta.dirname, 'hosts');
const PYM = resolve(import.meta.dirname, '../node_modules/pym.js/dist/pym.v1.js');

/**
 * An origin that is not the app's, for host pages that embed the map from another site.
 * Chromium treats a page fulfilled by `page.route` as public and blocks it from framing a
 * local address unless the context has the `local-network-access` permission: tests that
 * frame embed.html from such a page grant it (on the web both sites would be public).
 */
export function otherOrigin(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://localhost:4173');
  url.hostname = '127.0.0.1';
  return url.origin;
}

export interface EmbedGuard {
  consoleErrors: string[];
  offOrigin: string[];
  allowConsoleError(pattern: RegExp): void;
  /** Accepts requests to this origin too (a test's own second server on loopback). */
  allowOrigin(origin: string): void;
}

export const test = base.extend<{ guard: EmbedGuard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const allowedOrigins = [new URL(baseURL ?? 'http://localhost:4173').origin, otherOrigin(baseURL)];
      const allowed: RegExp[] = [];
      const guard: EmbedGuard = {
        consoleErrors: [], offOrigin: [], allowConsoleError: (p) => allowed.push(p), allowOrigin: (o) => allowedOrigins.push(o),
      };
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!/^(data|blob):/.test(url) && !allowedOrigins.includes(new URL(url).origin)) guard.offOrigin.push(url);
      });
      await use(guard);
      expect(guard.offOrigin, 'requests to another origin').toEqual([]);
      expect(guard.consoleErrors.filter((text) => !allowed.some((p) => p.test(text))), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export interface HostOptions {
  /** Extra response headers (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Text replacements applied to the file before it is served. */
  replace?: Record<string, string>;
}

/**
 * Serves e2e/hosts/<name> at `<origin>/e2e-hosts/<name>` (and pym.js at
 * `<origin>/e2e-hosts/pym.v1.js`), returning the page's URL.
 */
export async function serveHost(page: Page, name: string, origin: string, options: HostOptions = {}): Promise<string> {
  const url = `${origin}/e2e-hosts/${name}`;
  await page.route(at(origin, '/e2e-hosts/pym.v1.js'), (route) =>
    route.fulfill({ body: readFileSync(PYM, 'utf8'), contentType: 'text/javascript' }));
  await page.route(at(origin, `/e2e-hosts/${name}`), (route) => {
    let body = readFileSync(resolve(HOSTS, name), 'utf8');
    for (const [from, to] of Object.entries(options.replace ?? {})) body = body.replaceAll(from, to);
    return route.fulfill({ body, contentType: 'text/html; charset=utf-8', headers: options.headers ?? {} });
  });
  return url;
}

/** Serves an HTML string (e.g. code pasted from the Embed dialog) as a page on `origin`. */
export async function servePage(page: Page, path: string, origin: string, body: string): Promise<string> {
  await page.route(at(origin, path), (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  return `${origin}${path}`;
}

/** Matches one path on one origin, whatever the query string. */
function at(origin: string, path: string): (url: URL) => boolean {
  return (url) => url.origin === origin && url.pathname === path;
}

/** Adds the library the way a page would, with `<script type="module">`. */
export async function loadLibrary(page: Page, query = ''): Promise<void> {
  await page.addScriptTag({ type: 'module', url: `/sortie-map.js${query}` });
  await page.waitForFunction(() => customElements.get('sortie-map') !== undefined);
}

/** The camera of the map inside a `<sortie-map>`, as MapLibre has it (not as the store says). */
export async function camera(map: Locator): Promise<{ center: [number, number]; zoom: number }> {
  return map.evaluate((el) => {
    const m = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map;
    if (!m) throw new Error('no map inside the element');
    const { lng, lat } = m.getCenter();
    return { center: [lng, lat] as [number, number], zoom: m.getZoom() };
  });
}

/** Waits until `<sortie-map>` has drawn its data. */
export async function waitReady(map: Locator): Promise<void> {
  await expect(map).toHaveAttribute('status', 'ready', { timeout: 60_000 });
}

/** What the `<sortie-app>` inside a `<sortie-map>` shows now (its share state, with sets as sorted lists). */
export async function innerState(map: Locator) {
  return map.evaluate((el) => {
    const app = el.shadowRoot?.querySelector('sortie-app');
    if (!app) throw new Error('no <sortie-app> inside the element');
    const s = app.getShareState();
    const list = (v: Iterable<string> | null | undefined) => (v ? [...v].sort() : null);
    return { time: s.time ?? null, selectedId: s.selectedId ?? null, kinds: list(s.kinds), actors: list(s.actors), mode: s.mode ?? null, view: s.view ?? null };
  });
}

/** Records the public events that reach `document`: type, the id of `event.target`, detail. */
export async function recordPublicEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: Array<{ type: string; target: string; detail: unknown }> = [];
    (window as unknown as { __sortieEvents: typeof log }).__sortieEvents = log;
    for (const type of ['sortie-ready', 'sortie-timechange', 'sortie-select']) {
      document.addEventListener(type, (event) => {
        log.push({ type, target: (event.target as Element).id || (event.target as Element).localName, detail: (event as CustomEvent).detail });
      });
    }
  });
}

export async function publicEvents(page: Page): Promise<Array<{ type: string; target: string; detail: unknown }>> {
  return page.evaluate(() => (window as unknown as { __sortieEvents: Array<{ type: string; target: string; detail: unknown }> }).__sortieEvents);
}

/** Scrolls the page so the element is in the middle of the viewport. */
export async function scrollTo(locator: Locator): Promise<void> {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/**
 * What the map inside a `<sortie-map>` draws now, from a snapshot of its canvas: pixels in a
 * strong colour (channel spread over 50: the kinds' colours, even faded; the basemap's tones
 * are pale, with a spread under 40), and distinct colours (4 bits a channel, every 4th pixel).
 * Null when there is no live map to snapshot.
 */
export function drawnPixels(map: Locator): Promise<{ coloured: number; colours: number } | null> {
  return map.evaluate(async (el) => {
    const url = el.shadowRoot?.querySelector('sortie-app')?.mapView?.snapshot();
    if (!url) return null;
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let coloured = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 50) coloured++;
      if (i % 16 === 0) colours.add((r >> 4 << 8) | (g >> 4 << 4) | (b >> 4));
    }
    return { coloured, colours: colours.size };
  });
}
