/**
 * Helpers for the explorer's browser tests (explorer.spec.ts): reading what the reader sees
 * (the time slider, the list named "Events") and what the map really drew, and comparing the
 * two against the dataset. The expected sets are worked out here from the raw dataset and the
 * EDTF dates, not read back from the app's store.
 */
import type { Locator, Page } from '@playwright/test';
import { parseInterval } from '../src/data/time';
import { expect, type RawFeature } from './helpers';

export const DAY = 86_400_000;

/** A dataset event as the tests need it: raw feature plus its closed [start, end] interval. */
export interface TestEvent {
  id: string;
  title: string;
  kind: string;
  actors: string[];
  start: number;
  end: number;
  feature: RawFeature;
}

/** The dataset as served (data/events.geojson through Vite), with intervals. */
export async function loadDataset(page: Page): Promise<TestEvent[]> {
  const features = await page.evaluate(async () => {
    const app = document.querySelector('sortie-app');
    if (!app) throw new Error('no <sortie-app>');
    const json = (await (await fetch(app.src)).json()) as { features: RawFeature[] };
    return json.features;
  });
  return features.map((feature) => {
    const p = feature.properties as RawFeature['properties'] & { title: string; date: string; actors: string[] };
    const { start, end } = parseInterval(p.date);
    return { id: p.id, title: p.title, kind: p.kind, actors: p.actors, start, end, feature };
  });
}

/** Ids of events visible at t in cumulative mode: every event that has started (start ≤ t). */
export function startedBy(events: TestEvent[], t: number): string[] {
  return events.filter((e) => e.start <= t).map((e) => e.id).sort();
}

export const byId = (events: TestEvent[], id: string): TestEvent => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in the dataset`);
  return e;
};

// ── the time slider ─────────────────────────────────────────────────────────────────────

export const slider = (page: Page): Locator => page.getByRole('slider', { name: 'Time' });

/** The slider's value as the UTC midnight of its day (aria-valuenow counts days since 1970). */
export async function sliderDay(page: Page): Promise<number> {
  return Number(await slider(page).getAttribute('aria-valuenow')) * DAY;
}

/** "Friday 7 April 2017": the same words the slider's aria-valuetext uses. */
export function dayInWords(t: number): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(t)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

export const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

// ── the event list ──────────────────────────────────────────────────────────────────────

export const eventList = (page: Page): Locator => page.getByRole('list', { name: 'Events', exact: true });

/**
 * Ids of the events the list named "Events" shows (sorted, or in list order), matched by title (titles are unique in the
 * dataset; the longest title an item starts with wins). An empty list has no list role at all.
 */
export async function listedIds(page: Page, events: TestEvent[], { sorted = true } = {}): Promise<string[]> {
  const list = eventList(page);
  if ((await list.count()) === 0) return [];
  const texts = await list.getByRole('listitem').allInnerTexts();
  const titles = [...events].sort((a, b) => b.title.length - a.title.length);
  return texts
    .map((text) => {
      const match = titles.find((e) => text.trim().startsWith(e.title));
      if (!match) throw new Error(`list item "${text}" matches no event title`);
      return match.id;
    })
    .sort(sorted ? undefined : () => 0);
}

/** The list button of one event, by its title. */
export function listItem(page: Page, title: string): Locator {
  return eventList(page).getByRole('button', { name: title });
}

// ── the map ─────────────────────────────────────────────────────────────────────────────

/**
 * Waits until the map has finished rendering what it was last told: forces one more frame
 * and waits for the `idle` after it (an already idle map would never fire `idle` again).
 */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    const idle = map.once('idle');
    map.triggerRepaint();
    await idle;
  });
}

/** Distinct event ids MapLibre has rendered anywhere on the canvas, in layers named sortie-events* (cluster badges count for their events). */
export async function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    const layers = map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('sortie-events'));
    // A cluster badge (sortie-events-cluster) stands for the events in its `ids`.
    const ids = map.queryRenderedFeatures({ layers }).flatMap((f) => (typeof f.properties.ids === 'string' ? f.properties.ids.split(' ') : [String(f.properties.id)]));
    return [...new Set(ids)].sort();
  });
}

export interface MapFrame {
  /** [west, south, east, north] of the visible map. */
  bounds: [number, number, number, number];
  /** The same box grown by `marginPx` on every side, for symbols and halos that reach in from outside. */
  outer: [number, number, number, number];
}

export async function mapFrame(page: Page, marginPx = 40): Promise<MapFrame> {
  return page.evaluate((margin) => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    const b = map.getBounds();
    const canvas = map.getCanvas();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    const nw = map.unproject([-margin, -margin]);
    const se = map.unproject([w + margin, h + margin]);
    return {
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number],
      outer: [nw.lng, se.lat, se.lng, nw.lat] as [number, number, number, number],
    };
  }, marginPx);
}

function positions(coordinates: unknown): Array<[number, number]> {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return [coordinates as [number, number]];
  return Array.isArray(coordinates) ? coordinates.flatMap(positions) : [];
}

const inside = ([x, y]: [number, number], [w, s, e, n]: [number, number, number, number]) => x >= w && x <= e && y >= s && y <= n;

function bboxOverlaps(points: Array<[number, number]>, [w, s, e, n]: [number, number, number, number]): boolean {
  if (!points.length) return false;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.min(...xs) <= e && Math.max(...xs) >= w && Math.min(...ys) <= n && Math.max(...ys) >= s;
}

/**
 * Checks that the map draws exactly the listed events that are in view:
 * - every listed event with a vertex inside the view is rendered;
 * - nothing is rendered that is not listed;
 * - a rendered event is in view or just outside it (its box overlaps the view grown by a margin:
 *   an area can cover the view with no vertex in it, a marker's halo reaches in from outside).
 * Retries while the map settles (appearance animations, eased camera moves).
 */
export async function expectMapMatchesList(page: Page, events: TestEvent[], listed?: string[]): Promise<string[]> {
  let rendered: string[] = [];
  await expect(async () => {
    await mapIdle(page);
    const shown = listed ?? (await listedIds(page, events));
    const frame = await mapFrame(page);
    rendered = await renderedIds(page);
    const byIdMap = new Map(events.map((e) => [e.id, e]));
    const mustDraw = shown.filter((id) => positions(byIdMap.get(id)?.feature.geometry.coordinates).some((p) => inside(p, frame.bounds)));
    const mayDraw = shown.filter((id) => bboxOverlaps(positions(byIdMap.get(id)?.feature.geometry.coordinates), frame.outer));
    expect(rendered.filter((id) => !shown.includes(id)), 'drawn on the map but not in the list').toEqual([]);
    expect(mustDraw.filter((id) => !rendered.includes(id)), 'in the list and in view but not drawn').toEqual([]);
    expect(rendered.filter((id) => !mayDraw.includes(id)), 'drawn although far outside the view').toEqual([]);
  }).toPass({ timeout: 20_000 });
  return rendered;
}

// ── focus ───────────────────────────────────────────────────────────────────────────────

/** Whether the element is the focused element, looking through shadow roots. */
export async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** Presses Tab until the locator has focus (at most `max` times); returns how many presses it took. */
export async function tabTo(page: Page, locator: Locator, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await hasFocus(locator)) return i;
  }
  throw new Error(`Tab did not reach ${locator.toString()} in ${max} presses`);
}

/** A short description of the focused element (through shadow roots), for messages. */
export async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'nothing';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 60) ?? '';
    return `${active.tagName.toLowerCase()}${active.getAttribute('role') ? `[role=${active.getAttribute('role')}]` : ''} "${name}"`;
  });
}

// ── playback settings ───────────────────────────────────────────────────────────────────

/**
 * Where speed, "Skip empty stretches", Loop and the mode are: inline on wide layouts, in the
 * "Playback settings" menu on phones and narrow embeds (opened here when it is closed).
 */
export async function playbackOptions(page: Page): Promise<Locator> {
  const button = page.getByRole('button', { name: 'Playback settings' });
  if (!(await button.isVisible())) return page.locator('sortie-app');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const menu = page.getByRole('dialog', { name: 'Playback settings' });
  await expect(menu).toBeVisible();
  return menu;
}

// ── a shared page, reset between tests ──────────────────────────────────────────────────

/** The explorer's store (sets as sorted lists) and camera, as a test can read and restore them. */
export interface ExplorerSnapshot {
  store: Record<string, unknown> & { kinds: string[] | null; actors: string[] | null };
  camera: { center: [number, number]; zoom: number };
}

/** The explorer's store and camera now: take it once the page has loaded, to go back to it with resetExplorer. */
export async function explorerSnapshot(page: Page): Promise<ExplorerSnapshot> {
  return page.evaluate(() => {
    const app = document.querySelector('sortie-app');
    const map = app?.mapView?.map;
    if (!app || !map) throw new Error('the explorer is not ready');
    // The store's view follows the camera (read from MapLibre here), so it is left out.
    const { kinds, actors, ...rest } = app.store.get();
    delete (rest as Partial<typeof rest>).view;
    const list = (v: Iterable<string> | null) => (v ? [...v].sort() : null);
    const { lng, lat } = map.getCenter();
    return { store: { ...rest, kinds: list(kinds), actors: list(actors) }, camera: { center: [lng, lat] as [number, number], zoom: map.getZoom() } };
  });
}

/**
 * Puts a shared explorer page back as it was when `snapshot` was taken, so the next test starts
 * from the page as it first loaded: playback stopped, nothing selected, no caption or picker,
 * the same time, filters, mode and playback options (the store), the same camera, focus on the
 * page. Checks that the store and camera really are back, and waits for the map to draw it.
 */
export async function resetExplorer(page: Page, snapshot: ExplorerSnapshot): Promise<void> {
  await page.keyboard.press('Escape');
  await page.evaluate(({ store, camera }) => {
    const app = document.querySelector('sortie-app');
    if (!app?.mapView) throw new Error('the explorer is not ready');
    const set = <T>(v: T[] | null) => (v ? new Set(v) : null);
    app.store.set({ ...(store as object), playing: false, kinds: set(store.kinds), actors: set(store.actors) } as Parameters<typeof app.store.set>[0]);
    app.captionAt(null);
    app.closePicker();
    app.mapView.setView(camera);
    (document.activeElement as HTMLElement | null)?.blur();
  }, snapshot);
  await expect.poll(async () => {
    const now = await explorerSnapshot(page);
    return { ...now, camera: { center: now.camera.center.map((x) => x.toFixed(6)), zoom: now.camera.zoom.toFixed(6) } };
  }).toEqual({ ...snapshot, camera: { center: snapshot.camera.center.map((x) => x.toFixed(6)), zoom: snapshot.camera.zoom.toFixed(6) } });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await mapIdle(page);
}
