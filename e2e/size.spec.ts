/**
 * The embeddable map's size budget (README "Bundle sizes"), measured on what the browser
 * really downloads from the built dist/:
 *
 * - the loader: the JavaScript a page gets from `<script type="module" src="sortie-map.js">`
 *   before any map is near the viewport (the element, story mode, Lit);
 * - one element: all the JavaScript it takes to show a map (the loader, the app chunk with
 *   MapLibre, and MapLibre's worker).
 *
 * Sizes are gzip (level 6, the usual server setting) of each file as served. The test
 * prints them; the budgets leave some room above the sizes measured when they were set.
 */
import { gzipSync } from 'node:zlib';
import { expect, loadLibrary, scrollTo, serveHost, test, waitReady } from './embed-helpers';

const KB = 1024;
const LOADER_BUDGET = 30 * KB;
const ELEMENT_BUDGET = 560 * KB;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

test('the loader is small and one element loads no more JavaScript than the budget', async ({ page, request, baseURL }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (/\.m?js(\?|$)/.test(new URL(url).pathname) && !url.includes('/e2e-hosts/')) scripts.push(url);
  });
  await page.goto(await serveHost(page, 'two-maps.html', new URL(baseURL ?? 'http://localhost:4173').origin));
  await loadLibrary(page);
  await page.waitForTimeout(1000);
  const loader = [...new Set(scripts)];
  await scrollTo(page.locator('sortie-map#a'));
  await waitReady(page.locator('sortie-map#a'));
  const all = [...new Set(scripts)];
  expect(all.some((url) => url.includes('maplibre-gl-worker')), 'the worker is counted').toBe(true);

  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const url of all) {
    const body = await (await request.get(url)).body();
    sizes.set(url, { raw: body.length, gzip: gzipSync(body, { level: 6 }).length });
  }
  const total = (urls: string[]) => urls.reduce((sum, url) => sum + (sizes.get(url)?.gzip ?? 0), 0);

  const lines = all.map((url) => {
    const { raw, gzip } = sizes.get(url)!;
    return `  ${new URL(url).pathname.padEnd(52)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip${loader.includes(url) ? '  (loader)' : ''}`;
  });
  console.log(['Bundle sizes, as served:', ...lines,
    `  loader total: ${kb(total(loader))} gzip (budget ${kb(LOADER_BUDGET)})`,
    `  one element in all: ${kb(total(all))} gzip (budget ${kb(ELEMENT_BUDGET)})`].join('\n'));

  expect(loader.length, 'the loader is sortie-map.js and its static imports').toBeGreaterThan(0);
  expect(loader.some((url) => /sortie-app|maplibre/.test(url)), 'no map code in the loader').toBe(false);
  expect(total(loader)).toBeLessThanOrEqual(LOADER_BUDGET);
  expect(total(all)).toBeLessThanOrEqual(ELEMENT_BUDGET);
});
