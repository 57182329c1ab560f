/**
 * The explorer opened on another dataset by its link (`?src=`), with the element's rules:
 * an http(s) URL or a path on the explorer's site; anything else is ignored with a notice
 * and the bundled data is shown.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, openApp, test } from './helpers';

const SAMPLE = readFileSync(resolve(import.meta.dirname, 'fixtures/events.sample.geojson'), 'utf8');
const SAMPLE_COUNT = (JSON.parse(SAMPLE) as { features: unknown[] }).features.length;

test('?src= opens the explorer on that dataset, and the link keeps it as the state changes', async ({ page }) => {
  await page.route((url) => url.pathname === '/their-data/sample.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: SAMPLE }));
  await openApp(page, '?src=/their-data/sample.geojson');
  await expect(page.getByRole('banner')).toContainText(`${SAMPLE_COUNT} events`);
  // The page is named after the dataset (no title of its own: its file name).
  await expect(page).toHaveTitle(/^Sample · Sortie$/i);
  await expect(page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem')).toHaveCount(SAMPLE_COUNT);
  // Selecting an event rewrites the link; the dataset stays in it, so the link reopens the same data.
  await page.getByRole('list', { name: 'Events', exact: true }).getByRole('button').first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull();
  expect(new URL(page.url()).searchParams.get('src')).toBe('/their-data/sample.geojson');
});

test('a ?src= that is not http(s) or a site path is ignored with a notice, and the bundled data is shown', async ({ page }) => {
  await openApp(page, '?src=javascript:alert(1)');
  const notice = page.getByRole('status', { name: /URL parameter/ });
  await expect(notice).toContainText('"src" parameter');
  await expect(page.getByRole('banner')).not.toContainText(`${SAMPLE_COUNT} events`);
  await expect(page.getByRole('banner')).toContainText(/\d+ events/);
});
