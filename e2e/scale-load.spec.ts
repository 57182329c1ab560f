/**
 * Loading a large dataset (issue 9): files of a megabyte and more are read and checked in a
 * worker, with a progress bar, and the page stays responsive meanwhile. A second server on
 * loopback sends the file in two halves and holds the second until the test lets it go, so
 * the bar is seen mid-download rather than hoped for.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { syntheticDataset } from '../scripts/lib/synthetic';
import { writeColumnar } from '../src/data/columnar/write';
import { expect, servePage, test, waitReady } from './embed-helpers';

const COUNT = 6000;
const BODY = Buffer.from(JSON.stringify(syntheticDataset({ count: COUNT, seed: 9 })));

/** Serves BODY with its length, sending the second half only when `release` is called. */
async function slowServer(): Promise<{ url: string; release: () => void; close: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  const half = Math.floor(BODY.length / 2);
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/geo+json',
      'Content-Length': String(BODY.length),
      'Access-Control-Allow-Origin': '*',
    });
    response.write(BODY.subarray(0, half));
    void released.then(() => response.end(BODY.subarray(half)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/large.geojson`;
  return {
    url,
    release,
    close: async () => {
      release();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

async function openMap(page: Page, baseURL: string | undefined, src: string): Promise<void> {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Large</title>
<script type="module" src="/sortie-map.js"></script></head><body><h1>Large</h1>
<sortie-map id="m" loading="eager" controls="minimal" src="${src}" height="420"></sortie-map></body></html>`;
  await page.goto(await servePage(page, '/e2e-hosts/large.html', origin, html));
}

test('a large file shows how much has arrived, is read in a worker, and ends ready with every event', async ({ page, baseURL, guard }) => {
  test.setTimeout(120_000);
  // The host page comes from page.route, which Chromium counts as public: it may reach the
  // loopback server only with this permission (as a public page could a public server).
  await page.context().grantPermissions(['local-network-access']);
  const server = await slowServer();
  guard.allowOrigin(new URL(server.url).origin);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  try {
    await openMap(page, baseURL, server.url);
    const map = page.locator('sortie-map#m');
    const bar = map.getByRole('progressbar', { name: 'Loading the event data' });
    await expect(bar).toBeVisible({ timeout: 30_000 });
    await expect(map.getByRole('status').filter({ hasText: 'Downloading events…' })).toBeVisible();
    const mb = (BODY.length / 1e6).toFixed(1);
    await expect(bar).toHaveAttribute('aria-valuetext', new RegExp(`^Downloading events: [\\d.]+ of ${mb.replace('.', '\\.')} MB$`));
    const value = Number(await bar.getAttribute('value'));
    expect(value).toBeGreaterThan(0.2);
    expect(value).toBeLessThan(0.8);
    // While a bar fills, no spinner turns: a running animation draws a frame every vsync.
    await expect(map.locator('.status .spinner')).toHaveCount(0);
    // The page answers while the file is on its way.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await expect(map).toHaveAttribute('status', 'starting');

    server.release();
    await waitReady(map);
    await expect(bar).toHaveCount(0);
    expect(workers.some((url) => /dataset\.worker/.test(url)), `workers: ${workers.join(', ')}`).toBe(true);
    const shown = await map.evaluate((el) => el.shadowRoot?.querySelector('sortie-app')?.events.length);
    expect(shown).toBe(COUNT);
  } finally {
    await server.close();
  }
});

test('a large file that is not JSON fails in words, with Try again, and nothing else lost', async ({ page, baseURL, guard }) => {
  guard.allowConsoleError(/is not valid JSON/);
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const junk = `{"type":"FeatureCollection","features":[${'{"type":"Feature"},'.repeat(70_000)}`;
  expect(junk.length).toBeGreaterThan(1_000_000);
  await page.route(`${origin}/e2e-data/broken-large.geojson`, (route) => route.fulfill({ body: junk, contentType: 'application/geo+json' }));
  await openMap(page, baseURL, '/e2e-data/broken-large.geojson');
  const map = page.locator('sortie-map#m');
  await expect(map).toHaveAttribute('status', 'failed', { timeout: 60_000 });
  const alert = map.getByRole('alert');
  await expect(alert).toContainText('The event data (broken-large.geojson) is not valid JSON');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('the explorer opens a GeoParquet file (npm run import -- … --out x.parquet) by src, read from its bytes whatever its name, checked in a worker', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  // Enough rows to pass OFF_THREAD_BYTES: the worker checks them cell by cell (columnar/check.ts).
  const dataset = syntheticDataset({ count: 70_000, seed: 9 });
  const bytes = Buffer.from(await writeColumnar(dataset.features, dataset.sortie));
  expect(bytes.length).toBeGreaterThan(1_000_000);
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // Served as octet-stream under a name that says nothing: the format is read from the bytes.
  await page.route(`${origin}/e2e-data/events-export`, (route) => route.fulfill({ body: bytes, contentType: 'application/octet-stream' }));
  await page.goto('/?src=/e2e-data/events-export');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 90_000 });
  expect(workers.some((url) => /dataset\.worker/.test(url)), `workers: ${workers.join(', ')}`).toBe(true);
  // The meta travels in the file's footer: the title is the dataset's own, and every event counts.
  await expect(page.getByRole('heading', { level: 1, name: '70,000 generated events' })).toBeVisible();
  await expect(page.getByText('70,000 events', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle('70,000 generated events · Sortie');
});
