/**
 * Embeds behave like newsroom graphics (issue 7): scrolling the article never gets stuck on
 * a map, and an embedded map is never smaller than its own chrome. Hosts: a 600 px article
 * column (e2e/hosts/column.html, one `<sortie-map>` from its query, or an iframe of
 * embed.html), the story page (e2e/hosts/story.html), and the full-page explorer.
 */
import type { CDPSession, Frame, Locator, Page } from '@playwright/test';
import { camera, expect, innerState, serveHost, test, waitReady } from './embed-helpers';

const PHONE = { width: 375, height: 667 };
/** The map area's minimum in an embed (--sortie-map-area-min-height's default). */
const MAP_MIN = 320;

const appOrigin = (baseURL: string | undefined) => new URL(baseURL ?? 'http://localhost:4173').origin;

async function openColumn(page: Page, baseURL: string | undefined, query: string): Promise<Locator> {
  await page.goto(`${await serveHost(page, 'column.html', appOrigin(baseURL))}?loading=eager&${query}`);
  const map = page.locator('sortie-map#map');
  await waitReady(map);
  return map;
}

/** Counts, inside the map's page, wheel zooms MapLibre performs and gestures it turns away. */
async function watchGestures(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const app = el.localName === 'sortie-app' ? el : el.shadowRoot?.querySelector('sortie-app');
    const map = (app as HTMLElementTagNameMap['sortie-app'] | null | undefined)?.mapView?.map;
    if (!map) throw new Error('no map');
    const counts = { wheelZooms: 0, prevented: 0, drags: 0 };
    (el as unknown as { __gestures: typeof counts }).__gestures = counts;
    map.on('zoomstart', (e: { originalEvent?: Event }) => {
      if (e.originalEvent?.type === 'wheel') counts.wheelZooms++;
    });
    map.on('dragstart', () => counts.drags++);
    map.on('cooperativegestureprevented', () => counts.prevented++);
  });
}

const gestures = (target: Locator) =>
  target.evaluate((el) => (el as unknown as { __gestures: { wheelZooms: number; prevented: number; drags: number } }).__gestures);

/** The canvas of the map inside a `<sortie-map>` or `<sortie-app>`. */
const canvasOf = (root: Locator | Frame) => root.locator('canvas.maplibregl-canvas');

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Wheel ticks over a point; Ctrl held if asked. */
async function wheel(page: Page, at: { x: number; y: number }, ticks: number, ctrl = false): Promise<void> {
  await page.mouse.move(at.x, at.y);
  if (ctrl) await page.keyboard.down('Control');
  for (let i = 0; i < ticks; i++) await page.mouse.wheel(0, 100);
  if (ctrl) await page.keyboard.up('Control');
}

const pageScrollY = (page: Page) => page.evaluate(() => window.scrollY);

test.describe('scrolling the article never gets stuck on a map', () => {
  test('over a <sortie-map> in a column the wheel scrolls the page, and Ctrl + wheel zooms', async ({ page, baseURL }) => {
    const map = await openColumn(page, baseURL, 'controls=minimal');
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await watchGestures(map);
    const before = { y: await pageScrollY(page), zoom: (await camera(map)).zoom };

    await wheel(page, await centreOf(canvasOf(map)), 3);
    await expect.poll(() => pageScrollY(page)).toBeGreaterThan(before.y + 200);
    expect((await gestures(map)).prevented, 'MapLibre turned the wheel away (and showed its hint)').toBeGreaterThan(0);
    expect((await gestures(map)).wheelZooms).toBe(0);
    expect((await camera(map)).zoom).toBe(before.zoom);

    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const y = await pageScrollY(page);
    await wheel(page, await centreOf(canvasOf(map)), 2, true);
    await expect.poll(async () => (await camera(map)).zoom).toBeLessThan(before.zoom - 0.1);
    expect(await pageScrollY(page), 'Ctrl + wheel does not scroll the page').toBe(y);
  });

  test('the hint says how to zoom, in large type on a dark veil', async ({ page, baseURL }) => {
    const map = await openColumn(page, baseURL, 'controls=minimal&theme=dark');
    const hint = map.locator('.maplibregl-cooperative-gesture-screen');
    await expect(hint).toHaveText(/Ctrl \+ scroll to zoom the map/);
    const look = await hint.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, size: parseFloat(s.fontSize) };
    });
    // White text on a veil at least 60 % dark: over the lightest basemap it stays above 4.5:1.
    expect(look.color).toBe('rgb(255, 255, 255)');
    const alpha = Number(/rgba\(\d+, \d+, \d+, ([\d.]+)\)/.exec(look.background)?.[1] ?? 0);
    expect(alpha).toBeGreaterThanOrEqual(0.6);
    expect(look.size).toBeGreaterThanOrEqual(16);
  });

  test('over the story map the wheel scrolls the story, not the map', async ({ page, baseURL }) => {
    await page.goto(await serveHost(page, 'story.html', appOrigin(baseURL)));
    const map = page.locator('sortie-map#story-map');
    await waitReady(map);
    await watchGestures(map);
    const y = await pageScrollY(page);
    await wheel(page, await centreOf(canvasOf(map)), 5);
    await expect.poll(() => pageScrollY(page)).toBeGreaterThan(y + 300);
    const seen = await gestures(map);
    expect(seen.prevented).toBeGreaterThan(0);
    // The story itself moves the camera as steps arrive; the reader's wheel never zooms it.
    expect(seen.wheelZooms).toBe(0);
  });

  test('over embed.html in an iframe the wheel scrolls the article, and Ctrl + wheel zooms', async ({ page, baseURL }) => {
    await page.goto(`${await serveHost(page, 'column.html', appOrigin(baseURL))}?embed=${encodeURIComponent(`${baseURL}/embed.html?controls=minimal`)}`);
    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    const map = frame.locator('sortie-map');
    await waitReady(map);
    await iframe.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await watchGestures(map);
    const zoom = (await camera(map)).zoom;
    const y = await pageScrollY(page);

    await wheel(page, await centreOf(map.locator('canvas.maplibregl-canvas')), 3);
    await expect.poll(() => pageScrollY(page)).toBeGreaterThan(y + 200);
    expect((await gestures(map)).wheelZooms).toBe(0);
    expect((await camera(map)).zoom).toBe(zoom);

    await iframe.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await wheel(page, await centreOf(map.locator('canvas.maplibregl-canvas')), 2, true);
    await expect.poll(async () => (await camera(map)).zoom).toBeLessThan(zoom - 0.1);
  });

  test('the full-page explorer keeps normal wheel zoom', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
    const app = page.locator('sortie-app');
    const zoom = () => app.evaluate((el) => (el as HTMLElementTagNameMap['sortie-app']).mapView?.map?.getZoom() ?? NaN);
    const before = await zoom();
    await wheel(page, await centreOf(canvasOf(app)), 2);
    await expect.poll(zoom).toBeLessThan(before - 0.1);
    await expect(app.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(0);
  });
});

/** One finger, through the browser's real touch pipeline (so the page can scroll). */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  const steps = 12;
  const point = (i: number) => [{ x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(i) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('a vertical swipe on the time strip scrolls the page and leaves the time; a sideways drag scrubs', async ({ page, baseURL }) => {
    const map = await openColumn(page, baseURL, 'controls=minimal&time=2017-04-07');
    const slider = map.getByRole('slider', { name: 'Time' });
    await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const cdp = await page.context().newCDPSession(page);
    const time = (await innerState(map)).time;
    const y = await pageScrollY(page);

    await swipe(cdp, await centreOf(slider), 0, -220);
    await expect.poll(() => pageScrollY(page)).toBeGreaterThan(y + 100);
    expect((await innerState(map)).time, 'a vertical swipe does not move the time').toBe(time);

    await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const start = await centreOf(slider);
    await swipe(cdp, { x: start.x - 80, y: start.y }, 160, 0);
    await expect.poll(async () => (await innerState(map)).time).not.toBe(time);
  });

  test('a one-finger swipe on the map scrolls the page and does not pan the map', async ({ page, baseURL }) => {
    const map = await openColumn(page, baseURL, 'controls=minimal');
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await watchGestures(map);
    const cdp = await page.context().newCDPSession(page);
    const before = await camera(map);
    const y = await pageScrollY(page);
    await swipe(cdp, await centreOf(canvasOf(map)), 0, -200);
    await expect.poll(() => pageScrollY(page)).toBeGreaterThan(y + 100);
    expect((await gestures(map)).drags).toBe(0);
    expect((await camera(map)).center).toEqual(before.center);
  });

  test('the credits are one ⓘ button until opened, and stay reachable', async ({ page, baseURL }) => {
    const map = await openColumn(page, baseURL, 'controls=minimal');
    const credits = map.getByText(/Natural Earth/);
    const button = map.getByLabel('Map credits');
    await expect(button).toBeVisible();
    await expect(credits).toBeHidden();
    const box = await button.boundingBox();
    expect(box !== null && box.width <= 30 && box.height <= 30, 'a single small button').toBe(true);
    await button.click();
    await expect(credits).toBeVisible();
    await expect(map.getByText(/GeoNames/)).toBeVisible();
  });
});

test.describe('an embedded map is never smaller than its own chrome', () => {
  for (const width of [PHONE.width, 1280]) {
    for (const controls of ['full', 'minimal', 'none']) {
      test(`${controls} controls in a ${width === 1280 ? '600 px column' : '375 px phone'}: the map is at least ${MAP_MIN} px and the axis is whole`, async ({ page, baseURL }) => {
        await page.setViewportSize(width === 1280 ? { width: 1280, height: 800 } : PHONE);
        const map = await openColumn(page, baseURL, `controls=${controls}`);
        const canvas = await canvasOf(map).boundingBox();
        expect(canvas?.height ?? 0).toBeGreaterThanOrEqual(MAP_MIN - 1);
        if (controls === 'none') return;
        // Every year label of the slider's axis lies inside the element (nothing cut off).
        const element = await map.boundingBox();
        const labels = await map.locator('sortie-timeline').evaluate((el) =>
          [...(el.shadowRoot?.querySelectorAll('text.year') ?? [])].map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
        expect(labels.length).toBeGreaterThan(2);
        for (const label of labels) {
          expect(label.left).toBeGreaterThanOrEqual((element?.x ?? 0) - 0.5);
          expect(label.right).toBeLessThanOrEqual((element?.x ?? 0) + (element?.width ?? 0) + 0.5);
          expect(label.bottom).toBeLessThanOrEqual((element?.y ?? 0) + (element?.height ?? 0) + 0.5);
        }
      });
    }
  }

  test('the key is one line of chips, one per kind the map shows', async ({ page, baseURL }) => {
    const map = await openColumn(page, baseURL, 'controls=minimal&kinds=strike,chemical-attack');
    const chips = map.getByRole('list', { name: 'Event kinds' }).getByRole('listitem');
    await expect(chips).toHaveCount(2);
    await expect(chips.nth(0)).toContainText('Strike');
    await expect(chips.nth(1)).toContainText('Chemical attack');
    const tops = await chips.evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'one line').toBe(1);

    // How to read the symbols is one press away, and Escape folds it again.
    const key = map.getByRole('button', { name: 'Key' });
    await expect(key).toHaveAttribute('aria-expanded', 'false');
    await key.click();
    await expect(map.getByRole('list', { name: 'Reading the symbols' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(map.getByRole('list', { name: 'Reading the symbols' })).toBeHidden();
    await expect(key).toBeFocused();
  });

  test('all kinds on a phone still make one line, scrolling sideways', async ({ page, baseURL }) => {
    await page.setViewportSize(PHONE);
    const map = await openColumn(page, baseURL, 'controls=minimal');
    const list = map.getByRole('list', { name: 'Event kinds' });
    const chips = list.getByRole('listitem');
    expect(await chips.count()).toBeGreaterThan(4);
    const tops = await chips.evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'one line').toBe(1);
    const { scrollWidth, clientWidth } = await list.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
  });

  test('embed.html on a 375 × 667 phone shows the map, the slider and Play without scrolling', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/embed.html');
    const map = page.locator('sortie-map');
    await waitReady(map);
    const inView = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;
    };
    const canvas = await canvasOf(map).boundingBox();
    expect(canvas?.height ?? 0).toBeGreaterThanOrEqual(MAP_MIN - 1);
    expect(await inView(map.getByRole('slider', { name: 'Time' })), 'the slider').toBe(true);
    expect(await inView(map.getByRole('button', { name: 'Play', exact: true })), 'Play').toBe(true);
  });
});
