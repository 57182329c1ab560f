/**
 * Embedding the map in other pages (issue 4): the `<sortie-map>` element from
 * dist/sortie-map.js, story mode, the iframe embed (embed.html) with pym.js and without,
 * the Embed dialog's code, a strict Content-Security-Policy and datasets that fail. Host
 * pages are in e2e/hosts/ (see embed-helpers.ts for how they are served).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from '@playwright/test';
import type { SortieMap } from '../src/components/sortie-map/sortie-map';
import { RESIZE_SNIPPET } from '../src/components/sortie-embed-dialog/embed-code';
import {
  camera,
  expect,
  innerState,
  loadLibrary,
  otherOrigin,
  publicEvents,
  recordPublicEvents,
  scrollTo,
  serveHost,
  servePage,
  test,
  waitReady,
} from './embed-helpers';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Requests that mean the map itself is loading: the app chunk, MapLibre's worker, data, fonts. */
const HEAVY = /sortie-app-[^/]*\.js|maplibre-gl-worker|\.geojson|\.woff2/;
/** The policies README "Content-Security-Policy" documents: library on the page's own site, and on another. */
const STRICT_CSP = "default-src 'none'; script-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
const crossSiteCsp = (sortie: string) =>
  `default-src 'none'; script-src ${sortie}; worker-src blob: ${sortie}; img-src ${sortie} data:; font-src ${sortie}; connect-src ${sortie}; base-uri 'none'; form-action 'none'`;

/** Host pages on the app's own origin, so that `/sortie-map.js` is the built library. */
const appOrigin = (baseURL: string | undefined) => new URL(baseURL ?? 'http://localhost:4173').origin;

async function openTwoMaps(page: Page, origin: string): Promise<{ a: Locator; b: Locator; heavy: string[] }> {
  const heavy: string[] = [];
  page.on('request', (request) => {
    if (HEAVY.test(request.url())) heavy.push(request.url());
  });
  await page.goto(await serveHost(page, 'two-maps.html', origin));
  return { a: page.locator('sortie-map#a'), b: page.locator('sortie-map#b'), heavy };
}

const clearEvents = (page: Page) => page.evaluate(() => {
  (window as unknown as { __sortieEvents: unknown[] }).__sortieEvents.length = 0;
});

// Every test opens its own page, so they run on both workers (this file is among the longest).
test.describe.configure({ mode: 'parallel' });

test.describe('the <sortie-map> element', () => {
  test('loads nothing heavy until scrolled near, then only for the element that is near', async ({ page, baseURL }) => {
    const { a, b, heavy } = await openTwoMaps(page, appOrigin(baseURL));
    await loadLibrary(page);
    await expect(a).toHaveAttribute('status', 'idle');
    await expect(a.getByRole('img', { name: /^Static map/ })).toBeAttached();
    await page.waitForTimeout(1000);
    expect(heavy, 'requests before any map is near').toEqual([]);

    // A call made before the map is ready waits for it.
    await b.evaluate((el: SortieMap) => el.setTime('2016-01-15'));

    await scrollTo(a);
    await waitReady(a);
    await expect(b).toHaveAttribute('status', 'idle');
    const datasets = () => heavy.filter((url) => /events[^/]*\.geojson/.test(url)).length;
    expect(datasets(), 'only the near element fetched the events').toBe(1);

    await scrollTo(b);
    await waitReady(b);
    expect(datasets()).toBe(2);
    expect((await innerState(b)).time, 'the queued setTime ran once b was ready').toBe(day('2016-01-15'));
  });

  test('two elements are independent, and each public event reaches the page once, from its element', async ({ page, baseURL }) => {
    const { a, b } = await openTwoMaps(page, appOrigin(baseURL));
    await recordPublicEvents(page);
    await loadLibrary(page);
    await scrollTo(a);
    await waitReady(a);
    await scrollTo(b);
    await waitReady(b);
    const ready = (await publicEvents(page)).filter((e) => e.type === 'sortie-ready').map((e) => e.target);
    expect(ready).toEqual(['a', 'b']);

    const before = await innerState(b);
    await clearEvents(page);
    await a.evaluate((el: SortieMap) => {
      el.setTime('2015-10-01');
      el.select('shayrat-tomahawk-strike-2017');
    });
    await expect.poll(async () => (await innerState(a)).time).toBe(day('2015-10-01'));
    expect((await innerState(a)).selectedId).toBe('shayrat-tomahawk-strike-2017');
    expect(await innerState(b), 'b did not move').toEqual(before);
    const heard = await publicEvents(page);
    expect(heard.map((e) => `${e.type}@${e.target}`)).toEqual(['sortie-timechange@a', 'sortie-select@a']);
    expect(heard[0]?.detail).toMatchObject({ time: day('2015-10-01') });
    expect(heard[1]?.detail).toMatchObject({ id: 'shayrat-tomahawk-strike-2017' });

    // A reader's click inside the map goes through the app's children; the page still hears one of each.
    await clearEvents(page);
    await b.getByRole('button', { name: 'Next event' }).click();
    const events = await publicEvents(page);
    expect(events.map((e) => `${e.type}@${e.target}`).sort()).toEqual(['sortie-select@b', 'sortie-timechange@b']);
  });

  test('adds no globals, styles or attributes to the page, and loading the script twice is harmless', async ({ page, baseURL }) => {
    const { a } = await openTwoMaps(page, appOrigin(baseURL));
    const snapshot = () => page.evaluate(() => ({
      keys: Object.keys(window),
      head: document.head.innerHTML,
      htmlAttributes: [...document.documentElement.attributes].map((x) => `${x.name}=${x.value}`),
      bodyAttributes: [...document.body.attributes].map((x) => `${x.name}=${x.value}`),
      sheets: document.styleSheets.length + document.adoptedStyleSheets.length,
      href: location.href,
      history: history.length,
    }));
    const before = await snapshot();
    await loadLibrary(page);
    // A second copy from another URL is a second module instance: it must define nothing.
    await loadLibrary(page, '?copy=2');
    await scrollTo(a);
    await waitReady(a);
    const after = await snapshot();

    // Lit's shared version registries, which every Lit element on any page adds (they are how
    // Lit warns about duplicate copies); nothing of ours.
    const lit = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];
    expect(after.keys.filter((k) => !before.keys.includes(k) && !lit.includes(k)), 'new globals').toEqual([]);
    // addScriptTag's own <script> tags are the only change to <head>.
    expect(after.head.replace(/<script[^>]*sortie-map\.js[^>]*><\/script>/g, '')).toBe(before.head);
    expect(after.htmlAttributes).toEqual(before.htmlAttributes);
    expect(after.bodyAttributes).toEqual(before.bodyAttributes);
    expect(after.sheets).toBe(before.sheets);
    expect(after.href).toBe(before.href);
    expect(after.history).toBe(before.history);
    // The map's label font is registered on document.fonts (canvas text can use no other); README says so.
    const families = await page.evaluate(() => [...document.fonts].map((f) => f.family.replace(/"/g, '')));
    expect(new Set(families)).toEqual(new Set(['Noto Sans']));
  });

  test('a dataset that cannot be used shows a readable error inside the element; the page keeps working', async ({ page, guard, baseURL }) => {
    guard.allowConsoleError(/404|could not be loaded|not valid JSON|not a GeoJSON/);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.route('**/e2e-data/missing.geojson', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.route('**/e2e-data/not-json.geojson', (route) => route.fulfill({ body: 'this is not JSON', contentType: 'application/json' }));
    await page.route('**/e2e-data/not-geojson.json', (route) => route.fulfill({ json: { type: 'Feature', properties: {} } }));
    await page.goto(await serveHost(page, 'bad-src.html', appOrigin(baseURL)));

    const alertIn = (id: string) => page.locator(`sortie-map#${id}`).getByRole('alert');
    await expect(alertIn('missing')).toContainText('404');
    await expect(alertIn('not-json')).toContainText('is not valid JSON');
    await expect(alertIn('not-geojson')).toContainText('not a GeoJSON FeatureCollection');
    await expect(alertIn('refused')).toContainText('The "src" attribute must be an http(s) URL or a path on this site');
    await expect(page.locator('sortie-map#refused')).toHaveAttribute('status', 'refused');
    expect(requested.filter((url) => url.startsWith('javascript:'))).toEqual([]);

    await page.getByRole('button', { name: 'Clicked 0 times' }).click();
    await expect(page.getByRole('button', { name: 'Clicked 1 times' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maps whose data cannot be used');
  });

  /** Records CSP violations from the start of every page (the handler is not subject to the policy). */
  async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
    });
    return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  }

  /** How many event features the map inside the element has drawn. */
  async function drawnEvents(map: Locator): Promise<number> {
    // Events are a GeoJSON source, which MapLibre tiles in its worker: drawn means the worker ran.
    return map.evaluate((el) => {
      const m = el.shadowRoot?.querySelector('sortie-app')?.mapView?.map;
      if (!m) return 0;
      const layers = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('sortie-events-'));
      return m.queryRenderedFeatures({ layers }).length;
    });
  }

  test('works on a page under a strict Content-Security-Policy, with no violations', async ({ page, baseURL }) => {
    const violations = await watchViolations(page);
    await page.goto(await serveHost(page, 'csp.html', appOrigin(baseURL), { headers: { 'Content-Security-Policy': STRICT_CSP } }));
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    expect(await drawnEvents(map)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  test('works from another site’s page, loading the library across origins under that site’s policy', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['local-network-access']);
    const violations = await watchViolations(page);
    const sortie = appOrigin(baseURL);
    const url = await serveHost(page, 'csp.html', otherOrigin(baseURL), {
      headers: { 'Content-Security-Policy': crossSiteCsp(sortie) },
      replace: { 'src="/sortie-map.js"': `src="${sortie}/sortie-map.js"` },
    });
    await page.goto(url);
    const map = page.locator('sortie-map#m');
    await waitReady(map);
    expect(await drawnEvents(map)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});

test.describe('story mode', () => {
  async function openStory(page: Page, baseURL: string | undefined): Promise<Locator> {
    await page.goto(await serveHost(page, 'story.html', appOrigin(baseURL)));
    await recordPublicEvents(page);
    const map = page.locator('sortie-map#story-map');
    await waitReady(map);
    return map;
  }

  /** Times the map reported while the given step became active. */
  async function timesDuring(page: Page, step: Locator, until: number, map: Locator): Promise<number[]> {
    await clearEvents(page);
    await scrollTo(step);
    await expect.poll(async () => (await innerState(map)).time).toBe(until);
    return (await publicEvents(page)).filter((e) => e.type === 'sortie-timechange').map((e) => (e.detail as { time: number }).time);
  }

  test('steps set the time, selection, kinds and mode as they reach the middle of the window', async ({ page, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const map = await openStory(page, baseURL);
    const step = (n: number) => page.locator(`#step-${n}`);

    await scrollTo(step(1));
    await expect(step(1)).toHaveAttribute('aria-current', 'step');
    await expect(step(1)).toHaveClass(/sortie-step-active/);
    await expect.poll(async () => (await innerState(map)).time).toBe(day('2015-07-31'));
    expect((await innerState(map)).selectedId).toBe('soleimani-putin-meeting-2015');

    await scrollTo(step(2));
    await expect(step(2)).toHaveAttribute('aria-current', 'step');
    await expect(step(1)).not.toHaveAttribute('aria-current');
    await expect.poll(async () => (await innerState(map)).time).toBe(day('2016-08-17'));
    const second = await innerState(map);
    expect(second).toMatchObject({ kinds: ['deployment', 'strike'], mode: 'window', selectedId: null });

    // Scrolling back up makes the earlier step drive the map again.
    await scrollTo(step(1));
    await expect.poll(async () => (await innerState(map)).time).toBe(day('2015-07-31'));
    // Back to every kind: no kind filter (null) rather than a list of them all.
    expect(await innerState(map)).toMatchObject({ kinds: null, mode: 'cumulative', selectedId: 'soleimani-putin-meeting-2015' });
  });

  test('between steps the map runs through the days in between, unless the reader asks for reduced motion', async ({ page, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const map = await openStory(page, baseURL);
    const step = (n: number) => page.locator(`#step-${n}`);
    await scrollTo(step(1));
    await expect.poll(async () => (await innerState(map)).time).toBe(day('2015-07-31'));
    const between = (times: number[]) => times.filter((t) => t > day('2015-07-31') && t < day('2016-08-17'));

    const animated = await timesDuring(page, step(2), day('2016-08-17'), map);
    // Time-based: under software WebGL a frame can take a few hundred ms, so count any.
    expect(between(animated).length, 'intermediate times with motion allowed').toBeGreaterThan(0);

    await scrollTo(step(1));
    await expect.poll(async () => (await innerState(map)).time).toBe(day('2015-07-31'));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const jumped = await timesDuring(page, step(2), day('2016-08-17'), map);
    expect(between(jumped), 'no intermediate times under reduced motion').toEqual([]);
  });

  test('a step with a view moves the camera there', async ({ page, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const map = await openStory(page, baseURL);
    await scrollTo(page.locator('#step-3'));
    await expect.poll(async () => (await innerState(map)).time).toBe(day('2017-04-06'));
    await expect.poll(async () => {
      const { center: [lng, lat], zoom } = await camera(map);
      return [lng.toFixed(1), lat.toFixed(1), zoom.toFixed(1)];
    }).toEqual(['36.9', '34.5', '7.0']);
  });
});

test.describe('the iframe embed', () => {
  /** The height of an iframe element and of the page inside it. */
  async function heights(iframe: Locator): Promise<{ frame: number; content: number }> {
    const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame | null;
    if (!frame) throw new Error('the iframe has no document');
    return {
      frame: Math.round((await iframe.boundingBox())?.height ?? 0),
      content: await frame.evaluate(() => document.body.offsetHeight),
    };
  }

  async function expectFits(iframe: Locator): Promise<number> {
    await expect.poll(async () => {
      const h = await heights(iframe);
      return h.content > 0 && Math.abs(h.frame - h.content) <= 1;
    }, { timeout: 20_000 }).toBe(true);
    return (await heights(iframe)).frame;
  }

  test('takes its content’s height with pym.js and with the README lines, following the viewport and the content', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['local-network-access']);
    const embed = `${baseURL}/embed.html?controls=none&t=2017-04-07`;
    const url = await serveHost(page, 'embeds.html', otherOrigin(baseURL), { replace: { '<!--RESIZE_SNIPPET-->': RESIZE_SNIPPET } });
    await page.goto(`${url}?embed=${encodeURIComponent(embed)}`);
    const pymFrame = page.locator('#pym-container iframe');
    const plain = page.locator('iframe#plain');
    await expect(pymFrame).toHaveAttribute('src', /childId=pym-container/);

    const wide = [await expectFits(pymFrame), await expectFits(plain)];
    // Full width at 1280 px: a 16:10 box, taller than the 360 px floor for controls=none.
    for (const h of wide) expect(h).toBeGreaterThan(700);

    // A message that is not from the frame, or not pym's shape, changes nothing.
    await page.evaluate(() => {
      window.postMessage('pymxPYMxxPYMxheightxPYMx99', '*');
      window.postMessage({ height: 99 }, '*');
    });
    await page.waitForTimeout(300);
    expect((await heights(plain)).frame).toBe(wide[1]);

    await page.setViewportSize({ width: 375, height: 667 });
    const narrow = [await expectFits(pymFrame), await expectFits(plain)];
    for (const h of narrow) expect(h).toBeLessThan(500);

    for (const iframe of [pymFrame, plain]) {
      const frame = await (await iframe.elementHandle())?.contentFrame();
      await frame?.evaluate(() => document.querySelector('sortie-map')?.setAttribute('height', '520'));
      await expect.poll(async () => (await heights(iframe)).frame).toBe(520);
    }
  });
});

test.describe('the Embed dialog', () => {
  const VIEW = '?t=2017-04-07&kinds=strike,chemical-attack&mode=window&event=shayrat-tomahawk-strike-2017&view=36.9,34.5,6.5';

  async function openDialog(page: Page) {
    await page.goto(`/${VIEW}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
    const explorer = await page.evaluate(() => {
      const s = document.querySelector('sortie-app')!.getShareState();
      const list = (v: Iterable<string> | null | undefined) => (v ? [...v].sort() : null);
      return { time: s.time ?? null, selectedId: s.selectedId ?? null, kinds: list(s.kinds), actors: list(s.actors), mode: s.mode ?? null, view: s.view ?? null };
    });
    await page.getByRole('button', { name: /^Embed/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    return { explorer, dialog };
  }

  test('is an accessible dialog whose Copy buttons copy the code, and Escape closes it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { dialog } = await openDialog(page);
    const { violations } = await new AxeBuilder({ page }).include({ fromShadowDom: ['sortie-app', 'sortie-embed-dialog'] }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    const code = await dialog.getByRole('textbox', { name: 'Element code' }).inputValue();
    await dialog.getByRole('button', { name: 'Copy element code' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Element code copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('its element code, pasted into another page, shows the same view', async ({ page, baseURL }) => {
    const { explorer, dialog } = await openDialog(page);
    const code = await dialog.getByRole('textbox', { name: 'Element code' }).inputValue();
    expect(code).toContain('<sortie-map time="2017-04-07"');
    await page.goto(await servePage(page, '/e2e-paste/element.html', appOrigin(baseURL), `<!doctype html><title>Pasted</title><h1>Pasted</h1>\n${code}`));
    const map = page.locator('sortie-map');
    await scrollTo(map);
    await waitReady(map);
    const pasted = await innerState(map);
    expect({ ...pasted, view: null }).toEqual({ ...explorer, view: null });
    expect(pasted.view?.zoom).toBeCloseTo(explorer.view?.zoom ?? NaN, 1);
  });

  test('its iframe code, pasted into a page on another site, shows the same view', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['local-network-access']);
    const { explorer, dialog } = await openDialog(page);
    const code = await dialog.getByRole('textbox', { name: 'Iframe code' }).inputValue();
    await page.goto(await servePage(page, '/e2e-paste/iframe.html', otherOrigin(baseURL), `<!doctype html><title>Pasted</title><h1>Pasted</h1>\n${code}`));
    const frame = page.frameLocator('iframe[data-sortie-embed]');
    const map = frame.locator('sortie-map');
    await waitReady(map);
    const pasted = await innerState(map);
    expect({ ...pasted, view: null }).toEqual({ ...explorer, view: null });
    expect(pasted.view?.zoom).toBeCloseTo(explorer.view?.zoom ?? NaN, 1);
  });
});
