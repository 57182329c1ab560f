/**
 * The drafting workbench (review.html): paste an article, set its date, review the candidates
 * and download the accepted ones as YAML in data/events.yaml's format.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { buildData } from '../scripts/build-data';

const DATA = new URL('../data/', import.meta.url).pathname;

/** Appends the page's YAML to a copy of data/ and builds it as `npm run data` would. */
function buildWith(eventsYaml: string, placesYaml: string): { problems: string[]; added: number } {
  const dir = mkdtempSync(join(tmpdir(), 'sortie-review-'));
  try {
    for (const f of ['events.yaml', 'places.yaml', 'sources.json', 'basemap']) cpSync(join(DATA, f), join(dir, f), { recursive: true });
    const paths = { events: join(dir, 'events.yaml'), places: join(dir, 'places.yaml'), sources: join(dir, 'sources.json'),
      basemap: join(dir, 'basemap'), out: join(dir, 'out.geojson') };
    const before = buildData(paths).features.length;
    writeFileSync(paths.events, `${readFileSync(paths.events, 'utf8')}\n${eventsYaml}`);
    writeFileSync(paths.places, `${readFileSync(paths.places, 'utf8')}\n${placesYaml}`);
    const after = buildData(paths);
    return { problems: after.problems, added: after.features.length - before };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ARTICLE = readFileSync(new URL('./fixtures/review-article.txt', import.meta.url), 'utf8');

test('paste, draft, accept two, edit a kind, reject one, download YAML', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://localhost') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto('/review.html');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Article date').fill('2017-04-08');
  await page.getByLabel('Article id').fill('wsj-2017-04-08');
  await page.getByRole('button', { name: 'Draft events' }).click();
  await expect(page.getByRole('status')).toContainText('candidate events, article dated 2017-04-08');

  const cards = page.getByRole('listitem');
  const strike = cards.filter({ hasText: '2017-04-06' }).first();
  const meeting = cards.filter({ hasText: '2017-04-08' }).first();
  const deployment = cards.filter({ hasText: '2018-10' }).first();
  await expect(strike).toBeVisible();
  await expect(strike).toContainText('May duplicate');
  // Every card's evidence links to its highlight in the text.
  for (const card of await cards.all()) {
    const href = await card.getByRole('link').first().getAttribute('href');
    await expect(page.locator(`mark${href}`)).toHaveCount(1);
  }
  await expect(page.locator(`mark${await strike.getByRole('link').first().getAttribute('href')}`)).toContainText('Shayrat Airfield');

  await strike.getByRole('button', { name: /^Accept / }).click();
  await meeting.getByRole('combobox', { name: /^Kind of / }).selectOption('agreement');
  await meeting.getByRole('textbox', { name: /^Title of / }).fill('Generals agree by telephone');
  const meetingDate = meeting.getByRole('textbox', { name: /^Date of / });
  await meetingDate.fill('2017-13-01');
  await meetingDate.press('Tab');
  await expect(meeting).toContainText('"2017-13-01" is not an EDTF date');
  await expect(meeting.getByRole('button', { name: /^Accept / })).toBeDisabled();
  await meetingDate.fill('2017-04-08');
  await meetingDate.press('Tab');
  await meeting.getByRole('button', { name: /^Accept / }).click();
  await deployment.focus();
  await page.keyboard.press('r');
  await expect(deployment.getByRole('button', { name: /^Reject / })).toHaveAttribute('aria-pressed', 'true');

  const link = page.getByRole('link', { name: 'Download YAML (2 accepted)' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const entries = parse(text) as Record<string, unknown>[];
  expect(entries).toHaveLength(2);
  expect(entries.map((e) => e.kind).sort()).toEqual(['agreement', 'strike']);
  for (const e of entries) {
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'title', 'summary', 'kind', 'date', 'actors', 'where', 'place', 'location_precision', 'sources']));
    expect(e.status).toBeUndefined();
    for (const s of e.sources as { article: string; excerpt: string }[]) {
      expect(s.article).toBe('wsj-2017-04-08');
      expect(ARTICLE.replace(/\s+/g, ' ')).toContain(s.excerpt);
    }
  }
  expect(entries.find((e) => e.kind === 'strike')!.where).toEqual({ place: 'shayrat-airbase' });
  expect(entries.find((e) => e.kind === 'agreement')!.title).toBe('Generals agree by telephone');

  // The accepted YAML builds with `npm run data` without edits.
  const placesLink = page.getByRole('link', { name: 'Download new places YAML' });
  let placesText = '';
  if (await placesLink.count()) {
    const [placesDownload] = await Promise.all([page.waitForEvent('download'), placesLink.click()]);
    placesText = readFileSync((await placesDownload.path())!, 'utf8');
  }
  expect(buildWith(text, placesText)).toEqual({ problems: [], added: 2 });

  await expect(page.getByRole('region', { name: /^Map of the place of / })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the workbench has no serious accessibility problems once drafted', async ({ page }) => {
  await page.goto('/review.html');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Article date').fill('2017-04-08');
  await page.getByRole('button', { name: 'Draft events' }).click();
  await expect(page.getByRole('listitem').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('an empty article or a bad date gets a clear error and loses nothing', async ({ page }) => {
  await page.goto('/review.html');
  await page.getByRole('button', { name: 'Draft events' }).click();
  await expect(page.getByRole('alert')).toHaveText('Paste an article or open a text file first.');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Article date').fill('2017-02-30');
  await page.getByRole('button', { name: 'Draft events' }).click();
  await expect(page.getByRole('alert')).toContainText('"2017-02-30" is not a date');
  await expect(page.getByLabel('Article text')).toHaveValue(ARTICLE);
});
