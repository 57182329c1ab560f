/**
 * The time strip at scale (issue 9): a generated dataset of SCALE_COUNT events opened in the
 * explorer by its link. The strip draws a histogram on one named canvas instead of a mark
 * per event, the slider's keys step to the next event start, and the filters' counts follow
 * the time. The expected answers are worked out here from the generated file (its EDTF
 * dates read with parseInterval), not read back from the app.
 */
import { syntheticDataset } from '../scripts/lib/synthetic';
import { parseInterval } from '../src/data/time';
import { addMonths } from '../src/components/sortie-timeline/navigation';
import { dayInWords, DAY, slider, sliderDay } from './explorer-helpers';
import { expect, test } from './helpers';

/**
 * 5,000 events by default, to keep `npm test` short; SORTIE_SCALE_COUNT changes it. The
 * strip's checks hold at any size past HISTOGRAM_FROM (400): at 100,000 both tests passed
 * in 15 s (7 December 2026), with a kind's total past 1,000 written "12,251".
 */
const SCALE_COUNT = Number(process.env.SORTIE_SCALE_COUNT ?? 5_000);
const dataset = syntheticDataset({ count: SCALE_COUNT });
const BODY = JSON.stringify(dataset);
const events = dataset.features.map((f) => ({ kind: f.properties.kind, ...parseInterval(f.properties.date) }));
const starts = [...new Set(events.map((e) => e.start))].sort((a, b) => a - b);
const nextStart = (t: number) => starts.find((s) => s > t) ?? null;
const totals = new Map<string, number>();
for (const e of events) totals.set(e.kind, (totals.get(e.kind) ?? 0) + 1);
const shownAt = (t: number) => {
  const shown = new Map<string, number>();
  for (const e of events) if (e.start <= t) shown.set(e.kind, (shown.get(e.kind) ?? 0) + 1);
  return shown;
};

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.describe(`the time strip with ${SCALE_COUNT.toLocaleString('en-GB')} events`, () => {
  test.beforeEach(async ({ page }) => {
    await page.route((url) => url.pathname === '/scale/generated.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: BODY }));
    await page.goto('/?src=/scale/generated.geojson');
    await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 240_000 });
  });

  test('draws a named histogram, no mark per event; ArrowRight steps to the next start; the counts follow the time', async ({ page }) => {
    const timeline = page.locator('sortie-timeline');
    // No per-event DOM in the strip: no marks, and the whole timeline stays a few hundred nodes.
    await expect(timeline.locator('[data-id]')).toHaveCount(0);
    const nodes = await timeline.evaluate((el) => el.shadowRoot?.querySelectorAll('*').length ?? -1);
    expect(nodes).toBeGreaterThan(0);
    expect(nodes).toBeLessThan(2500);
    const [first, last] = [Math.min(...events.map((e) => e.start)), Math.max(...events.map((e) => e.end))];
    const name = `Events over time, by kind: histogram of ${SCALE_COUNT.toLocaleString('en-GB')} events from ${new Date(first).getUTCFullYear()} to ${new Date(last).getUTCFullYear()}`;
    const histogram = page.getByRole('img', { name, exact: true });
    await expect(histogram).toBeVisible();
    const box = await histogram.boundingBox();
    expect(box?.width).toBeGreaterThan(200);

    // Home, then ArrowRight: each press lands on the next distinct start after the last.
    const time = slider(page);
    await time.focus();
    await time.press('Home');
    await expect(time).toHaveAttribute('aria-valuetext', dayInWords(first));
    let t = first;
    for (let i = 0; i < 3; i++) {
      const expected = nextStart(t);
      expect(expected).not.toBeNull();
      await time.press('ArrowRight');
      await expect(time).toHaveAttribute('aria-valuetext', dayInWords(expected!));
      t = expected!;
      expect(await sliderDay(page)).toBe(Math.floor(t / DAY) * DAY);
    }

    // The kind counts ("n of total shown") at three times, against a count over the file.
    const kinds = page.getByRole('list', { name: 'Kinds' });
    const readCounts = async () => {
      const names = await kinds.getByRole('button', { name: /of [\d,]+ shown/ }).evaluateAll((buttons) => buttons.map((b) => b.querySelector('.visually-hidden')?.textContent ?? b.textContent ?? ''));
      return names.map((text) => {
        // The row's spoken words (", 187 of 597 shown"), not its visible "187/597".
        const m = /(\d+) of (\d+) shown/.exec(text.replace(/(\d)[\u00a0\u202f,](\d{3})/g, '$1$2'));
        if (!m) throw new Error(`no count in "${text}"`);
        return { shown: Number(m[1]), total: Number(m[2]) };
      });
    };
    // Rows compared as a set of (shown, total) pairs: the labels are the registry's words, the file has ids.
    const order = (a: { shown: number; total: number }, b: { shown: number; total: number }) => a.total - b.total || a.shown - b.shown;
    const byTotal = (t: number) => {
      const shown = shownAt(t);
      return [...totals].map(([kind, total]) => ({ shown: shown.get(kind) ?? 0, total })).sort(order);
    };
    const seen: number[] = [];
    for (const months of [0, 6, 30]) {
      const at = addMonths(t, months);
      if (months > 0) for (let m = 0; m < months; m++) await time.press('PageUp');
      await expect(time).toHaveAttribute('aria-valuetext', dayInWords(at));
      await expect.poll(async () => (await readCounts()).sort(order), { timeout: 30_000 }).toEqual(byTotal(at));
      seen.push(byTotal(at).reduce((n, c) => n + c.shown, 0));
      t = at;
    }
    // The counts did change with the time.
    expect(new Set(seen).size).toBe(3);
  });

  test('ArrowRight moves within a frame of main-thread work (printed, not asserted)', async ({ page }) => {
    const time = slider(page);
    await time.focus();
    await time.press('Home');
    const ms = await page.evaluate(async () => {
      const app = document.querySelector('sortie-app')!;
      const timeline = app.shadowRoot!.querySelector('sortie-timeline')!;
      const track = timeline.shadowRoot!.querySelector('[role="slider"]')!;
      const samples: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        track.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
        await app.updateComplete;
        await timeline.updateComplete;
        samples.push(performance.now() - t0);
      }
      return samples.sort((a, b) => a - b)[5]!;
    });
    test.info().annotations.push({ type: 'ArrowRight, key to rendered (median ms)', description: ms.toFixed(1) });
    console.log(`ArrowRight at ${SCALE_COUNT} events, key to rendered timeline and app (median of 10): ${ms.toFixed(1)} ms`);
  });
});
