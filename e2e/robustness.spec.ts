/**
 * Data that cannot break the page (tracker issue 7). Datasets generated with fast-check
 * (fixed seed: the same datasets every run) plus the hand-written ones the issue names are
 * served through page.route, never written to disk, and loaded into the explorer one after
 * another. For each, what a reader sees must match the generator's own oracle: every valid
 * feature is in the list named "Events", every broken one is named (with its field) in the
 * notice or the empty state, the time slider never reads NaN or "Invalid", and no error
 * reaches the console (the guard in helpers.ts fails the test on any, including the SVG
 * "Expected length, NaN" errors a broken axis causes).
 */
import fc from 'fast-check';
import type { Locator, Page } from '@playwright/test';
import { datasetArbitrary, toGeoJsonText, type GeneratedFeature } from '../src/data/dataset.arbitrary';
import { servePage } from './embed-helpers';
import { DATASET_URL, expect, test } from './helpers';

const SEED = 7_2026;
const EMPTY_TITLE = 'This dataset has no events that can be shown';

/** A valid feature to build the hand-written cases from. */
function feature(id: string, date: string, geometry: unknown = { type: 'Point', coordinates: [36.9, 34.5] }): unknown {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id, date, title: `Event ${id}`, summary: 'A test event.', kind: 'strike', actors: ['Testland'], place: 'Testville',
      location_precision: 'site', sources: [{ article: 'a', excerpt: 'b' }],
    },
  };
}

const ok = (id: string, date: string, geometry?: unknown): GeneratedFeature =>
  ({ feature: feature(id, date, geometry), name: id, field: null, valid: true });
const bad = (id: string, field: string, f: unknown): GeneratedFeature => ({ feature: f, name: id, field, valid: false });

/** The features the issue names, each once, with two that must still be shown. */
const ISSUE_CASES: GeneratedFeature[] = [
  ok('kept-day', '2017-04-06'),
  bad('far-year', 'properties.date', feature('far-year', 'Y170000002')),
  ok('open-end', '2017/..'),
  ok('open-start', '../2017'),
  bad('unknown-year', 'properties.date', feature('unknown-year', 'XXXX')),
  bad('vague-qualified', 'properties.date', feature('vague-qualified', '20XX?')),
  bad('open-set', 'properties.date', feature('open-set', '[..2017]')),
  bad('infinite-lon', 'geometry', feature('infinite-lon', '2017-04-06', { type: 'Point', coordinates: [Infinity, 34] })),
  bad('null-lat', 'geometry', feature('null-lat', '2017-04-06', { type: 'Point', coordinates: [36, Number.NaN] })),
  bad('lon-range', 'geometry', feature('lon-range', '2017-04-06', { type: 'Point', coordinates: [200, 34] })),
  bad('lat-range', 'geometry', feature('lat-range', '2017-04-06', { type: 'LineString', coordinates: [[36, 34], [37, -91]] })),
  bad('no-coords', 'geometry', feature('no-coords', '2017-04-06', { type: 'MultiPoint', coordinates: [] })),
  bad('no-geometry', 'geometry', feature('no-geometry', '2017-04-06', null)),
  bad('open-ring', 'geometry', feature('open-ring', '2017-04-06', { type: 'Polygon', coordinates: [[[36, 34], [37, 34], [37, 35], [36, 35]]] })),
  bad('feature #15', 'properties', { type: 'Feature', geometry: { type: 'Point', coordinates: [36, 34] } }),
  bad('wrong-kind', 'properties.kind', { ...(feature('wrong-kind', '2017') as object), properties: { ...(feature('wrong-kind', '2017') as { properties: object }).properties, kind: 7 } }),
];

const generated = fc.sample(datasetArbitrary({ maxLength: 10, prefix: 'gen-' }), { seed: SEED, numRuns: 8 });
const DATASETS: Array<{ name: string; features: GeneratedFeature[] }> = [
  { name: 'the cases the issue names', features: ISSUE_CASES },
  { name: 'an empty file', features: [] },
  // Every feature broken: the empty state lists them all.
  { name: 'only broken features', features: ISSUE_CASES.filter((g) => !g.valid && !g.name.startsWith('feature #')) },
  ...generated.map((features, i) => ({ name: `generated dataset ${i + 1}`, features })),
];

/** Loads dataset `i` into the explorer already on the page and waits for its `sortie-ready`. */
async function loadInto(page: Page, i: number): Promise<{ events: number; skipped: number }> {
  return page.evaluate(async (src) => {
    const app = document.querySelector('sortie-app');
    if (!app) throw new Error('no <sortie-app>');
    const ready = new Promise<{ events: number; skipped: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sortie-ready for ${src}`)), 45_000);
      app.addEventListener('sortie-ready', (e) => {
        clearTimeout(timer);
        resolve((e as CustomEvent<{ events: number; skipped: number }>).detail);
      }, { once: true });
    });
    app.src = src;
    return ready;
  }, `/e2e-gen/${i}.geojson`);
}

/** Every text and attribute value inside the time slider's element, shadow root included. */
async function timelineText(page: Page): Promise<string> {
  return page.locator('sortie-app').evaluate((app) => {
    const root = app.shadowRoot?.querySelector('sortie-timeline')?.shadowRoot;
    if (!root) return '';
    const parts: string[] = [root.textContent ?? ''];
    for (const el of root.querySelectorAll('*')) for (const a of el.attributes) parts.push(a.value);
    return parts.join(' ');
  });
}

async function expectNamed(where: Locator, broken: readonly GeneratedFeature[]): Promise<void> {
  for (const g of broken) await expect(where, `${g.name} is named with ${g.field}`).toContainText(`${g.name} · ${g.field}:`);
}

test('random and hand-written datasets: every valid event shown, every broken one named, no NaN, no error', async ({ page }) => {
  test.setTimeout(15 * 60_000);
  await page.route((url) => url.pathname.startsWith('/e2e-gen/'), (route) => {
    const i = Number(new URL(route.request().url()).pathname.match(/(\d+)\.geojson$/)?.[1]);
    return route.fulfill({ body: toGeoJsonText(DATASETS[i]!.features), contentType: 'application/geo+json' });
  });
  // Start on the first dataset (no detour through the bundled one), then swap `src` for the rest.
  await page.route(DATASET_URL, (route) => route.fulfill({ body: toGeoJsonText(DATASETS[0]!.features), contentType: 'application/geo+json' }));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });

  for (const [i, dataset] of DATASETS.entries()) {
    await test.step(dataset.name, async () => {
      if (i > 0) await loadInto(page, i);
      const valid = dataset.features.filter((g) => g.valid);
      const broken = dataset.features.filter((g) => !g.valid);
      const list = page.getByRole('list', { name: 'Events', exact: true });
      const empty = page.getByRole('region', { name: EMPTY_TITLE });

      if (valid.length) {
        await expect(empty).toHaveCount(0);
        await expect(list.getByRole('listitem')).toHaveCount(valid.length);
        for (const g of valid) {
          const title = (g.feature as { properties: { title: string } }).properties.title.trim().split(/\s+/)[0]!;
          await expect(list, `${g.name} is listed`).toContainText(title);
        }
        const slider = page.getByRole('slider', { name: 'Time' });
        await expect(slider).toHaveAttribute('aria-valuetext', /^\w+day \d{1,2} \w+ \d{1,4}$/);
        expect(await timelineText(page)).not.toMatch(/NaN|Invalid|Infinity|undefined/);
        const notice = page.getByRole('status', { name: /left out: the data of [^ ]+\.geojson has problems/ });
        if (broken.length) await expectNamed(notice, broken);
        else await expect(notice).toHaveCount(0);
      } else {
        await expect(empty).toBeVisible();
        await expect(list).toHaveCount(0);
        await expect(page.getByRole('slider', { name: 'Time' })).toHaveCount(0);
        await expect(page.getByRole('status', { name: /left out/ })).toHaveCount(0);
        if (broken.length) await expectNamed(empty, broken);
        else await expect(empty).toContainText('holds no features');
      }
    });
  }
});

test('<sortie-map> says "ready" only with something drawn, and an empty dataset shows the empty state', async ({ page, baseURL }) => {
  test.setTimeout(3 * 60_000);
  const data: Record<string, GeneratedFeature[]> = { mixed: ISSUE_CASES, empty: [] };
  await page.route((url) => url.pathname.startsWith('/e2e-gen/'), (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/e2e-gen\/|\.geojson$/g, '');
    return route.fulfill({ body: toGeoJsonText(data[name] ?? []), contentType: 'application/geo+json' });
  });
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  await page.goto(await servePage(page, '/e2e-hosts/robust.html', origin, `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Robustness host</title><script type="module" src="/sortie-map.js"></script></head><body><h1>Host</h1>
    <sortie-map id="mixed" loading="eager" src="/e2e-gen/mixed.geojson"></sortie-map>
    <sortie-map id="empty" loading="eager" src="/e2e-gen/empty.geojson"></sortie-map></body></html>`));

  const mixed = page.locator('sortie-map#mixed');
  await expect(mixed).toHaveAttribute('status', 'ready', { timeout: 90_000 });
  const shown = ISSUE_CASES.filter((g) => g.valid);
  await expect(mixed.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem')).toHaveCount(shown.length);
  await expectNamed(mixed.getByRole('status', { name: /left out/ }), ISSUE_CASES.filter((g) => !g.valid));

  const empty = page.locator('sortie-map#empty');
  await expect(empty).toHaveAttribute('status', 'ready', { timeout: 90_000 });
  await expect(empty.getByRole('region', { name: EMPTY_TITLE })).toContainText('empty.geojson holds no features');
  await expect(empty.getByRole('slider', { name: 'Time' })).toHaveCount(0);
});
