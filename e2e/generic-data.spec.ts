/**
 * Issue 8: nothing in the app assumes the bundled dataset. A page embeds `<sortie-map>`
 * (the library, dist/sortie-map.js) with `src` pointing at a generic
 * dataset (e2e/fixtures/generic.geojson: 30 invented hazards of four kinds along the Andes,
 * 1990s, two kinds declared with colours and two left to defaults, a title, credits, extra
 * properties, named sources) and everything it shows comes from that file: the title, the
 * kinds and their labels, the initial view, the credits, the details.
 *
 * Not embed.html?src=: embed.html refuses `src` on purpose (options-table.ts: a URL anyone
 * can write must not show someone else's "events" at Sortie's address).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, servePage, test, waitReady } from './embed-helpers';

const FIXTURE = readFileSync(resolve(import.meta.dirname, 'fixtures/generic.geojson'), 'utf8');
const dataset = JSON.parse(FIXTURE) as {
  sortie: { title: string; description: string; credits: string };
  features: Array<{ geometry: { coordinates: unknown }; properties: Record<string, unknown> }>;
};

/** Every [lng, lat] of the fixture: the oracle for the initial view. */
function positions(c: unknown): Array<[number, number]> {
  if (Array.isArray(c) && typeof c[0] === 'number') return [c as [number, number]];
  return Array.isArray(c) ? c.flatMap(positions) : [];
}
const all = dataset.features.flatMap((f) => positions(f.geometry.coordinates));
const extent = {
  w: Math.min(...all.map((p) => p[0])), e: Math.max(...all.map((p) => p[0])),
  s: Math.min(...all.map((p) => p[1])), n: Math.max(...all.map((p) => p[1])),
};

/** A host page on the app's origin with one `<sortie-map>` of the fixture (or `body`). */
async function openEmbed(page: Page, baseURL: string | undefined, controls: string, body = FIXTURE): Promise<Locator> {
  await page.route('**/e2e-data/generic.geojson', (route) => route.fulfill({ body, contentType: 'application/geo+json' }));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/sortie-map.js"></script></head><body>
<sortie-map loading="eager" controls="${controls}" src="/e2e-data/generic.geojson"></sortie-map></body></html>`;
  await page.goto(await servePage(page, '/e2e-hosts/generic.html', new URL(baseURL ?? 'http://localhost:4173').origin, html));
  const map = page.locator('sortie-map');
  await waitReady(map);
  return map;
}

test.describe('a dataset that is not Sortie\'s own, in <sortie-map>', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('title, kinds, view, credits and details all come from the dataset', async ({ page, baseURL }) => {
    const map = await openEmbed(page, baseURL, 'full');

    await expect(map.getByRole('heading', { level: 1 })).toHaveText(dataset.sortie.title);
    await expect(map.getByText(dataset.sortie.description)).toBeVisible();
    await expect(map.getByText(/Syria|Military events/)).toHaveCount(0);

    // Declared kinds first, as declared (Earthquake has its own label), then the rest in order of first use.
    const kinds = map.getByRole('list', { name: 'Kinds' });
    await expect(kinds.getByRole('listitem')).toHaveCount(4);
    const toggles = kinds.getByRole('button', { pressed: true });
    await expect(toggles).toHaveCount(4);
    const names = await toggles.evaluateAll((els) => els.map((el) => el.querySelector('.label')?.textContent?.trim()));
    expect(names).toEqual(['Earthquakes', 'Floods', 'Wildfires', 'Storms']);
    const quakes = dataset.features.filter((f) => f.properties['kind'] === 'quake').length;
    await expect(kinds.getByRole('button', { name: /^Earthquakes/ })).toHaveAccessibleName(new RegExp(`${quakes} of ${quakes} shown`));

    // The camera frames the fixture's events (no declared bbox: derived from them), not the Middle East.
    const bounds = await map.evaluate((el) => {
      const b = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map?.getBounds();
      if (!b) throw new Error('no map');
      return { w: b.getWest(), s: b.getSouth(), e: b.getEast(), n: b.getNorth() };
    });
    if (process.env.SHOTS) await page.screenshot({ path: 'tmp/generic-full.png' });
    expect(bounds.w).toBeLessThanOrEqual(extent.w);
    expect(bounds.e).toBeGreaterThanOrEqual(extent.e);
    expect(bounds.s).toBeLessThanOrEqual(extent.s);
    expect(bounds.n).toBeGreaterThanOrEqual(extent.n);
    // …and fits them snugly in the dimension that limits the zoom (here the height: the extent is tall, the map wide).
    const snug = Math.min((bounds.n - bounds.s) / (extent.n - extent.s), (bounds.e - bounds.w) / (extent.e - extent.w));
    expect(snug).toBeLessThan(1.5);

    // The dataset's credits sit on the map's credits line beside the basemap's.
    const credits = map.getByText(dataset.sortie.credits);
    await expect(credits).toBeAttached();
    await expect(credits).toContainText('Natural Earth');

    // Details: extras as a definition list, a named and linked source.
    await map.getByRole('list', { name: 'Events', exact: true }).getByRole('button', { name: /^Quake near Quito/ })
      .filter({ hasText: '13 July 1992' }).click();
    const quake = dataset.features.find((f) => f.properties['id'] === 'quake-07')!.properties;
    const details = map.getByRole('region', { name: 'Quake near Quito' });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Earthquake');
    const extras = details.getByRole('definition');
    await expect(details.getByRole('term').filter({ hasText: 'Magnitude' })).toBeVisible();
    await expect(details.getByRole('term').filter({ hasText: 'Depth km' })).toBeVisible();
    await expect(extras.filter({ hasText: String(quake['magnitude']) })).toBeVisible();
    const link = details.getByRole('link', { name: 'Civil defence bulletin' });
    await expect(link).toHaveAttribute('href', (quake['sources'] as Array<{ url: string }>)[0]!.url);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    if (process.env.SHOTS) await page.screenshot({ path: 'tmp/generic-details.png' });
  });

  test('the minimal embed\'s key lists the dataset\'s four kinds by label', async ({ page, baseURL }) => {
    const map = await openEmbed(page, baseURL, 'minimal');
    const chips = map.getByRole('list', { name: 'Event kinds' }).getByRole('listitem');
    await expect(chips).toHaveCount(4);
    await expect(chips).toHaveText([/Earthquake/, /Flood/, /Wildfire/, /Storm/]);
  });

  test('a malformed setting is ignored with a notice; everything else still shows', async ({ page, baseURL }) => {
    const broken = JSON.parse(FIXTURE) as { sortie: { kinds: Record<string, { color?: string }>; bbox?: unknown } };
    broken.sortie.kinds['flood']!.color = 'blue';
    broken.sortie.bbox = [0, 0, 1];
    const map = await openEmbed(page, baseURL, 'full', JSON.stringify(broken));
    await expect(map.getByText(/sortie\.kinds\.flood\.color: "blue" is not a #rrggbb colour/)).toBeAttached();
    await expect(map.getByText(/sortie\.bbox: must be four numbers/)).toBeAttached();
    await expect(map.getByRole('list', { name: 'Kinds' }).getByRole('listitem')).toHaveCount(4);
  });
});
