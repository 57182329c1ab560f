/**
 * Open data (issue 8): real public files opened through the dialog (the file input or a
 * drop), checked against what the explorer then shows (counts, the timeline's range, an
 * event's details), the downloads and the Embed dialog's hosting section. Expected values
 * are worked out here from the files themselves, not read back from the app.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syntheticDataset } from '../scripts/lib/synthetic';
import { writeColumnar } from '../src/data/columnar/write';
import { eventList, slider } from './explorer-helpers';
import { expect, openApp, test } from './helpers';

const DATA = resolve('node_modules/vega-datasets/data');
const DAY = 86_400_000;
const SHOTS = resolve('docs/shots');
/**
 * The docs' pictures of the dialog are taken on the way through these tests, only when asked
 * (`SORTIE_SHOTS=1 npx playwright test e2e/open-data.spec.ts`): a test run leaves the tree alone.
 */
const shot = async (target: Page | Locator, name: string): Promise<void> => {
  if (process.env.SORTIE_SHOTS) await target.screenshot({ path: `${SHOTS}/${name}` });
};

interface Riot { first_name: string; last_name: string; death_date: string; neighborhood: string; type: string }
const riots = Papa.parse<Riot>(readFileSync(`${DATA}/la-riots.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const quakes = JSON.parse(readFileSync(`${DATA}/earthquakes.json`, 'utf8')) as { features: Array<{ properties: { time: number } }> };
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

// Software WebGL draws every dataset the explorer opens: give each test room.
test.describe.configure({ timeout: 180_000 });

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Open data' });
const fileInput = (page: Page) => page.getByLabel('Data file to open');
/** The header's count ("63 events"), matched whole: the closed dialog's text is in the header too. */
const eventCount = (page: Page, text: string | RegExp) => page.getByRole('banner').getByText(text, { exact: true });

/** The timeline's first and last day, from the time slider's range (days since 1970). */
async function timelineDays(page: Page): Promise<[string, string]> {
  const min = Number(await slider(page).getAttribute('aria-valuemin'));
  const max = Number(await slider(page).getAttribute('aria-valuemax'));
  return [isoDay(min * DAY), isoDay(max * DAY)];
}

async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 90_000 });
}

async function openAndWait(dialog: Locator, page: Page): Promise<void> {
  await dialog.getByRole('button', { name: 'Open in explorer' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await waitReady(page);
}

test.describe('a CSV of the 1992 Los Angeles riots, opened through the dialog', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;

  test.beforeAll(async ({ browser }, info) => {
    const { baseURL, timezoneId, locale } = info.project.use;
    const context = await browser.newContext({ baseURL, timezoneId, locale, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    await openApp(page);
  });
  test.afterAll(async () => {
    await page.context().close();
  });

  test('the dialog shows the detected columns, takes a title template and previews the events', async () => {
    await fileInput(page).setInputFiles(`${DATA}/la-riots.csv`);
    const dialog = dialogOf(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('la-riots.csv');
    await expect(dialog.getByRole('heading', { name: '11 columns found' })).toBeVisible();
    for (const column of ['first_name', 'last_name', 'death_date', 'neighborhood', 'type']) {
      await expect(dialog.getByRole('listitem').filter({ hasText: new RegExp(`^${column}$`) })).toHaveCount(1);
    }
    // Detection filled the date and the location.
    await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('death_date');
    await expect(dialog.getByLabel('Latitude')).toHaveValue('latitude');
    await expect(dialog.getByLabel('Longitude')).toHaveValue('longitude');

    await dialog.getByLabel('Kind').selectOption('type');
    await dialog.getByLabel('Title').fill('{first_name} {last_name}');
    const table = dialog.getByRole('table', { name: /The first 10 events/ });
    const first = riots[0]!;
    await expect(table.getByRole('cell', { name: `${first.first_name} ${first.last_name}`, exact: true })).toBeVisible();
    await expect(table.getByRole('cell', { name: first.type, exact: true }).first()).toBeVisible();
    await expect(dialog.getByText(`${riots.length} rows → ${riots.length} events, 0 skipped`)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Open in explorer' })).toBeEnabled();
  });

  test('the dialog has no detectable accessibility violations', async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('fills a phone screen, its table scrolling sideways (screenshots)', async () => {
    const dialog = dialogOf(page);
    await shot(dialog, 'open-data-desktop.png');
    await page.setViewportSize({ width: 375, height: 740 });
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(375);
    expect(box?.height).toBe(740);
    const region = dialog.getByRole('region', { name: /The first 10 events/ });
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'the table is wider than the phone and scrolls inside its box').toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'open-data-phone.png');
    await region.scrollIntoViewIfNeeded();
    await shot(page, 'open-data-phone-preview.png');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('Open shows the 63 events, their time span and a notice; focus returns to the button', async () => {
    await openAndWait(dialogOf(page), page);
    await expect(eventCount(page, `${riots.length} events`)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Opened la-riots.csv: ${riots.length} events` })).toBeVisible();
    const days = riots.map((r) => r.death_date).sort();
    expect(await timelineDays(page)).toEqual([days[0], days[days.length - 1]]);
    await expect(page.getByRole('button', { name: 'Open data…' })).toBeFocused();
    await shot(page, 'open-data-explorer.png');
  });

  test('selecting an event shows its details', async () => {
    const riot = riots.find((r) => r.last_name === 'Aguilar')!;
    const name = `${riot.first_name} ${riot.last_name}`;
    await eventList(page).getByRole('button', { name: new RegExp(name.replace('.', '\\.')) }).click();
    const details = page.getByRole('region', { name });
    await expect(details).toBeVisible();
    await expect(details).toContainText(riot.neighborhood);
    await expect(details).toContainText('30 April 1992');
    await expect(details).toContainText(riot.type);
    await details.getByRole('button', { name: 'Close details' }).click();
  });

  test('Download data gives the dataset as GeoJSON, and the events shown as CSV (by keyboard)', async () => {
    const trigger = page.getByRole('button', { name: /^Download data/ });
    await trigger.click();
    const [geojson] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Dataset \(GeoJSON\)/ }).click()]);
    expect(geojson.suggestedFilename()).toMatch(/^la-riots-\d{4}-\d{2}-\d{2}\.geojson$/);
    const file = JSON.parse(readFileSync(await geojson.path(), 'utf8')) as { type: string; sortie?: { title?: string }; features: unknown[] };
    expect(file.type).toBe('FeatureCollection');
    expect(file.features).toHaveLength(riots.length);
    expect(file.sortie?.title).toBe('la-riots');

    // Back to the first day: fewer events show, and the CSV holds exactly those.
    await slider(page).focus();
    await page.keyboard.press('Home');
    const shown = await eventList(page).getByRole('listitem').count();
    const firstDay = riots.filter((r) => r.death_date === [...riots].map((x) => x.death_date).sort()[0]).length;
    expect(shown).toBe(firstDay);
    await trigger.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: /Dataset \(GeoJSON\)/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: /Events shown \(CSV\)/ })).toBeFocused();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toMatch(/^la-riots-shown-\d{4}-\d{2}-\d{2}\.csv$/);
    const table = Papa.parse<Record<string, string>>(readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(table.meta.fields).toEqual(['id', 'date', 'title', 'kind', 'actors', 'place', 'latitude', 'longitude', 'summary', 'sources']);
    expect(table.data).toHaveLength(shown);
    await expect(trigger).toBeFocused();
    await page.keyboard.press('End');
  });

  test('the Embed dialog says how to host the file and never writes its blob: URL', async () => {
    await page.getByRole('button', { name: /^Embed/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog.getByRole('heading', { name: 'Hosting your data' })).toBeVisible();
    const address = dialog.getByRole('textbox', { name: 'Address of the data file' });
    await expect(address).toHaveValue('la-riots.geojson');
    const code = dialog.getByRole('textbox', { name: 'Element code' });
    await expect(code).toHaveValue(/<sortie-map src="la-riots\.geojson"/);
    expect(await code.inputValue()).not.toContain('blob:');
    expect(await dialog.getByRole('textbox', { name: 'Iframe code' }).inputValue()).not.toContain('blob:');

    await address.fill('data/riots-1992.geojson');
    await expect(code).toHaveValue(/<sortie-map src="data\/riots-1992\.geojson"/);
    await address.fill('blob:http://localhost/x');
    await expect(dialog.getByText('Enter the address where the file will be on the web')).toBeVisible();
    expect(await code.inputValue()).not.toContain('blob:');
    await address.fill('data/riots-1992.geojson');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download the data file' }).click()]);
    expect(download.suggestedFilename()).toBe('riots-1992.geojson');
    expect((JSON.parse(readFileSync(await download.path(), 'utf8')) as { features: unknown[] }).features).toHaveLength(riots.length);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});

test('USGS earthquakes (GeoJSON, epoch-ms times) open with no changes', async ({ page }) => {
  await openApp(page);
  await fileInput(page).setInputFiles(`${DATA}/earthquakes.json`);
  const dialog = dialogOf(page);
  await expect(dialog.getByText('Locations: each feature’s own geometry.')).toBeVisible();
  await expect(dialog.getByText(/^First 200 features → 200 events, 0 skipped/)).toBeVisible();
  await openAndWait(dialog, page);
  const n = quakes.features.length;
  await expect(eventCount(page, new RegExp(`^(${n}|${n.toLocaleString('en-GB')}) events$`))).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Opened earthquakes.json: ${n.toLocaleString('en-GB')} events` })).toBeVisible();
  const times = quakes.features.map((f) => f.properties.time).sort((a, b) => a - b);
  expect(await timelineDays(page)).toEqual([isoDay(times[0]!), isoDay(times[times.length - 1]!)]);
  expect(await timelineDays(page)).toEqual(['2018-01-31', '2018-02-07']);
});

test('a GeoParquet file (as npm run import writes) opens every event; a truncated one is named and opens nothing', async ({ page }) => {
  const dataset = syntheticDataset({ count: 450, seed: 4 });
  const bytes = Buffer.from(await writeColumnar(dataset.features, dataset.sortie));
  await openApp(page);
  const before = await eventCount(page, /^\d+ events$/).textContent();
  const dialog = dialogOf(page);
  // Cut short: still Parquet by its first bytes, so the reader's own complaint is what shows.
  await fileInput(page).setInputFiles({ name: 'cut.parquet', mimeType: '', buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) });
  await expect(dialog.getByRole('alert')).toContainText('cut.parquet is a Parquet file, but not one Sortie can read');
  await expect(dialog.getByRole('button', { name: 'Open in explorer' })).toBeDisabled();
  expect(await eventCount(page, /^\d+ events$/).textContent()).toBe(before);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Whole, and under a name that says nothing of its format.
  await fileInput(page).setInputFiles({ name: 'export', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(dialog.getByText('Locations: each feature’s own geometry.')).toBeVisible();
  await expect(dialog.getByText(/^First 200 features → 200 events, 0 skipped/)).toBeVisible();
  await openAndWait(dialog, page);
  await expect(eventCount(page, /^450 events$/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opened export: 450 events' })).toBeVisible();
});

for (const [fixture, preset, idColumn] of [['acled-2024', 'ACLED', 'event_id_cnty'], ['ucdp-ged', 'UCDP', 'id']] as const) {
  test(`the ${preset} export (${fixture}.csv) is recognised by the dialog and opens every row`, async ({ page }) => {
    const file = resolve(`e2e/fixtures/import/${fixture}.csv`);
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
    await openApp(page);
    await fileInput(page).setInputFiles(file);
    const dialog = dialogOf(page);
    await expect(dialog).toContainText(preset);
    await expect(dialog.getByText(new RegExp(`^${rows.length} rows → ${rows.length} events, 0 skipped`))).toBeVisible();
    await openAndWait(dialog, page);
    await expect(eventCount(page, `${rows.length} events`)).toBeVisible();
    // Every row's id is an event the explorer can select.
    const ids = await page.evaluate(() => document.querySelector('sortie-app')!.events.map((e) => e.id).sort());
    expect(ids).toEqual(rows.map((r) => r[idColumn]!).sort());
  });
}

const BAD_ROWS = [
  'date,latitude,longitude,title',
  '2020-01-05,10,20,Good one',
  'not a date,10,20,Bad date',
  '2020-01-07,95,20,Bad latitude',
  '2020-01-08,,20,No latitude',
  '2020-01-09,11,21,Good two',
].join('\n');

test('a dropped CSV with bad rows shows each reason and the skip count, and opens the rest', async ({ page }) => {
  await openApp(page);
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'bad-rows.csv', { type: 'text/csv' }));
    return data;
  }, BAD_ROWS);
  await page.locator('sortie-app').dispatchEvent('dragenter', { dataTransfer: transfer });
  const overlay = page.getByText('Drop a CSV, TSV, GeoJSON or GeoParquet file');
  await expect(overlay).toBeVisible();
  await page.locator('sortie-open-data .drop').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(overlay).toBeHidden();

  const dialog = dialogOf(page);
  await expect(dialog.getByText('5 rows → 2 events, 3 skipped')).toBeVisible();
  const reasons = dialog.getByRole('region', { name: /3 rows skipped/ }).getByRole('listitem');
  await expect(reasons.filter({ hasText: /^row 3, column "date"/ })).toHaveCount(1);
  await expect(reasons.filter({ hasText: /^row 4, column "latitude"/ })).toHaveCount(1);
  await expect(reasons.filter({ hasText: /^row 5/ })).toHaveCount(1);
  await openAndWait(dialog, page);
  await expect(eventCount(page, '2 events')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Opened bad-rows.csv: 2 events (3 rows skipped)' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(3);
});

test('files that are not event data get a clear error and the explorer keeps its dataset', async ({ page }) => {
  await openApp(page);
  const count = eventCount(page, /^\d+ events$/);
  const before = await count.textContent();
  expect(before).toMatch(/^[1-9]\d* events$/);
  const dialog = dialogOf(page);
  const open = dialog.getByRole('button', { name: 'Open in explorer' });
  const choose = async (name: string, body: Buffer | string, mimeType = '') => {
    await fileInput(page).setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
    await expect(dialog).toBeVisible();
  };

  await choose('map.png', readFileSync(resolve('docs/sortie-map.png')), 'image/png');
  await expect(dialog.getByRole('alert')).toContainText('map.png is not a CSV, TSV, GeoJSON or GeoParquet file');
  await expect(open).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open data…' })).toBeFocused();

  await choose('feature.geojson', JSON.stringify({ type: 'Feature', geometry: null, properties: {} }));
  await expect(dialog.getByRole('alert')).toContainText('feature.geojson is JSON, but not a GeoJSON FeatureCollection');
  await choose('broken.json', '{"type": "FeatureCollection", "features": [');
  await expect(dialog.getByRole('alert')).toContainText('broken.json is not valid JSON');
  await choose('empty.csv', '');
  await expect(dialog.getByRole('alert')).toContainText('empty.csv is empty');
  await choose('header-only.csv', 'date,lat,lon\n');
  await expect(dialog.getByRole('alert')).toContainText('has column names (date, lat, lon) but no rows');

  // No date column: say so, keep Open disabled, until the reader picks one.
  await choose('undated.csv', 'when it happened,latitude,longitude\nyesterday,10,20\nlast week,11,21\n');
  await expect(dialog.getByRole('alert')).toContainText('No column looks like a date: choose one.');
  await expect(open).toBeDisabled();
  await dialog.getByLabel('Date', { exact: true }).selectOption('when it happened');
  await expect(dialog.getByText('2 rows → 0 events, 2 skipped')).toBeVisible();
  await expect(open).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(count).toHaveText(before ?? '');
  await expect(page.getByRole('status').filter({ hasText: /^Opened/ })).toHaveCount(0);
});

test('a large file converts in the worker with a progress bar, and Cancel stops it', async ({ page }) => {
  await openApp(page);
  const count = eventCount(page, /^\d+ events$/);
  const before = await count.textContent();
  // About 30 MB, made in the page (sending it through the test driver would take longer than reading it).
  await fileInput(page).evaluate((input: HTMLInputElement, n: number) => {
    const rows = ['date,latitude,longitude,title'];
    for (let i = 0; i < n; i++) rows.push(`2020-01-${String((i % 28) + 1).padStart(2, '0')},${(i % 80) - 40}.5,${(i % 300) - 150}.25,Event number ${i} with a longer title to fill the row`);
    const transfer = new DataTransfer();
    transfer.items.add(new File([rows.join('\n')], 'big.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, 400_000);
  const dialog = dialogOf(page);
  await expect(dialog.getByText(/^First 200 rows → 200 events, 0 skipped/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Open in explorer' }).click();
  const progress = dialog.getByRole('progressbar', { name: /^Reading big\.csv/ });
  await expect(progress).toBeVisible();
  // Bytes read so far, of the file's size: more than none, less than all (Cancel comes before the end).
  await expect(progress).toHaveAccessibleName(/^Reading big\.csv: [\d.]+ (KB|MB) of [\d.]+ MB$/);
  const [read, size] = await progress.evaluate((p: HTMLProgressElement) => [p.value, p.max]);
  expect(read).toBeGreaterThan(0);
  expect(read).toBeLessThan(size!);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Open in explorer' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(count).toHaveText(before ?? '');
});
