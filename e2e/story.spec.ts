/**
 * Story mode however the reader gets to a step (issue 7): End, Page Down, an anchor link, a
 * reload half-way down, a resize; and the camera of a step on a desktop and on a phone.
 * The host page is e2e/hosts/story.html (trigger line at 80 % of the window). Which step
 * should be active is worked out here from where the steps are on screen; the map's time and
 * camera are read from the inner app and from MapLibre, not from the story.
 */
import type { Locator, Page } from '@playwright/test';
import { camera, expect, innerState, serveHost, test, waitReady } from './embed-helpers';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const appOrigin = (baseURL: string | undefined) => new URL(baseURL ?? 'http://localhost:4173').origin;
const ROUTE = 'russian-bombers-strike-aleppo-from-iran-2016';
const STEP_TIMES: Record<string, string> = {
  'step-1': '2015-07-31',
  'step-2': '2016-08-17',
  'step-3': '2017-04-06',
  'step-4': '2016-08-17',
  'step-5': '2020-07-08',
};
const LINE = 0.8;

async function openStory(page: Page, baseURL: string | undefined): Promise<Locator> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(await serveHost(page, 'story.html', appOrigin(baseURL)));
  const map = page.locator('sortie-map#story-map');
  await waitReady(map);
  return map;
}

/** The step the reader is at: the last whose top has passed the trigger line (or, at the very end, the last in view). */
async function stepUnderLine(page: Page): Promise<string | null> {
  return page.evaluate((line) => {
    const steps = [...document.querySelectorAll<HTMLElement>('[data-sortie-story] .step')];
    const h = innerHeight;
    const atEnd = Math.ceil(scrollY + h) >= document.documentElement.scrollHeight - 1;
    let id: string | null = null;
    for (const s of steps) {
      const top = s.getBoundingClientRect().top;
      if (top <= h * line || (atEnd && top < h)) id = s.id;
    }
    return id;
  }, LINE);
}

/** Ids of the steps marked aria-current="step". */
const activeSteps = (page: Page) =>
  page.locator('[data-sortie-story] [aria-current="step"]').evaluateAll((els) => els.map((e) => e.id));

/** The active step is `id`, alone, and the map shows its day. */
async function expectAt(page: Page, map: Locator, id: string): Promise<void> {
  await expect.poll(() => activeSteps(page)).toEqual([id]);
  await expect.poll(async () => (await innerState(map)).time).toBe(day(STEP_TIMES[id]!));
}

/**
 * Presses a scrolling key and waits until the page has scrolled and stopped. Under software
 * WebGL a busy page can take seconds to handle a key, and now and then Chromium drops a
 * keyboard scroll made while a long frame renders: press again if nothing moved after 4 s
 * (harmless: the expected step is worked out from wherever the page ends up).
 */
async function scrollKey(page: Page, key: string): Promise<void> {
  const before = await page.evaluate(() => scrollY);
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.keyboard.press(key);
    const moved = await expect.poll(() => page.evaluate(() => scrollY), { timeout: 4_000 }).not.toBe(before).then(() => true, () => false);
    if (moved) return scrollSettled(page);
  }
  throw new Error(`${key} did not scroll the page`);
}

/** Waits for the page's scroll position to stop changing. */
async function scrollSettled(page: Page): Promise<void> {
  let last = -1;
  await expect.poll(async () => {
    const y = await page.evaluate(() => scrollY);
    const same = y === last;
    last = y;
    return same;
  }, { intervals: [150] }).toBe(true);
}

/** Event ids MapLibre rendered inside the element, and where the route's two ends are on the canvas. */
async function mapView(map: Locator) {
  return map.evaluate(async (el, routeId) => {
    const app = el.shadowRoot?.querySelector('sortie-app');
    const m = app?.mapView?.map;
    if (!app || !m) throw new Error('no map inside the element');
    if (m.isMoving()) await m.once('moveend');
    const idle = m.once('idle');
    m.triggerRepaint();
    await idle;
    const layers = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('sortie-events'));
    const rendered = [...new Set(m.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)))];
    const json = (await (await fetch(app.src)).json()) as { features: Array<{ properties: { id: string }; geometry: { type: string; coordinates: unknown } }> };
    const route = json.features.find((f) => f.properties.id === routeId && f.geometry.type === 'LineString');
    if (!route) throw new Error(`no LineString for ${routeId} in the dataset`);
    const line = route.geometry.coordinates as Array<[number, number]>;
    const canvas = m.getCanvas();
    const ends = [line[0]!, line[line.length - 1]!].map((c) => {
      const p = m.project(c);
      return { x: p.x, y: p.y, inside: p.x >= 0 && p.y >= 0 && p.x <= canvas.clientWidth && p.y <= canvas.clientHeight };
    });
    return { rendered, ends, width: canvas.clientWidth, height: canvas.clientHeight };
  }, ROUTE);
}

for (const size of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
  test.describe(`story mode at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('End makes the last step active and sets the map to it', async ({ page, baseURL }) => {
      const map = await openStory(page, baseURL);
      await page.locator('h1').click();
      await scrollKey(page, 'End');
      await expectAt(page, map, 'step-5');
      // Back at the top (a script's jump), then End again from there.
      await page.evaluate(() => scrollTo(0, 0));
      await scrollSettled(page);
      const top = await stepUnderLine(page);
      // The first step is at the line at the top of a desktop page; above it the map keeps the last step.
      await expectAt(page, map, top ?? 'step-5');
      await page.locator('h1').click();
      await scrollKey(page, 'End');
      await expectAt(page, map, 'step-5');
    });

    test('Page Down through the story activates the step under the line at every stop', async ({ page, baseURL }) => {
      const map = await openStory(page, baseURL);
      await page.locator('h1').click();
      const seen = new Set<string>();
      for (let i = 0; i < 40; i++) {
        await scrollKey(page, 'PageDown');
        const expected = await stepUnderLine(page);
        if (expected) {
          await expectAt(page, map, expected);
          seen.add(expected);
        }
        if (expected === 'step-5') break;
      }
      // A page (7/8 of the window) is about the distance between steps: nearly every step had its turn.
      expect(seen.size).toBeGreaterThanOrEqual(4);
      expect(seen.has('step-5')).toBe(true);
    });

    test('an anchor link jumps to a step, which sets its time, selection and camera and draws its route', async ({ page, baseURL }) => {
      const map = await openStory(page, baseURL);
      // Start at the last step (2020), then jump back to the route with the link.
      await page.locator('h1').click();
      await scrollKey(page, 'End');
      await expectAt(page, map, 'step-5');
      await page.evaluate(() => scrollTo(0, 0));
      await scrollSettled(page);
      await page.getByRole('link', { name: 'To the bombers’ route' }).click();
      await scrollSettled(page);
      await expect(page).toHaveURL(/#step-4$/);
      await expectAt(page, map, 'step-4');
      expect((await innerState(map)).selectedId).toBe(ROUTE);
      // The step has no view: the route is fitted, both ends on the canvas, and it is drawn.
      await expect.poll(async () => {
        const v = await mapView(map);
        return { drawn: v.rendered.includes(ROUTE), ends: v.ends.map((e) => e.inside) };
      }, { timeout: 20_000 }).toEqual({ drawn: true, ends: [true, true] });
    });

    test('a reload half-way down restores the step at the restored scroll position', async ({ page, baseURL }) => {
      const map = await openStory(page, baseURL);
      await page.locator('#step-3').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await scrollSettled(page);
      await expectAt(page, map, 'step-3');
      const y = await page.evaluate(() => scrollY);
      await page.reload();
      await waitReady(map);
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
      await expectAt(page, map, 'step-3');
      await expect.poll(async () => {
        const { center: [lng, lat], zoom } = await camera(map);
        return [lng.toFixed(1), lat.toFixed(1), zoom.toFixed(1)];
      }).toEqual(['36.9', '34.5', '7.0']);
    });

    test('a resize that moves the trigger line past a step makes it active', async ({ page, baseURL }) => {
      const map = await openStory(page, baseURL);
      // Put step 2's top 60 px below the line: step 1 is active.
      const line = size.height * LINE;
      await page.locator('#step-2').evaluate((el, top) => scrollBy(0, el.getBoundingClientRect().top - top), line + 60);
      await scrollSettled(page);
      await expectAt(page, map, 'step-1');
      // A taller window lowers the line below step 2, without any scrolling.
      await page.setViewportSize({ width: size.width, height: size.height + 200 });
      expect(await stepUnderLine(page)).toBe('step-2');
      await expectAt(page, map, 'step-2');
    });
  });
}

test.describe('story camera', () => {
  test('a step with a bbox fits it; a step with only an event fits the event on a phone', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    const map = await openStory(page, baseURL);
    await page.locator('#step-5').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expectAt(page, map, 'step-5');
    // The box 35,29,50,38 is inside what the map shows.
    await expect.poll(() => map.evaluate((el) => {
      const b = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map?.getBounds();
      return b ? b.getWest() <= 35.01 && b.getSouth() <= 29.01 && b.getEast() >= 49.99 && b.getNorth() >= 37.99 : false;
    })).toBe(true);

    // Back up to the route step: it has no view, so the route is fitted with padding.
    await page.locator('#step-4').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expectAt(page, map, 'step-4');
    await expect.poll(async () => (await mapView(map)).ends.every((e) => e.inside), { timeout: 20_000 }).toBe(true);
  });
});
