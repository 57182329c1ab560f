/**
 * The map at scale (issue 9): above SCALE_THRESHOLD events, `<sortie-map>` draws them on
 * the GPU. The time and the fade are uniforms, so a step does no work per event (a kind or
 * actor filter rewrites one column once);
 * what is drawn still follows the time and the filters, a click still finds the events
 * under it, and the selected event is drawn by the map's own layers. The dataset is
 * generated (scripts/lib/synthetic.ts, seeded), 8,000 events over 2000–2009.
 */
import type { Locator, Page } from '@playwright/test';
import { syntheticDataset } from '../scripts/lib/synthetic';
import { drawnPixels, expect, servePage, test, waitReady } from './embed-helpers';

const COUNT = 8000;
const dataset = syntheticDataset({ count: COUNT });
// One event in eight names an actor, for the actor filter (the generated data names none).
dataset.features.forEach((f, i) => {
  if (i % 8 === 0) (f.properties as { actors?: string[] }).actors = ['Rare group'];
});
const BODY = JSON.stringify(dataset);

async function openMap(page: Page, baseURL: string | undefined, attributes: string): Promise<Locator> {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  await page.route(`${origin}/e2e-data/scale.geojson`, (route) => route.fulfill({ body: BODY, contentType: 'application/geo+json' }));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scale</title>
<script type="module" src="/sortie-map.js"></script></head><body><h1>Scale</h1>
<sortie-map id="m" loading="eager" src="/e2e-data/scale.geojson" height="520" ${attributes}></sortie-map></body></html>`;
  await page.goto(await servePage(page, '/e2e-hosts/scale.html', origin, html));
  const map = page.locator('sortie-map#m');
  await waitReady(map);
  return map;
}

/** How many pixels of the map are drawn in a strong colour (-1: no live map). */
async function colouredPixels(map: Locator): Promise<number> {
  return (await drawnPixels(map))?.coloured ?? -1;
}

/** Sets the time of the element's app and waits until it has rendered. */
async function setTime(map: Locator, iso: string): Promise<void> {
  await map.evaluate(async (el, t) => {
    const app = el.shadowRoot?.querySelector('sortie-app');
    app?.store.set({ time: Date.parse(t) });
    await app?.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, iso);
}

test.describe.configure({ timeout: 180_000 });

test(`${COUNT.toLocaleString('en-GB')} events are drawn on the GPU, follow the time, the kinds and the actors, and a step does no work per event`, async ({ page, baseURL }) => {
  const map = await openMap(page, baseURL, 'controls="minimal" time="2000-01-06"');
  expect(await map.evaluate((el) => el.shadowRoot?.querySelector('sortie-app')?.mapView?.atScale)).toBe(true);
  // No DOM per event: the whole page stays small.
  const nodes = await page.evaluate(() => {
    let count = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        count++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return count;
  });
  expect(nodes, 'DOM nodes on the page').toBeLessThan(1500);

  // Markers at one place overlap, so coloured pixels count places drawn, not events: compare
  // times when few places have events yet.
  const early = await colouredPixels(map);
  await setTime(map, '2000-03-01');
  const march = await colouredPixels(map);
  expect(early, 'five days in, a few events are drawn').toBeGreaterThan(20);
  expect(march, 'two months in, many more are').toBeGreaterThan(early * 3);

  // A kind filter (the GPU layer's `passes` column, rewritten once): one kind of eight leaves far fewer coloured pixels.
  await map.evaluate((el) => el.setAttribute('kinds', 'battle'));
  await expect.poll(() => colouredPixels(map), { timeout: 30_000 }).toBeLessThan(march / 2);
  await map.evaluate((el) => el.removeAttribute('kinds'));
  await expect.poll(() => colouredPixels(map), { timeout: 30_000 }).toBeGreaterThan(march * 0.9);
  // So is an actor filter (written into the GPU layer's `passes` column once per change).
  await map.evaluate((el) => el.setAttribute('actors', 'Rare group'));
  await expect.poll(() => colouredPixels(map), { timeout: 30_000 }).toBeLessThan(march / 2);
  await map.evaluate((el) => el.removeAttribute('actors'));
  await expect.poll(() => colouredPixels(map), { timeout: 30_000 }).toBeGreaterThan(march * 0.9);
  // Back to the start: as few as at first.
  await setTime(map, '2000-01-06');
  expect(await colouredPixels(map)).toBeLessThan(march / 3);

  // A scrub step's main-thread time (store, render, map uniforms), printed for the record.
  const steps = await map.evaluate(async (el) => {
    const app = el.shadowRoot?.querySelector('sortie-app');
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      app?.store.set({ time: Date.UTC(2003, 0, 1) + i * 86_400_000 * 30 });
      await app?.updateComplete;
      times.push(performance.now() - t0);
      await new Promise((done) => requestAnimationFrame(done));
    }
    return times.sort((a, b) => a - b);
  });
  console.log(`scrub step at ${COUNT} events (controls minimal): median ${steps[15]?.toFixed(1)} ms, max ${steps[29]?.toFixed(1)} ms`);
});

test('a click on the drawn points finds the events there; the selected one is drawn and named by the map', async ({ page, baseURL }) => {
  const map = await openMap(page, baseURL, 'controls="full" time="2009-12-31"');
  // Aim at the place with the most events, projected by the map itself.
  const counts = new Map<string, number>();
  for (const f of dataset.features) {
    const key = (f.geometry as { coordinates: number[] }).coordinates.join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['0,0'];
  const [lng, lat] = busiest.split(',').map(Number);
  const point = await map.evaluate((el, at) => {
    const m = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map;
    const canvas = m?.getCanvas().getBoundingClientRect();
    const p = m?.project(at as [number, number]);
    return p && canvas ? { x: canvas.left + p.x, y: canvas.top + p.y } : null;
  }, [lng, lat]);
  expect(point).not.toBeNull();
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
  // Many events share that place: the picker lists them; choosing one selects it.
  const picker = map.getByRole('menu', { name: /\d+ events here/ });
  await expect(picker).toBeVisible();
  const first = picker.getByRole('menuitem').first();
  const title = (await first.textContent())?.match(/Generated event \d+/)?.[0] ?? '';
  await first.click();
  await expect(map.getByRole('heading', { name: title })).toBeVisible();
  // The selected event is a feature of the map's own source, so its marker and label show.
  await expect.poll(() => map.evaluate((el) => {
    const m = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map;
    return m?.queryRenderedFeatures({ layers: ['sortie-events-marker-selected'] }).length ?? 0;
  }), { timeout: 30_000 }).toBeGreaterThan(0);
});
