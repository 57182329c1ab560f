/**
 * The element's contract (issue 7): a live `time` property, `status="failed"` with a reason
 * and Try again for every way the data can fail, `src` removal, many maps on one page
 * (WebGL contexts), the height bound, embed.html's own-site basemap and its notices for
 * unknown or bad parameters, and the explorer's `theme` parameter. Host pages are served
 * by page.route (see embed-helpers.ts).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { SortieMap } from '../src/components/sortie-map/sortie-map';
import { drawnPixels, expect, innerState, scrollTo, servePage, test, waitReady } from './embed-helpers';

const appOrigin = (baseURL: string | undefined) => new URL(baseURL ?? 'http://localhost:4173').origin;
const isoDay = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));
const SAMPLE = readFileSync(resolve(import.meta.dirname, 'fixtures/events.sample.geojson'), 'utf8');

/** Serves a page with the library and this body on the app's origin. */
async function openHost(page: Page, baseURL: string | undefined, body: string, path = '/e2e-hosts/contract.html'): Promise<void> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/sortie-map.js"></script></head><body><h1>Host</h1>${body}</body></html>`;
  await page.goto(await servePage(page, path, appOrigin(baseURL), html));
}

const elTime = (map: Locator) => map.evaluate((el: SortieMap) => el.time);
const shownDay = async (map: Locator) => isoDay((await innerState(map)).time);

// Every test opens its own page, so they run on both workers (this file is among the longest).
test.describe.configure({ mode: 'parallel' });

test.describe('the time property', () => {
  test('reads the day shown after setTime, a scrub, playback and a story step; the attribute keeps the first value', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openHost(page, baseURL, '<sortie-map id="m" loading="eager" controls="minimal" time="2016-08-17"></sortie-map>');
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    expect(await elTime(map)).toBe('2016-08-17');

    await map.evaluate((el: SortieMap) => el.setTime('2017-04-07'));
    await expect.poll(() => elTime(map)).toBe('2017-04-07');
    await expect(map).toHaveAttribute('time', '2016-08-17');

    // A scrub with the keyboard: Home goes to the first day.
    const slider = map.getByRole('slider', { name: 'Time' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => elTime(map)).not.toBe('2017-04-07');
    expect(await elTime(map)).toBe(await shownDay(map));
    const afterScrub = await elTime(map);

    await map.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => elTime(map), { timeout: 30_000 }).not.toBe(afterScrub);
    await map.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await elTime(map)) === (await shownDay(map))).toBe(true);
    await expect(map).toHaveAttribute('time', '2016-08-17');

    // Setting the property to the first value again still moves the map back there.
    await map.evaluate((el: SortieMap) => { el.time = '2016-08-17'; });
    await expect.poll(() => shownDay(map)).toBe('2016-08-17');
    expect(await elTime(map)).toBe('2016-08-17');
  });

  test('follows a story step', async ({ page, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const steps = `<style>.step{margin:0 0 120vh}</style>
      <div style="position:sticky;top:0"><sortie-map id="m" controls="none" loading="eager" time="2015-06-30" height="300"></sortie-map></div>
      <div data-sortie-story="m" style="padding:60vh 0">
        <p class="step" id="s1" data-sortie-time="2015-07-31">One.</p>
        <p class="step" id="s2" data-sortie-time="2016-08-17">Two.</p>
      </div>`;
    await openHost(page, baseURL, steps);
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    await scrollTo(page.locator('#s2'));
    await expect.poll(() => elTime(map)).toBe('2016-08-17');
    await expect(map).toHaveAttribute('time', '2015-06-30');
  });
});

test.describe('status failed', () => {
  const cases: Array<[string, (route: import('@playwright/test').Route) => Promise<void>, RegExp]> = [
    ['404', (r) => r.fulfill({ status: 404, body: 'Not found' }), /server answered 404/],
    ['500', (r) => r.fulfill({ status: 500, body: 'Oops' }), /server answered 500/],
    ['not JSON', (r) => r.fulfill({ body: 'this is not JSON', contentType: 'application/json' }), /is not valid JSON/],
    ['JSON but not GeoJSON', (r) => r.fulfill({ json: { hello: 'world' } }), /not a GeoJSON FeatureCollection/],
  ];
  for (const [name, fulfil, message] of cases) {
    test(`${name}: the element says why, its status is failed, and Try again loads the data once it is there`, async ({ page, guard, baseURL }) => {
      guard.allowConsoleError(/404|500|could not be loaded|not valid JSON|not a GeoJSON/);
      let broken = true;
      await page.route('**/e2e-data/events.geojson', (route) => (broken ? fulfil(route) : route.fulfill({ body: SAMPLE, contentType: 'application/geo+json' })));
      await openHost(page, baseURL, '<sortie-map id="m" loading="eager" controls="none" src="/e2e-data/events.geojson"></sortie-map>');
      const map = page.locator('sortie-map#m');
      await expect(map).toHaveAttribute('status', 'failed', { timeout: 60_000 });
      expect(await map.evaluate((el: SortieMap) => el.status)).toBe('failed');
      const alert = map.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('events.geojson');
      broken = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await waitReady(map);
    });
  }

  test('no answer within 30 s: says so, and offers Try again', async ({ page, guard, baseURL }) => {
    guard.allowConsoleError(/did not arrive within 30 s/);
    // A paused clock: the page's timers move only when the test moves them.
    await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
    await page.clock.pauseAt(new Date('2026-01-01T00:00:01Z'));
    let hang = true;
    await page.route('**/e2e-data/slow.geojson', async (route) => {
      if (hang) return; // never answers
      await route.fulfill({ body: SAMPLE, contentType: 'application/geo+json' });
    });
    await openHost(page, baseURL, '<sortie-map id="m" loading="eager" controls="none" src="/e2e-data/slow.geojson"></sortie-map>');
    const map = page.locator('sortie-map#m');
    await expect(map).toHaveAttribute('status', 'starting', { timeout: 60_000 });
    await page.clock.fastForward('00:29');
    await expect(map).toHaveAttribute('status', 'starting');
    await page.clock.fastForward('00:02');
    await expect(map).toHaveAttribute('status', 'failed');
    const alert = map.getByRole('alert');
    await expect(alert).toContainText('did not arrive within 30 s');
    hang = false;
    await page.clock.resume();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitReady(map);
  });

  test('a server on another site that does not allow the page (CORS): names the server', async ({ page, guard, baseURL }) => {
    guard.allowConsoleError(/CORS|Access-Control-Allow-Origin|Failed to load resource|ERR_FAILED|did not allow/);
    // A real second server on loopback that answers without Access-Control-Allow-Origin
    // (page.route answers are not held to CORS, so they cannot stand in for it).
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/geo+json' });
      response.end(SAMPLE);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const other = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    guard.allowOrigin(other);
    try {
      await openHost(page, baseURL, `<sortie-map id="m" loading="eager" controls="none" src="${other}/no-cors.geojson"></sortie-map>`);
      const map = page.locator('sortie-map#m');
      await expect(map).toHaveAttribute('status', 'failed', { timeout: 60_000 });
      await expect(map.getByRole('alert')).toContainText(`the server at ${other} did not allow this page to load it (CORS)`);
      await expect(map.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});

test.describe('src', () => {
  test('removing src, or setting it to null, goes back to the bundled data', async ({ page, baseURL }) => {
    const sample = JSON.parse(SAMPLE) as { features: unknown[] };
    await page.route('**/e2e-data/sample.geojson', (route) => route.fulfill({ body: SAMPLE, contentType: 'application/geo+json' }));
    await openHost(page, baseURL, '<sortie-map id="m" loading="eager" controls="none" src="/e2e-data/sample.geojson"></sortie-map>');
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    const count = () => map.evaluate((el) => el.shadowRoot?.querySelector('sortie-app')?.events.length ?? -1);
    expect(await count()).toBe(sample.features.length);
    const bundledCount = async () => {
      await waitReady(map);
      return count();
    };

    await map.evaluate((el: SortieMap) => { el.src = null; });
    await expect.poll(bundledCount, { timeout: 60_000 }).not.toBe(sample.features.length);
    const bundled = await count();
    expect(bundled).toBeGreaterThan(sample.features.length);

    await map.evaluate((el) => el.setAttribute('src', '/e2e-data/sample.geojson'));
    await expect.poll(bundledCount, { timeout: 60_000 }).toBe(sample.features.length);
    await map.evaluate((el) => el.removeAttribute('src'));
    await expect.poll(bundledCount, { timeout: 60_000 }).toBe(bundled);
  });

  test('a malformed % escape is refused with a message naming the src', async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await openHost(page, baseURL, '<sortie-map id="m" loading="eager" controls="none" src="data%zz.geojson"></sortie-map>');
    const map = page.locator('sortie-map#m');
    await expect(map).toHaveAttribute('status', 'refused');
    await expect(map.getByRole('alert')).toContainText('"data%zz.geojson" has a malformed % escape');
    expect(requested.filter((u) => u.includes('%zz'))).toEqual([]);
  });
});

test.describe('many maps on one page', () => {
  /** For every element: status, whether its map holds a live WebGL context. */
  async function contexts(page: Page): Promise<Array<{ status: string; live: boolean }>> {
    return page.evaluate(() => [...document.querySelectorAll('sortie-map')].map((el) => {
      const canvas = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map?.getCanvas();
      const gl = canvas?.getContext('webgl2') ?? null;
      return { status: el.getAttribute('status') ?? '', live: Boolean(gl && !gl.isContextLost()) };
    }));
  }

  /** How many distinct colours the map inside an element draws now (0: no live map). */
  async function drawnColours(map: Locator): Promise<number> {
    return (await drawnPixels(map))?.colours ?? 0;
  }

  test('20 maps all draw as the reader scrolls through them, with few WebGL contexts alive at once', async ({ page, baseURL }) => {
    test.setTimeout(600_000);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/too many active webgl contexts|context lost/i.test(m.text())) warnings.push(m.text());
    });
    // Small maps in a narrow column: what is tested is the contexts, and each map frame costs
    // CPU here in proportion to its pixels.
    const maps = Array.from({ length: 20 }, (_, i) => `<h2>Map ${i + 1}</h2><sortie-map id="m${i}" controls="none" height="240"></sortie-map><p style="height:500px">Text.</p>`).join('');
    await openHost(page, baseURL, `<main style="max-width:360px">${maps}</main>`);
    let most = 0;
    for (let i = 0; i < 20; i++) {
      const map = page.locator(`sortie-map#m${i}`);
      await scrollTo(map);
      await waitReady(map);
      await expect.poll(() => drawnColours(map), { message: `map ${i + 1} draws`, timeout: 60_000 }).toBeGreaterThan(3);
      const now = await contexts(page);
      expect(now[i]?.live, `map ${i + 1} has a live context`).toBe(true);
      most = Math.max(most, now.filter((c) => c.live).length);
    }
    // Back to the top: the first maps get a context again and draw.
    for (const i of [0, 1]) {
      const map = page.locator(`sortie-map#m${i}`);
      await scrollTo(map);
      await expect.poll(() => drawnColours(map), { message: `map ${i + 1} draws again`, timeout: 60_000 }).toBeGreaterThan(3);
      await expect(map).toHaveAttribute('status', 'ready');
    }
    console.log(`most WebGL contexts alive at once: ${most} of 20 maps`);
    expect(most).toBeLessThanOrEqual(8);
    expect(warnings).toEqual([]);
  });
  test('a map whose WebGL context the browser takes away while in view gets a new one and draws again', async ({ page, baseURL }) => {
    await openHost(page, baseURL, '<sortie-map id="m" loading="eager" controls="none" height="360"></sortie-map>');
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    await expect.poll(() => drawnColours(map), { timeout: 60_000 }).toBeGreaterThan(3);
    // What Chromium does to the oldest map when a page has too many: the context is lost and not given back.
    const lost = await map.evaluate((el) => {
      const gl = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map?.getCanvas().getContext('webgl2');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
      return gl?.isContextLost() ?? false;
    });
    expect(lost, 'the context was taken away').toBe(true);
    await expect.poll(async () => (await contexts(page))[0]?.live, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => drawnColours(map), { timeout: 60_000 }).toBeGreaterThan(3);
    await expect(map).toHaveAttribute('status', 'ready');
  });
});

test.describe('height', () => {
  test('embed.html?height=99999999 renders, capped to 3 viewport heights, with a warning naming the value', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto('/embed.html?height=99999999&controls=none');
    const map = page.locator('sortie-map');
    await waitReady(map);
    const box = await map.boundingBox();
    const viewport = page.viewportSize()?.height ?? 0;
    expect(box?.height).toBeGreaterThan(viewport);
    expect(box?.height).toBeLessThanOrEqual(Math.min(4000, 3 * viewport));
    expect(warnings.some((w) => w.includes('99999999') && /capped/.test(w))).toBe(true);
  });
});

test.describe('embed.html parameters', () => {
  test('a basemap from another site is ignored with a notice naming the parameter; nothing is requested from it', async ({ page, guard }) => {
    await page.goto('/embed.html?controls=none&basemap=https%3A%2F%2Fevil.example%2Fstyle.json');
    const map = page.locator('sortie-map');
    await waitReady(map);
    const notice = map.getByRole('status', { name: 'Ignored URL parameter "basemap"' });
    await expect(notice).toContainText('https://evil.example/style.json');
    await expect(map).not.toHaveAttribute('basemap');
    expect(guard.offOrigin).toEqual([]);
  });

  test('unknown parameters and a bad theme or controls get the bad-parameter notice; pym.js parameters do not', async ({ page }) => {
    await page.goto('/embed.html?t=2017-04-07&colour=red&theme=purple&controls=some&childId=x&initialWidth=640&parentTitle=A&parentUrl=https%3A%2F%2Fnews.example%2F');
    const map = page.locator('sortie-map');
    await waitReady(map);
    const notice = map.getByRole('status', { name: 'Ignored 3 URL parameters' });
    await expect(notice).toContainText('Parameter "colour"');
    await expect(notice).toContainText('Parameter "theme": "purple" is not a theme');
    await expect(notice).toContainText('Parameter "controls": "some"');
    await expect(notice).not.toContainText('childId');
    await expect(notice).not.toContainText('initialWidth');
    expect(isoDay((await innerState(map)).time)).toBe('2017-04-07');
  });

  test('a bad theme attribute on the element gets the option notice', async ({ page, baseURL }) => {
    await openHost(page, baseURL, '<sortie-map id="m" loading="eager" controls="minimal" theme="night"></sortie-map>');
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    await expect(map.getByRole('status', { name: 'Ignored option "theme"' })).toContainText('"night" is not a theme');
  });
});

test.describe('the explorer’s URL', () => {
  test('takes theme=dark, keeps it in the URL, and reports unknown parameters and a bad theme', async ({ page }) => {
    await page.goto('/?theme=dark&colour=red&t=2017-04-07');
    await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
    await expect(page.locator('sortie-app')).toHaveAttribute('theme', 'dark');
    const notice = page.getByRole('status', { name: 'Ignored URL parameter "colour"' });
    await expect(notice).toContainText('there is no parameter "colour"');
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');

    await page.goto('/?theme=purple');
    await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
    await expect(page.getByRole('status', { name: 'Ignored URL parameter "theme"' })).toContainText('"purple" is not a theme');
    await expect(page.locator('sortie-app')).toHaveAttribute('theme', 'light');
  });
});
