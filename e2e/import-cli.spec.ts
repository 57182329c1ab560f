/**
 * `npm run import`, end to end (issue 8): real public data and the ACLED and UCDP fixtures go
 * through the same code the CLI runs, the output is served to the explorer by `?src=`, and
 * what the explorer shows (the count, the timeline's span, an event's details) is checked
 * against the input files themselves, read here independently of the importer.
 */
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runImport } from '../scripts/import/run';
import { eventList, slider } from './explorer-helpers';
import { expect, test } from './helpers';

const DAY = 86_400_000;
const VEGA = resolve('node_modules/vega-datasets/data');
const FIXTURES = resolve('e2e/fixtures/import');
const OUT = mkdtempSync(join(tmpdir(), 'sortie-import-'));
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const rowsOf = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

test.describe.configure({ mode: 'parallel', timeout: 180_000 });

/** Imports `input` with the CLI's own code; returns the output file's text. */
async function imported(name: string, argv: string[]): Promise<string> {
  const out = join(OUT, `${name}.geojson`);
  const lines: string[] = [];
  const code = await runImport([...argv, '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  expect(code, lines.join('\n')).toBe(0);
  return readFileSync(out, 'utf8');
}

/** Opens the explorer on a dataset served at /imported/<name>.geojson. */
async function explore(page: Page, name: string, body: string, query = ''): Promise<void> {
  await page.route((url) => url.pathname === `/imported/${name}.geojson`, (route) => route.fulfill({ contentType: 'application/geo+json', body }));
  await page.goto(`/?src=/imported/${name}.geojson${query}`);
  // Software WebGL: a couple of thousand events take a while to draw the first time.
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 150_000 });
}

/** The title the import gave the event `id`: the details region is named by it. */
function titleOf(body: string, id: string): string {
  const feature = (JSON.parse(body) as { features: Array<{ properties: { id: string; title: string } }> }).features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`the import wrote no event "${id}"`);
  return feature.properties.title;
}

/** The details of the selected event, by its accessible name. */
const detailsOf = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

async function timelineDays(page: Page): Promise<[number, number]> {
  const min = Number(await slider(page).getAttribute('aria-valuemin'));
  const max = Number(await slider(page).getAttribute('aria-valuemax'));
  return [min * DAY, max * DAY];
}

const count = (page: Page, n: number) => page.getByRole('banner').getByText(`${n.toLocaleString('en-GB')} events`, { exact: true });

test('USGS earthquakes (GeoJSON): every feature, its week, and a quake\'s details', async ({ page }) => {
  const raw = JSON.parse(readFileSync(`${VEGA}/earthquakes.json`, 'utf8')) as { features: Array<{ id: string; properties: { time: number; place: string } }> };
  const body = await imported('earthquakes', [`${VEGA}/earthquakes.json`]);
  const times = raw.features.map((f) => f.properties.time);
  const first = raw.features[0]!;
  await explore(page, 'earthquakes', body, `&event=${first.id}`);
  await expect(count(page, raw.features.length)).toBeVisible();
  const [from, to] = await timelineDays(page);
  expect([isoDay(from), isoDay(to)]).toEqual([isoDay(Math.min(...times)), isoDay(Math.max(...times))]);
  const details = detailsOf(page, titleOf(body, first.id));
  await expect(details).toContainText(first.properties.place);
});

test('the 1992 Los Angeles riots (CSV, with the committed mapping file): names as titles, and a death\'s details', async ({ page }) => {
  const rows = rowsOf(`${VEGA}/la-riots.csv`);
  const body = await imported('la-riots', [`${VEGA}/la-riots.csv`, '--mapping', 'examples/la-riots.mapping.json']);
  await explore(page, 'la-riots', body);
  await expect(count(page, rows.length)).toBeVisible();
  const days = rows.map((r) => r.death_date!).sort();
  const [from, to] = await timelineDays(page);
  expect([isoDay(from), isoDay(to)]).toEqual([days[0], days[days.length - 1]]);
  const row = rows.find((r) => r.last_name === 'Aguilar')!;
  const name = `${row.first_name} ${row.last_name}`;
  await eventList(page).getByRole('button', { name: new RegExp(name) }).click();
  const details = page.getByRole('region', { name });
  await expect(details).toContainText(row.neighborhood!);
  await expect(details).toContainText('30 April 1992');
});

for (const fixture of ['acled-2019', 'acled-2024'] as const) {
  test(`an ACLED export (${fixture === 'acled-2019' ? 'the older' : 'the 2023+'} column layout): every row, and an event's notes and source`, async ({ page }) => {
    const rows = rowsOf(`${FIXTURES}/${fixture}.csv`);
    const body = await imported(fixture, [`${FIXTURES}/${fixture}.csv`]);
    const row = rows[0]!;
    await explore(page, fixture, body, `&event=${encodeURIComponent(row.event_id_cnty!)}`);
    await expect(count(page, rows.length)).toBeVisible();
    const details = detailsOf(page, titleOf(body, row.event_id_cnty!));
    await expect(details).toContainText(row.notes!);
    await expect(details).toContainText(row.location!);
    await expect(details).toContainText(row.source!);
  });
}

test('a UCDP GED export: every row, date windows within the timeline, and an event\'s sides', async ({ page }) => {
  const rows = rowsOf(`${FIXTURES}/ucdp-ged.csv`);
  const body = await imported('ucdp', [`${FIXTURES}/ucdp-ged.csv`]);
  const row = rows[0]!;
  await explore(page, 'ucdp', body, `&event=${row.id}`);
  await expect(count(page, rows.length)).toBeVisible();
  const starts = rows.map((r) => Date.parse(`${r.date_start!.slice(0, 10)}T00:00:00Z`));
  const ends = rows.map((r) => Date.parse(`${r.date_end!.slice(0, 10)}T00:00:00Z`));
  const [from, to] = await timelineDays(page);
  expect(from).toBeLessThanOrEqual(Math.min(...starts));
  expect(to).toBeGreaterThanOrEqual(Math.max(...ends));
  const details = detailsOf(page, titleOf(body, row.id!));
  await expect(details).toContainText(row.side_a!);
  await expect(details).toContainText(row.side_b!);
});
