/**
 * The skeleton explorer in a real browser (Debian's Chromium, SwiftShader WebGL), driven
 * through roles and names. Every test also fails on a console error or a request to
 * another origin (see the guard in helpers.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { KIND_STYLES } from './bundled-kinds';
import {
  DATASET_URL,
  datasetFeatures,
  distinctColours,
  expect,
  idsInside,
  openApp,
  renderedEventIds,
  test,
  viewBounds,
  type RawFeature,
} from './helpers';

// Read-only checks of the page as it first loads share one loaded page: each load costs
// seconds of CPU-rendered WebGL, and none of these tests changes anything.
test.describe('the explorer as it first loads', () => {
  test.describe.configure({ mode: 'serial' });
  let shared: Page;
  const problems: string[] = [];

  test.beforeAll(async ({ browser }, info) => {
    const baseURL = info.project.use.baseURL ?? 'http://localhost';
    const origin = new URL(baseURL).origin;
    // A context of its own (axe needs one), with the project's options.
    const { timezoneId, locale } = info.project.use;
    const context = await browser.newContext({ baseURL, timezoneId, locale, viewport: { width: 1280, height: 800 } });
    shared = await context.newPage();
    shared.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    shared.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    shared.on('request', (r) => {
      const url = r.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`request to ${url}`);
    });
    await openApp(shared);
  });
  test.afterAll(async () => {
    await shared.context().close();
  });
  test.afterEach(() => {
    expect(problems, 'console errors and requests to other origins on the shared page').toEqual([]);
  });

  test('has a title, a heading and the data drawn', async () => {
    await expect(shared).toHaveTitle(/Sortie/);
    await expect(shared.getByRole('heading', { level: 1, name: 'Sortie' })).toBeVisible();
    await expect(shared.getByRole('banner')).toContainText(/\d+ events/);
    await expect(shared.getByRole('status').filter({ hasText: 'Loading events' })).toHaveCount(0);
  });

  test('renders a picture on the map canvas, not one flat colour', async () => {
    const canvas = shared.getByRole('region', { name: 'Map of events' });
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(300);
    expect(await distinctColours(shared, await canvas.screenshot())).toBeGreaterThan(8);
  });

  test('draws every event inside the view', async () => {
    const features = await datasetFeatures(shared);
    const expected = idsInside(features, await viewBounds(shared));
    expect(expected.length, 'the fitted view shows most of the data').toBeGreaterThan(features.length / 2);
    expect(await renderedEventIds(shared)).toEqual(expected);
  });

  test('lists every kind in the data in the legend, with its count', async () => {
    const counts = new Map<string, number>();
    for (const f of await datasetFeatures(shared)) counts.set(f.properties.kind, (counts.get(f.properties.kind) ?? 0) + 1);

    // The page opens at the end of the timeline, so every event is on the map.
    const list = shared.getByRole('list', { name: 'Kinds' });
    await expect(list.getByRole('listitem')).toHaveCount(counts.size);
    for (const [kind, count] of counts) {
      const label = KIND_STYLES[kind]!.plural;
      await expect(list.getByRole('button', { name: new RegExp(`^${label}`) })).toContainText(`${count}/${count}`);
    }
    await expect(shared.getByRole('list', { name: 'Symbols' })).toContainText('Hollow');
  });

  test('has no detectable accessibility violations', async () => {
    const { violations } = await new AxeBuilder({ page: shared }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('a dataset that fails to load shows a readable error and can be retried', async ({ page, guard }) => {
  guard.allowConsoleError(/404|could not be loaded/);
  await page.route(DATASET_URL, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The events could not be loaded');
  await expect(alert).toContainText('404');
  await expect(page.getByRole('heading', { level: 1, name: 'Sortie' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-ready');

  await page.unroute(DATASET_URL);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a dataset with one broken feature names it and still draws the rest', async ({ page }) => {
  let broken = '';
  await page.route(DATASET_URL, async (route) => {
    const json = (await (await route.fetch()).json()) as { features: RawFeature[] };
    // Break a point event inside the data's focus region, so it would be in view.
    const victim = json.features.find((f) => {
      const [x, y] = f.geometry.coordinates as number[];
      return f.geometry.type === 'Point' && x! > 35 && x! < 45 && y! > 30 && y! < 38;
    });
    if (!victim) throw new Error('no point event to break');
    broken = victim.properties.id;
    // Any kind is fine now (the dataset brings its own kinds); an impossible date is not.
    victim.properties.date = 'April 2017';
    await route.fulfill({ json });
  });
  await openApp(page);

  const notice = page.getByRole('status', { name: /1 event was left out/ });
  await expect(notice).toContainText(broken);
  await expect(notice).toContainText('properties.date');
  await expect(notice).toContainText('"April 2017" is not a usable EDTF date');

  const features = (await datasetFeatures(page)).filter((f) => f.properties.id !== broken);
  const rendered = await renderedEventIds(page);
  expect(rendered).not.toContain(broken);
  expect(rendered).toEqual(idsInside(features, await viewBounds(page)));

  await notice.getByRole('button', { name: /^Dismiss notice/ }).click();
  await expect(notice).toHaveCount(0);
});

test('a user-supplied basemap style replaces the basemap, with events on top', async ({ page }) => {
  await page.route((url) => url.pathname === '/test-basemap.json', (route) => route.fulfill({
    json: { version: 8, sources: {}, layers: [{ id: 'paper', type: 'background', paint: { 'background-color': '#fbf7ee' } }] },
  }));
  await openApp(page, '?basemap=/test-basemap.json');
  const layers = await page.evaluate(() => document.querySelector('sortie-app')?.mapView?.map?.getStyle().layers.map((l) => l.id));
  expect(layers?.[0]).toBe('paper');
  expect(layers?.some((id) => id.startsWith('basemap-'))).toBe(false);
  const features = await datasetFeatures(page);
  expect(await renderedEventIds(page)).toEqual(idsInside(features, await viewBounds(page)));
});

test('an unusable basemap parameter is named in a notice and the built-in basemap is used', async ({ page }) => {
  await openApp(page, '?basemap=javascript:alert(1)');
  await expect(page.getByRole('status', { name: 'Ignored the basemap option' })).toContainText('"basemap" parameter');
  const layers = await page.evaluate(() => document.querySelector('sortie-app')?.mapView?.map?.getStyle().layers.map((l) => l.id));
  expect(layers?.some((id) => id.startsWith('basemap-'))).toBe(true);
});

test('a basemap style that fails to load falls back to the built-in basemap and says so', async ({ page, guard }) => {
  guard.allowConsoleError(/404/);
  await page.route((url) => url.pathname === '/missing-style.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openApp(page, '?basemap=/missing-style.json');
  await expect(page.getByRole('status', { name: 'Map' })).toContainText('could not be loaded');
  const layers = await page.evaluate(() => document.querySelector('sortie-app')?.mapView?.map?.getStyle().layers.map((l) => l.id));
  expect(layers?.some((id) => id.startsWith('basemap-'))).toBe(true);
  const features = await datasetFeatures(page);
  expect(await renderedEventIds(page)).toEqual(idsInside(features, await viewBounds(page)));
});

test('on a phone-sized screen the parts stack in one column and nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openApp(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const map = await page.getByRole('region', { name: 'Map of events' }).boundingBox();
  const slider = await page.getByRole('slider', { name: 'Time' }).boundingBox();
  const list = page.getByRole('list', { name: 'Events', exact: true });
  expect(map?.height).toBeGreaterThan(280);
  expect(map?.width).toBeGreaterThan(360);
  // Map, then the time slider, then the kinds and the list further down the page.
  expect(slider!.y).toBeGreaterThan(map!.y + map!.height - 1);
  expect((await list.boundingBox())!.y).toBeGreaterThan(slider!.y);
  await list.scrollIntoViewIfNeeded();
  await expect(list).toBeInViewport();
});

test('without WebGL the map area says why instead of going blank', async ({ page }) => {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('WebGL2');
  // Reading still works without the map: the list, the filters and the slider.
  const features = await datasetFeatures(page);
  await expect(page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem')).toHaveCount(features.length);
  await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-ready');
});
