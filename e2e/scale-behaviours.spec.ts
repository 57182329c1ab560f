/**
 * Every behaviour at a size (issue 9: "filters, modes, details, URL state, embeds, story,
 * print, accessibility still work at 42 events and at 100k"). The rest of the suite checks
 * them at 42 events; this file checks them on a generated GeoParquet file of
 * SORTIE_BEHAVIOURS_COUNT events, opened as a reader would (by link, in the element, in a
 * story). It is not part of `npm test`: at 10^5 events on a CPU-rendered page it takes
 * minutes. Run it with
 *
 *   SORTIE_BEHAVIOURS_COUNT=100000 npx playwright test e2e/scale-behaviours.spec.ts
 *
 * (after `npm run build`). Expected counts are worked out here from the generated events,
 * not read back from the app.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { syntheticDataset, SYNTHETIC_KINDS } from '../scripts/lib/synthetic';
import { writeColumnar } from '../src/data/columnar/write';
import { parseInterval } from '../src/data/time';
import { deSlug, pluralOf } from '../src/data/dataset-meta';
import { formatCount } from '../src/components/shared/format';
import { dayInWords, slider, sliderDay } from './explorer-helpers';
import { expect, servePage, test, waitReady } from './embed-helpers';

const COUNT = Number(process.env.SORTIE_BEHAVIOURS_COUNT ?? 0);
const DATA = '/scale/behaviours.parquet';

test.skip(!(COUNT > 0), 'opt-in: set SORTIE_BEHAVIOURS_COUNT (e.g. 100000)');
test.describe.configure({ mode: 'serial', timeout: 600_000 });

const dataset = syntheticDataset({ count: Math.max(COUNT, 1), seed: 3 });
const events = dataset.features.map((f) => ({ id: f.properties.id, title: f.properties.title, kind: f.properties.kind, ...parseInterval(f.properties.date) }));
// The legend's words for a kind the file names but does not describe, as the app derives them.
const plural = (kind: string) => pluralOf(deSlug(kind));
const total = (kind: string) => events.filter((e) => e.kind === kind).length;
let body: Buffer | null = null;

async function routeData(page: Page): Promise<void> {
  body ??= Buffer.from(await writeColumnar(dataset.features, dataset.sortie));
  const bytes = body;
  await page.route((url) => url.pathname === DATA, (route) => route.fulfill({ contentType: 'application/vnd.apache.parquet', body: bytes }));
}

const kindToggle = (page: Page | Locator, kind: string) =>
  page.getByRole('list', { name: 'Kinds' }).getByRole('button', { name: new RegExp(`^${plural(kind)}\\b`) });
const listCount = (page: Page | Locator) => page.getByRole('region', { name: 'Events', exact: true }).locator('.head');
const shownOf = (shown: number) => new RegExp(`\\b${formatCount(shown)} of ${formatCount(COUNT)}\\b`);

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe(`every behaviour with ${formatCount(COUNT)} events`, () => {
  test('the explorer: filters, modes, details, print, accessibility and the URL', async ({ page, browser, baseURL }) => {
    await routeData(page);
    await page.goto(`/?src=${DATA}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 300_000 });
    await expect(listCount(page)).toContainText(shownOf(COUNT));

    // Filters: a kind off, then only one kind, then all again; the list's count follows.
    const [off, only] = [SYNTHETIC_KINDS[2]!, SYNTHETIC_KINDS[4]!];
    await expect(kindToggle(page, off)).toHaveAccessibleName(new RegExp(`${formatCount(total(off))} of ${formatCount(total(off))} shown`));
    await kindToggle(page, off).click();
    await expect(kindToggle(page, off)).toHaveAttribute('aria-pressed', 'false');
    await expect(listCount(page)).toContainText(shownOf(COUNT - total(off)));
    await page.getByRole('button', { name: `Show only ${plural(only)}` }).click();
    await expect(listCount(page)).toContainText(shownOf(total(only)));
    await expect(kindToggle(page, off)).toHaveAttribute('aria-pressed', 'false');

    // The URL holds the filter and the time: a second page opened at it shows the same.
    await expect.poll(() => new URL(page.url()).searchParams.get('kinds')).toBe(only);
    const second = await browser.newPage({ baseURL });
    try {
      await routeData(second);
      await second.goto(new URL(page.url()).pathname + new URL(page.url()).search);
      await expect(second.locator('html')).toHaveAttribute('data-ready', '', { timeout: 300_000 });
      await expect(kindToggle(second, only)).toHaveAttribute('aria-pressed', 'true');
      await expect(kindToggle(second, off)).toHaveAttribute('aria-pressed', 'false');
      await expect(listCount(second)).toContainText(shownOf(total(only)));
    } finally {
      await second.close();
    }
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(listCount(page)).toContainText(shownOf(COUNT));

    // The time: Home, then ArrowRight steps to the next event start; the count is the events started by then.
    const time = slider(page);
    await time.focus();
    await time.press('Home');
    const first = Math.min(...events.map((e) => e.start));
    await expect(time).toHaveAttribute('aria-valuetext', dayInWords(first));
    await time.press('ArrowRight');
    const next = Math.min(...events.filter((e) => e.start > first).map((e) => e.start));
    await expect(time).toHaveAttribute('aria-valuetext', dayInWords(next));
    expect(await sliderDay(page)).toBe(next);
    const started = events.filter((e) => e.start <= next).length;
    await expect(listCount(page)).toContainText(shownOf(started));
    await time.press('End');

    // Modes: "Recent only" keeps the events of the window before the time.
    const { windowMs, now } = await page.evaluate(() => {
      const state = document.querySelector('sortie-app')!.store.get();
      return { windowMs: state.windowMs, now: state.time };
    });
    const recent = events.filter((e) => e.start <= now && e.end >= now - windowMs).length;
    expect(recent).toBeGreaterThan(0);
    expect(recent).toBeLessThan(COUNT);
    await page.getByRole('radio', { name: 'Recent only' }).check();
    await expect(listCount(page)).toContainText(shownOf(recent));
    await page.getByRole('radio', { name: 'All so far' }).check();
    await expect(listCount(page)).toContainText(shownOf(COUNT));

    // Details: the first listed event opens with its title; Close shuts it.
    const firstItem = page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem').first();
    const title = (await firstItem.getByRole('button').first().textContent())?.trim() ?? '';
    expect(events.some((e) => title.startsWith(e.title))).toBe(true);
    await firstItem.getByRole('button').first().click();
    const details = page.getByRole('region', { name: title.split('\n')[0]!.trim() });
    await expect(details).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toMatch(/^e\d+$/);

    // Accessibility, with the details open.
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toHaveCount(0);

    // Print: the printed list is capped, and says how many more there are.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('sortie-app').locator('.print-only li');
    const rows = await printed.count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(500);
    await expect(page.locator('sortie-app').locator('.print-more')).toContainText(formatCount(COUNT - rows));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(printed).toHaveCount(0);
  });

  test('the element and a story on a host page', async ({ page, baseURL }) => {
    await routeData(page);
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    const [a, b] = [events[10]!, events[20]!];
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Behaviours at scale</title>
<script type="module" src="/sortie-map.js"></script>
<style>body { margin: 0; font: 17px/1.6 Georgia, serif; } .map { position: sticky; top: 0; height: 60vh; } .step { margin: 0 0 900px; padding: 0 16px; }</style></head>
<body><h1>Behaviours at scale</h1>
<div class="map"><sortie-map id="m" src="${DATA}" height="460"></sortie-map></div>
<div data-sortie-story="m" data-sortie-offset="0.8" style="padding-top: 500px">
  <p class="step" id="one" data-sortie-time="${iso(a.start)}" data-sortie-event="${a.id}">First step.</p>
  <p class="step" id="two" data-sortie-time="${iso(b.start)}" data-sortie-event="${b.id}">Second step.</p>
</div><p>After the story.</p></body></html>`;
    await page.goto(await servePage(page, '/e2e-hosts/behaviours.html', origin, html));
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    await expect(listCount(map)).toContainText(shownOf(COUNT));

    // The element's slider steps by the keyboard.
    const time = map.getByRole('slider', { name: 'Time' });
    await time.focus();
    await time.press('Home');
    const first = Math.min(...events.map((e) => e.start));
    await expect(time).toHaveAttribute('aria-valuetext', dayInWords(first));

    // Each step of the story moves the time and opens its event.
    for (const [step, event] of [['#one', a], ['#two', b]] as const) {
      await page.locator(step).scrollIntoViewIfNeeded();
      await page.evaluate((sel) => window.scrollBy(0, document.querySelector(sel)!.getBoundingClientRect().top - innerHeight * 0.5), step);
      await expect(time).toHaveAttribute('aria-valuetext', dayInWords(event.start), { timeout: 30_000 });
      await expect(map.getByRole('region', { name: event.title })).toBeVisible({ timeout: 30_000 });
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
