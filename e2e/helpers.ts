/**
 * Shared browser-test helpers. Every test gets a `guard` that records console errors,
 * page errors and requests to any origin other than the app's, and fails the test on any
 * it was not told to expect (STYLE.md, habit 2).
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
  /** Console error texts seen so far. */
  consoleErrors: string[];
  /** URLs requested from another origin. */
  offOrigin: string[];
  /** Accepts console errors matching this pattern for the rest of the test. */
  allowConsoleError(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const allowed: RegExp[] = [];
      const guard: Guard = {
        consoleErrors: [],
        offOrigin: [],
        allowConsoleError: (pattern) => allowed.push(pattern),
      };
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        // data: and blob: URLs never leave the page; anything else must be same-origin.
        if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) guard.offOrigin.push(url);
      });
      await use(guard);
      expect(guard.offOrigin, 'requests to another origin').toEqual([]);
      expect(guard.consoleErrors.filter((text) => !allowed.some((p) => p.test(text))), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Minimal GeoJSON feature shape the tests read. */
export interface RawFeature {
  type: 'Feature';
  geometry: { type: string; coordinates: unknown };
  properties: { id: string; kind: string; [key: string]: unknown };
}

/** Opens the explorer and waits until the data is loaded and drawn (`data-ready`). */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
}

/** Matches the dataset request, whatever hash Vite gave the file. */
export const DATASET_URL = /\/events[^/]*\.geojson(\?.*)?$/;

/** The dataset the app loaded, fetched again from the page (so routed datasets apply too). */
export async function datasetFeatures(page: Page): Promise<RawFeature[]> {
  return page.evaluate(async () => {
    const app = document.querySelector('sortie-app');
    if (!app) throw new Error('no <sortie-app>');
    const json = (await (await fetch(app.src)).json()) as { features: RawFeature[] };
    return json.features;
  });
}

/** Distinct event ids the map has actually rendered (any event layer). */
export async function renderedEventIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    const layers = map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('sortie-events-'));
    // A cluster badge (sortie-events-cluster) stands for the events in its `ids`.
    const ids = new Set(map.queryRenderedFeatures({ layers }).flatMap((f) => (typeof f.properties.ids === 'string' ? f.properties.ids.split(' ') : [String(f.properties.id)])));
    return [...ids].sort();
  });
}

/** The map's visible bounds as [west, south, east, north]. */
export async function viewBounds(page: Page): Promise<[number, number, number, number]> {
  return page.evaluate(() => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number];
  });
}

function positions(coordinates: unknown): Array<[number, number]> {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return [coordinates as [number, number]];
  return Array.isArray(coordinates) ? coordinates.flatMap(positions) : [];
}

/** Ids of the features with at least one vertex inside the bounds. */
export function idsInside(features: RawFeature[], [w, s, e, n]: [number, number, number, number]): string[] {
  return features
    .filter((f) => positions(f.geometry.coordinates).some(([x, y]) => x >= w && x <= e && y >= s && y <= n))
    .map((f) => f.properties.id)
    .sort();
}

/** How many distinct colours a PNG has (decoded in the page, quantised to 4 bits per channel). */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i] ?? 0) >> 4 << 8) | ((data[i + 1] ?? 0) >> 4 << 4) | ((data[i + 2] ?? 0) >> 4));
    }
    return colours.size;
  }, png.toString('base64'));
}

/**
 * Playwright's own `test`, for tests on a shared page (useSharedPage): they take no `page` of
 * their own, so they skip the per-test guard, whose checks the shared page runs after each test.
 */
export const sharedTest = base;

/** What a shared page's tests need: the page, and the guard's escape hatch. */
export interface SharedPage {
  /** The loaded page (set by the block's beforeAll). */
  readonly page: Page;
  /** Accepts console errors matching this pattern until the end of the current test. */
  allowConsoleError(pattern: RegExp): void;
}

export interface SharedPageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** As Playwright's option; the project's default (reduce) when not given. */
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * One loaded page for the tests of the enclosing describe block, which then run in order in
 * one worker (serial). MapLibre on SwiftShader costs seconds of CPU per page load, so tests
 * that can start from the same page share one instead of loading their own. `open` runs once,
 * in beforeAll. After every test the same checks as the guard run on what that test caused:
 * no console error it did not allow, no request to another origin.
 * A test that changes the page must leave it as the next test expects (or reset it itself).
 */
export function useSharedPage(open: (page: Page) => Promise<void>, options: SharedPageOptions = {}): SharedPage {
  base.describe.configure({ mode: 'serial' });
  let page: Page | undefined;
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  let allowed: RegExp[] = [];

  base.beforeAll(async ({ browser }, info) => {
    const { baseURL, timezoneId, locale, userAgent, deviceScaleFactor, viewport, reducedMotion } = info.project.use;
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    const context = await browser.newContext({
      baseURL, timezoneId, locale, userAgent, deviceScaleFactor,
      reducedMotion: options.reducedMotion ?? reducedMotion ?? 'no-preference',
      viewport: options.viewport ?? viewport ?? null,
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) offOrigin.push(url);
    });
    await open(page);
  });
  base.afterEach(() => {
    const problems = consoleErrors.splice(0).filter((text) => !allowed.some((p) => p.test(text)));
    allowed = [];
    expect(offOrigin.splice(0), 'requests to another origin').toEqual([]);
    expect(problems, 'console errors').toEqual([]);
  });
  base.afterAll(async () => {
    await page?.context().close();
  });

  return {
    get page(): Page {
      if (!page) throw new Error('the shared page is not open (beforeAll failed?)');
      return page;
    },
    allowConsoleError: (pattern) => allowed.push(pattern),
  };
}
