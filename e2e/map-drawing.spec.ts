/**
 * What the map draws where (issue 7): a route strike at its target with an arrowhead, markers
 * that keep clear of place names, cluster badges counting only visible events, indicators
 * pointing to events off the map, and the selected event's title as a map label.
 *
 * What the map shows is read from MapLibre's rendered features and projected to the screen;
 * what it should show is worked out here from the dataset (positions, dates), not read back
 * from the app.
 */
import type { Page } from '@playwright/test';
import { byId, explorerSnapshot, listItem, loadDataset, mapIdle, resetExplorer, type ExplorerSnapshot, type TestEvent } from './explorer-helpers';
import { syntheticDataset } from '../scripts/lib/synthetic';
import { expect, openApp, sharedTest, test, useSharedPage } from './helpers';

const ROUTE_STRIKE = 'russian-bombers-strike-aleppo-from-iran-2016';
const SHAYRAT_STRIKE = 'shayrat-tomahawk-strike-2017';
const SHAYRAT_FLIGHTS = 'shayrat-flights-resume-2017';
const TEHRAN: [number, number] = [51.42151, 35.69439];
const MOSCOW: [number, number] = [37.61556, 55.75222];

type Point = { x: number; y: number };

async function open(page: Page, query = ''): Promise<TestEvent[]> {
  await openApp(page, query);
  await mapIdle(page);
  return loadDataset(page);
}

/** Screen position (px in the map canvas) of a [lng, lat]. */
async function project(page: Page, lngLat: [number, number]): Promise<Point> {
  return page.evaluate(([lng, lat]) => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    const p = map.project([lng!, lat!]);
    return { x: p.x, y: p.y };
  }, lngLat);
}

interface Rendered {
  layer: string;
  id: string | null;
  ids: string[];
  count: number | null;
  at: Point;
  properties: Record<string, unknown>;
}

/** Rendered point features of these layers, with their screen positions. */
async function rendered(page: Page, layers: string[]): Promise<Rendered[]> {
  return page.evaluate((layerIds) => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    return map.queryRenderedFeatures({ layers: layerIds.filter((l) => map.getLayer(l)) }).flatMap((f) => {
      if (f.geometry.type !== 'Point') return [];
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const p = map.project([lng, lat]);
      const props = f.properties as Record<string, unknown>;
      return [{
        layer: f.layer.id,
        id: typeof props.id === 'string' ? props.id : null,
        ids: typeof props.ids === 'string' ? props.ids.split(' ') : [],
        count: typeof props.point_count === 'number' ? props.point_count : null,
        at: { x: p.x, y: p.y },
        properties: props,
      }];
    });
  }, layers);
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Whether an event's geometry has a vertex at this position. */
function standsAt(event: TestEvent, [lng, lat]: [number, number]): boolean {
  const flat = (c: unknown): Array<[number, number]> =>
    Array.isArray(c) && typeof c[0] === 'number' ? [c as [number, number]] : Array.isArray(c) ? c.flatMap(flat) : [];
  return flat(event.feature.geometry.coordinates).some(([x, y]) => Math.abs(x - lng) < 1e-6 && Math.abs(y - lat) < 1e-6);
}

test.describe('a strike flown along a route', () => {
  test('is drawn at its target, with an arrowhead at the end of the route pointing into it', async ({ page }) => {
    // Strikes only, so the Aleppo marker is not folded into a badge with Aleppo's other events.
    const events = await open(page, '?t=2016-08-17&kinds=strike&view=42.5,35.5,5');
    const route = byId(events, ROUTE_STRIKE).feature.geometry.coordinates as Array<[number, number]>;
    const target = route.at(-1)!;
    const beforeTarget = route.at(-2)!;
    const middle = route[Math.floor(route.length / 2)]!;

    const markers = (await rendered(page, ['sortie-events-marker'])).filter((m) => m.id === ROUTE_STRIKE);
    expect(markers, 'one marker for the route strike').toHaveLength(1);
    const at = markers[0]!.at;
    const targetPx = await project(page, target);
    expect(distance(at, targetPx), 'marker at the target (Aleppo)').toBeLessThan(3);
    expect(distance(at, await project(page, middle)), 'not at the middle of the route').toBeGreaterThan(100);

    const arrows = (await rendered(page, ['sortie-events-arrow'])).filter((a) => a.id === ROUTE_STRIKE);
    expect(arrows, 'an arrowhead for the route').toHaveLength(1);
    expect(distance(arrows[0]!.at, targetPx), 'the arrowhead is anchored at the target').toBeLessThan(3);
    // It turns with the route's last segment as the map draws it (clockwise from up).
    const from = await project(page, beforeTarget);
    const expected = ((Math.atan2(targetPx.x - from.x, -(targetPx.y - from.y)) * 180) / Math.PI + 360) % 360;
    const bearing = Number(arrows[0]!.properties.bearing);
    const diff = Math.abs(((bearing - expected + 540) % 360) - 180);
    expect(diff, `arrow bearing ${bearing}° vs the last segment's ${expected.toFixed(1)}°`).toBeLessThan(2);
  });
});

test.describe('an event as it appears, with motion allowed', () => {
  // The rest of the suite runs under reduced motion (playwright.config.ts); this is the motion.
  test.use({ reducedMotion: 'no-preference' });

  interface Frame { progress: number; wholeRoute: boolean; pulse: unknown }

  /** Steps the slider to the next event and records, at every map render for 3 s, what was drawn. */
  async function stepAndRecord(page: Page): Promise<Frame[]> {
    await page.evaluate((id) => {
      const map = document.querySelector('sortie-app')?.mapView?.map;
      if (!map) throw new Error('the map is not there');
      const frames: Frame[] = [];
      (window as unknown as { frames_: Frame[] }).frames_ = frames;
      map.on('render', () => {
        frames.push({
          progress: map.queryRenderedFeatures({ layers: ['sortie-route-progress'] }).length,
          wholeRoute: map.queryRenderedFeatures({ layers: ['sortie-events-line'] }).some((f) => f.properties.id === id),
          pulse: map.getFeatureState({ source: 'sortie-events', id }).pulse,
        });
      });
    }, ROUTE_STRIKE);
    await page.getByRole('slider', { name: 'Time' }).press('ArrowRight');
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('aria-valuetext', 'Tuesday 16 August 2016');
    await page.waitForTimeout(3000);
    return page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
  }

  test('a route draws itself from its start and its target pulses; under reduced motion both appear whole at once', async ({ page }) => {
    await open(page, '?t=2016-08-15&kinds=strike&view=42.5,35.5,5');
    await page.getByRole('slider', { name: 'Time' }).focus();
    const frames = await stepAndRecord(page);
    expect(frames.some((f) => f.progress > 0 && !f.wholeRoute), 'a frame with the route part-drawn and the whole route hidden').toBe(true);
    expect(frames.some((f) => typeof f.pulse === 'number' && f.pulse > 0 && f.pulse < 1), 'a frame mid-pulse').toBe(true);
    expect(frames.at(-1), 'at the end: the whole route, nothing part-drawn, the pulse done').toEqual({ progress: 0, wholeRoute: true, pulse: 1 });

    await page.getByRole('slider', { name: 'Time' }).press('ArrowLeft');
    await expect(page.getByRole('slider', { name: 'Time' })).not.toHaveAttribute('aria-valuetext', 'Tuesday 16 August 2016');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = await stepAndRecord(page);
    expect(still.length, 'the map drew the step').toBeGreaterThan(0);
    expect(still.every((f) => f.progress === 0), 'nothing part-drawn').toBe(true);
    expect(still.some((f) => f.wholeRoute), 'the whole route at once').toBe(true);
    expect(still.some((f) => typeof f.pulse === 'number' && f.pulse < 1), 'no pulse').toBe(false);
  });
});

test.describe('markers that crowd', () => {
  test('a badge counts the visible events at a place, following the time and the filters', async ({ page }) => {
    test.setTimeout(180_000);
    // Tehran at the default (low) zoom: the badge counts the events there that have started.
    for (const [t, expected] of [['2017-04-08', 4], ['2020-07-31', 8]] as const) {
      const events = await open(page, `?t=${t}`);
      const atTehran = events.filter((e) => standsAt(e, TEHRAN) && e.start <= Date.parse(`${t}T23:59:59Z`));
      expect(atTehran, `events at Tehran by ${t}`).toHaveLength(expected);
      const tehran = await project(page, TEHRAN);
      const badges = (await rendered(page, ['sortie-events-cluster'])).filter((b) => distance(b.at, tehran) < 22);
      expect(badges, `one badge at Tehran on ${t}`).toHaveLength(1);
      expect(badges[0]!.count).toBe(expected);
      expect([...badges[0]!.ids].sort()).toEqual(atTehran.map((e) => e.id).sort());
    }

    // Shayrat close up: two events on 8 April 2017, one on 6 April; one when deployments are hidden.
    await open(page, '?t=2017-04-08&view=36.9,34.5,7');
    const shayratAt = async () => {
      await mapIdle(page);
      const events = await loadDataset(page);
      const [lng, lat] = byId(events, SHAYRAT_STRIKE).feature.geometry.coordinates as [number, number];
      const here = await project(page, [lng, lat]);
      const near = (await rendered(page, ['sortie-events-cluster', 'sortie-events-marker'])).filter((r) => distance(r.at, here) < 3);
      return near.map((r) => (r.count ? `badge ${r.count}: ${[...r.ids].sort().join(' ')}` : `marker ${r.id}`));
    };
    await expect.poll(shayratAt).toEqual([`badge 2: ${SHAYRAT_FLIGHTS} ${SHAYRAT_STRIKE}`]);
    await page.getByRole('list', { name: 'Kinds' }).getByRole('button', { name: /^Deployments\b/ }).click();
    await expect.poll(shayratAt).toEqual([`marker ${SHAYRAT_STRIKE}`]);
    await open(page, '?t=2017-04-06&view=36.9,34.5,7');
    await expect.poll(shayratAt).toEqual([`marker ${SHAYRAT_STRIKE}`]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 667 } });

    test('a tap on the crowded Syrian coast zooms in instead of listing unrelated events', async ({ page }) => {
      const events = await open(page);
      const latakia = byId(events, 'fighters-formed-in-latakia-2015').feature.geometry.coordinates as [number, number];
      const here = await project(page, latakia);
      const badges = (await rendered(page, ['sortie-events-cluster'])).filter((b) => b.ids.includes('fighters-formed-in-latakia-2015'));
      expect(badges, 'Latakia is in a badge at the default zoom').toHaveLength(1);
      const badge = badges[0]!;
      expect(distance(badge.at, here)).toBeLessThan(60);
      const zoomBefore = await page.evaluate(() => document.querySelector('sortie-app')!.mapView!.map!.getZoom());
      const canvas = await page.evaluate(() => {
        const r = document.querySelector('sortie-app')!.mapView!.map!.getCanvas().getBoundingClientRect();
        return { x: r.left, y: r.top };
      });
      await page.mouse.click(canvas.x + badge.at.x, canvas.y + badge.at.y);
      await expect.poll(() => page.evaluate(() => document.querySelector('sortie-app')!.mapView!.map!.getZoom()), { timeout: 20_000 })
        .toBeGreaterThan(zoomBefore + 0.5);
      await expect(page.getByRole('menu', { name: /events here/ })).toHaveCount(0);
    });
  });

});

test.describe('events off the map', () => {
  test('only events visible at the time are pointed to', async ({ page }) => {
    test.setTimeout(120_000);
    // 2010: only the 2003 invasion of Iraq has happened, nothing in Moscow. Mid-2015: the
    // Kremlin's S-300 decision (dated only "2015") has; the July meeting there has not.
    for (const t of ['2010-01-01', '2015-06-15']) {
      const events = await open(page, `?t=${t}`);
      const n = events.filter((e) => e.feature.geometry.type === 'Point' && standsAt(e, MOSCOW) && e.start <= Date.parse(`${t}T23:59:59Z`)).length;
      const north = page.getByRole('button', { name: /off the map to the north/ });
      if (n === 0) await expect(north).toHaveCount(0);
      else await expect(north).toHaveAccessibleName(`${n === 1 ? '1 event' : `${n} events`} off the map to the north: Moscow`);
      expect(n, `events at Moscow by ${t}`).toBe(t === '2010-01-01' ? 0 : 1);
    }
  });
});

test.describe('the selected event', () => {
  test('is named on the map by a label beside its marker', async ({ page }) => {
    test.setTimeout(120_000);
    const events = await open(page, '?t=2017-04-08');
    const labels = () => rendered(page, ['sortie-events-selected-label']);
    expect(await labels(), 'no label while nothing is selected').toEqual([]);

    const strike = byId(events, SHAYRAT_STRIKE);
    await listItem(page, strike.title).click();
    await expect.poll(async () => {
      await mapIdle(page);
      return (await labels()).map((l) => l.properties.title);
    }, { timeout: 20_000 }).toEqual([strike.title]);
    const label = (await labels())[0]!;
    const [lng, lat] = strike.feature.geometry.coordinates as [number, number];
    expect(distance(label.at, await project(page, [lng, lat])), 'anchored at the marker').toBeLessThan(3);

    // Another selection moves the label.
    const chemical = byId(events, 'khan-shaykhun-chemical-attack-2017');
    await listItem(page, chemical.title).click();
    await expect.poll(async () => {
      await mapIdle(page);
      return (await labels()).map((l) => l.properties.title);
    }, { timeout: 20_000 }).toEqual([chemical.title]);
  });
});

// Tests that start from the explorer as it opens share one loaded page (each load costs seconds
// of CPU-rendered WebGL), put back as it loaded (store and camera) before each test.
test.describe('from the explorer as it opens', () => {
  let events: TestEvent[] = [];
  let start: ExplorerSnapshot;
  const shared = useSharedPage(async (page) => {
    events = await open(page);
    start = await explorerSnapshot(page);
  });
  sharedTest.beforeEach(() => resetExplorer(shared.page, start));

  sharedTest.describe('markers and place names', () => {
    const NAMES = ['Syria', 'Damascus', 'Beirut', 'Baghdad', 'Tehran'];

    sharedTest('at the default view no marker or badge covers the names of Syria, Damascus, Beirut, Baghdad or Tehran', async () => {
      const page = shared.page;
      const labelLayers = ['basemap-country-labels', 'basemap-city-labels'];
      const shown = await page.evaluate((layers) => {
        const map = document.querySelector('sortie-app')?.mapView?.map;
        if (!map) throw new Error('the map is not there');
        return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.label)))];
      }, labelLayers);
      // The names still show: moved aside, not dropped.
      expect(shown).toEqual(expect.arrayContaining(NAMES));

      const marks = await rendered(page, ['sortie-events-marker', 'sortie-events-marker-selected', 'sortie-events-cluster']);
      expect(marks.length).toBeGreaterThan(5);
      // MapLibre's own hit test for symbols uses each label's collision box: any label whose box
      // meets the square around a marker as drawn (a 20 px icon scaled by about 1.06 at this
      // zoom, 1.4 for a country-level one) or a badge (radius 13, 15 or 17 px) is covered by it.
      const badgeRadius = (n: number) => (n >= 10 ? 17 : n >= 5 ? 15 : 13);
      const covered = await page.evaluate(({ boxes, layers }) => {
        const map = document.querySelector('sortie-app')?.mapView?.map;
        if (!map) throw new Error('the map is not there');
        return boxes.flatMap(({ x, y, r, what }) => map
          .queryRenderedFeatures([[x - r, y - r], [x + r, y + r]], { layers })
          .map((f) => `${String(f.properties.label)} under ${what}`));
      }, {
        boxes: marks.map((m) => ({
          x: m.at.x,
          y: m.at.y,
          r: m.count ? badgeRadius(m.count) : m.properties.country ? 14 : 11,
          what: m.id ?? `badge of ${m.count}`,
        })),
        layers: labelLayers,
      });
      expect(covered.filter((text) => NAMES.some((name) => text.startsWith(`${name} under`)))).toEqual([]);
    });
  });

  sharedTest.describe('markers that crowd', () => {
    sharedTest('updating the badges sends the map only the markers that came and went (timings printed, not asserted)', async () => {
      const page = shared.page;
      const figures = await page.evaluate(async (ids) => {
        const view = document.querySelector('sortie-app')!.mapView!;
        const map = view.map!;
        // What the markers source is sent: whole data, or diffs (marker-layers.ts, markerDiff).
        const source = map.getSource('sortie-markers') as unknown as {
          setData: (...args: unknown[]) => unknown;
          updateData: (diff: { add?: unknown[]; remove?: unknown[] }) => unknown;
        };
        const sent = { setData: 0, diffs: [] as number[] };
        const { setData, updateData } = source;
        source.setData = (...args) => { sent.setData++; return setData.apply(source, args); };
        source.updateData = (diff) => { sent.diffs.push((diff.add?.length ?? 0) + (diff.remove?.length ?? 0)); return updateData.call(source, diff); };
        // From all events shown, so each step below is a change of a few events.
        view.setVisibleIds(new Set(ids));
        await new Promise((resolve) => {
          const settled = () => (map.isSourceLoaded('sortie-markers') ? resolve(null) : requestAnimationFrame(settled));
          requestAnimationFrame(settled);
        });
        sent.setData = 0;
        sent.diffs = [];
        const main: number[] = [];
        const total: number[] = [];
        for (let i = 0; i < 12; i++) {
          const set = new Set(i % 2 ? ids : ids.slice(0, ids.length - 1 - (i % 5)));
          const loaded = new Promise<void>((resolve) => {
            const on = (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
              if (e.sourceId === 'sortie-markers' && e.isSourceLoaded) { map.off('sourcedata', on); resolve(); }
            };
            map.on('sourcedata', on);
          });
          const t0 = performance.now();
          view.setVisibleIds(set);
          main.push(performance.now() - t0);
          await loaded;
          total.push(performance.now() - t0);
        }
        source.setData = setData;
        source.updateData = updateData;
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        return { main: median(main), total: median(total), sent };
      }, events.map((e) => e.id));
      console.log(`markers source update at ${events.length} events: main thread ${figures.main.toFixed(2)} ms, until the worker has re-clustered ${figures.total.toFixed(1)} ms (medians of 12)`);
      // Every step was a diff of the few markers whose events came or went (at most 5 events
      // a step here, some with two places), never all 40-odd visible markers again.
      expect(figures.sent.setData).toBe(0);
      expect(figures.sent.diffs).toHaveLength(12);
      expect(Math.max(...figures.sent.diffs)).toBeLessThanOrEqual(10);
      expect(Math.min(...figures.sent.diffs)).toBeGreaterThan(0);
    });
  });

  sharedTest.describe('what a time step sends the map', () => {
    sharedTest('with routes and areas, a step sets the time filter of the layers that draw shapes only', async () => {
      const { layers } = await filtersSetBySteps(shared.page, 6);
      expect(layers.length).toBeGreaterThan(0);
      const shapes = ['sortie-events-area-fill', 'sortie-events-area-outline', 'sortie-events-line-casing', 'sortie-events-line', 'sortie-route-progress', 'sortie-events-arrow'];
      expect(layers.filter((id) => !shapes.includes(id))).toEqual([]);
    });
  });

  sharedTest.describe('events off the map', () => {
    sharedTest('the two Moscow events are pointed to from the default view, and the pointer brings Moscow into view', async () => {
      const page = shared.page;
      const atMoscow = events.filter((e) => e.feature.geometry.type === 'Point' && standsAt(e, MOSCOW));
      expect(atMoscow).toHaveLength(2);
      const indicator = page.getByRole('button', { name: '2 events off the map to the north: Moscow' });
      await expect(indicator).toBeVisible();
      expect(await page.evaluate(([lng, lat]) => document.querySelector('sortie-app')!.mapView!.map!.getBounds().contains([lng!, lat!]), MOSCOW)).toBe(false);

      // Keyboard: focus it and press Enter.
      await indicator.focus();
      await expect(indicator).toBeFocused();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(([lng, lat]) => document.querySelector('sortie-app')!.mapView!.map!.getBounds().contains([lng!, lat!]), MOSCOW), { timeout: 20_000 })
        .toBe(true);
      await mapIdle(page);
      const drawn = (await rendered(page, ['sortie-events-marker', 'sortie-events-cluster'])).flatMap((r) => (r.id ? [r.id] : r.ids));
      expect(drawn).toEqual(expect.arrayContaining(atMoscow.map((e) => e.id)));
      // From there, the rest of the events are pointed to in turn.
      await expect(page.getByRole('button', { name: /^\d+ events off the map to the south:/ })).toBeVisible();
      await expect(page.getByRole('button', { name: /off the map to the north: Moscow/ })).toHaveCount(0);
    });
  });
});

/** The event layers whose filter each of `steps` time steps set, in order of first setting. */
async function filtersSetBySteps(page: Page, steps: number): Promise<{ layers: string[]; calls: number; visible: number[] }> {
  return page.evaluate(async (n) => {
    const app = document.querySelector('sortie-app')!;
    const map = app.mapView!.map!;
    const set: string[] = [];
    const { setFilter } = map;
    map.setFilter = ((id: string, ...rest: unknown[]) => {
      set.push(id);
      return (setFilter as (...a: unknown[]) => unknown).call(map, id, ...rest);
    }) as typeof map.setFilter;
    const starts = app.events.map((e) => e.start).sort((a, b) => a - b);
    const visible: number[] = [];
    for (let i = 1; i <= n; i++) {
      app.store.set({ time: starts[Math.floor((starts.length - 1) * i / n)]! });
      await app.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      visible.push(app.timeIndex.countVisible(app.store.get().time, 'cumulative', 0));
    }
    map.setFilter = setFilter;
    return { layers: [...new Set(set)], calls: set.length, visible };
  }, steps);
}

test.describe('what a time step sends the map', () => {
  test('with points only, a step sets no filter: the markers source alone follows the time', async ({ page, baseURL }) => {
    const body = JSON.stringify(syntheticDataset({ count: 600, seed: 3 }));
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    await page.route(`${origin}/e2e-data/points.geojson`, (route) => route.fulfill({ body, contentType: 'application/geo+json' }));
    await openApp(page, '?src=/e2e-data/points.geojson');
    const { calls, visible } = await filtersSetBySteps(page, 6);
    expect(calls).toBe(0);
    // The steps did move what is shown.
    expect(new Set(visible).size).toBe(6);
  });
});
