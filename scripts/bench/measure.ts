/**
 * One page of bench-scale.ts measured in a browser of its own (so its memory is its own and
 * a page that never gets ready can be dropped with its browser): Sortie's explorer, or the
 * plain-MapLibre baseline page. Both are opened the same way and timed from navigation.
 */
import type { Browser, Page } from '@playwright/test';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser, reportProblems, ROOT } from '../lib/preview-browser';
import { BASELINE_PATH, routeBaseline } from './baseline-page';
import { measureMemory, type Memory } from './memory';
import { PAGE_HARNESS } from './page-harness';
import { stepTimes, summarize, type Summary } from './stats';

export const DATA_PATH = '/bench-data/';
export const VIEWPORT = { width: 1280, height: 800 };

export interface Limits {
  /** Scrub steps per phase (each waited out) and changes of continuous scrubbing. */
  steps: number;
  /** Longest a phase of steps or of continuous scrubbing may take, ms (it stops, with fewer samples). */
  budgetMs: number;
  /** Longest the page may take to get ready, ms. */
  readyMs: number;
}

export interface Opened {
  /** Whether the page got ready within the limit. */
  ready: boolean;
  /** Why it did not: "not ready within 600 s", "the page crashed after 31 s", or the error. */
  failure?: string;
  /** ms from navigation to `data-ready`. */
  readyMs: number;
  /** ms the dataset's bytes took (request to last byte), and when the last byte came. */
  bytesMs: number;
  bytesEndMs: number;
  memory: Memory;
  idle: Summary;
  /** Frames while the map redraws every frame with nothing changed (the drawing's own cost). */
  redraw: Summary;
}

export interface Stepped {
  /** Main-thread ms of a step: the change and, for Sortie, the Lit updates it causes. */
  main: Summary;
  /** ms of the next frame's animation callbacks (Sortie: the map's redraw). */
  render: Summary;
  /** ms until the change is drawn: the next frame (Sortie), the map's idle event (baselines). */
  settled: Summary;
  /** Frame times while the time changes every frame. */
  scrub: Summary;
}

export interface SortieResult extends Opened, Stepped {
  events: number;
  atScale: boolean;
}

export interface BaselineResult extends Opened {
  /** Features the circle layer drew on screen after loading, and after the last setFilter step. */
  drawn: number;
  drawnAfterSteps: number;
  setFilter: Stepped;
  setData: Stepped;
}

type Target = 'sortie' | 'setFilter' | 'setData';

/** Progress on stderr, so a slow size shows where it is (the tables go to stdout). */
const note = (what: string) => process.stderr.write(`  ${new Date().toISOString().slice(11, 19)} ${what}\n`);

/**
 * Puts `files` (name → bytes) in dist/bench-data/, where the preview server serves them on
 * the page's own origin, from disk as any static host would; answers a function that removes
 * them. (Served through Playwright's request interception instead, the baseline's 135.5 MB
 * GeoJSON at 10^6 events closed the browser 3 s after the page opened, so that size's
 * baselines were never measured.)
 */
export async function placeData(files: ReadonlyMap<string, Buffer>): Promise<() => Promise<void>> {
  const dir = resolve(ROOT, 'dist', DATA_PATH.slice(1));
  await mkdir(dir, { recursive: true });
  const names = [...files.keys()];
  for (const name of names) await writeFile(resolve(dir, name), files.get(name)!);
  return async () => {
    for (const name of names) await rm(resolve(dir, name), { force: true });
  };
}

/** Rejects after `ms`, so a page stuck in one long task cannot hold the run. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function open(browser: Browser, origin: string, path: string, limits: Limits): Promise<{ page: Page; opened: Omit<Opened, 'idle' | 'redraw' | 'memory'> }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  reportProblems(page, origin);
  await page.addInitScript({ content: PAGE_HARNESS });
  await routeBaseline(page);
  note(`opening ${path}`);
  const began = Date.now();
  let crashed = false;
  page.on('crash', () => { crashed = true; });
  try {
    await page.goto(`${origin}${path}`, { timeout: limits.readyMs });
    await page.waitForFunction('window.__bench && window.__bench.readyAt !== null', null, { timeout: limits.readyMs, polling: 250 });
  } catch (error) {
    // A page that runs out of memory crashes long before the limit: say which it was.
    const after = Math.round((Date.now() - began) / 1000);
    const failure = crashed ? `the page crashed after ${after} s`
      : error instanceof Error && error.name === 'TimeoutError' ? `not ready within ${limits.readyMs / 1000} s`
        : `no answer after ${after} s (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    note(failure);
    return { page, opened: { ready: false, failure, readyMs: NaN, bytesMs: NaN, bytesEndMs: NaN } };
  }
  const readyMs = (await page.evaluate('window.__bench.readyAt')) as number;
  const bytes = (await page.evaluate(`window.__bench.bytesTiming(${JSON.stringify(DATA_PATH)})`)) as { start: number; end: number } | null;
  return { page, opened: { ready: true, readyMs, bytesMs: bytes ? bytes.end - bytes.start : NaN, bytesEndMs: bytes?.end ?? NaN } };
}

/** Waits until the map has nothing left to load or animate (the camera fit after ready). */
async function quiet(page: Page, target: Target): Promise<void> {
  const map = target === 'sortie' ? 'document.querySelector("sortie-app").mapView.map' : 'window.__map';
  await within(page.evaluate(`new Promise((resolve) => { const m = ${map}; if (m.loaded() && !m.isMoving()) resolve(null); else m.once('idle', () => resolve(null)); })`), 120_000, 'map idle');
}

async function frames(page: Page, target: Target, count: number, redraw: boolean): Promise<Summary> {
  return summarize((await within(page.evaluate(`window.__bench.frames(${JSON.stringify(target)}, ${count}, ${redraw})`), 300_000, 'frames')) as number[]);
}

async function stepped(page: Page, target: Target, times: readonly number[], limits: Limits): Promise<Stepped> {
  note(`${target}: steps, then continuous scrubbing`);
  const args = `${JSON.stringify(target)}, ${JSON.stringify(times)}, ${limits.budgetMs}`;
  const steps = (await within(page.evaluate(`window.__bench.steps(${args})`), limits.budgetMs + 180_000, `${target} steps`)) as { main: number; render: number; settled: number }[];
  const scrub = (await within(page.evaluate(`window.__bench.scrub(${JSON.stringify(target)}, ${JSON.stringify(stepTimes(times[0] ?? 0, times.at(-1) ?? 0, limits.steps * 2))}, ${limits.budgetMs})`), limits.budgetMs + 180_000, `${target} scrub`)) as number[];
  return {
    main: summarize(steps.map((s) => s.main)),
    render: summarize(steps.map((s) => s.render)),
    settled: summarize(steps.map((s) => s.settled)),
    scrub: summarize(scrub),
  };
}

const NOTHING: Summary = { n: 0, median: NaN, p95: NaN };
const NO_STEPS: Stepped = { main: NOTHING, render: NOTHING, settled: NOTHING, scrub: NOTHING };
const NO_MEMORY: Memory = { heap: NaN, rss: NaN };

/** Sortie's explorer at `path` (`/?src=/bench-data/…`, or `/` for the bundled data). */
export async function measureSortie(origin: string, path: string, limits: Limits): Promise<SortieResult> {
  const browser = await launchBrowser();
  const result: SortieResult = { ready: false, readyMs: NaN, bytesMs: NaN, bytesEndMs: NaN, memory: NO_MEMORY, idle: NOTHING, redraw: NOTHING, ...NO_STEPS, events: 0, atScale: false };
  let phase = 'loading';
  try {
    const { page, opened } = await open(browser, origin, path, limits);
    Object.assign(result, opened);
    if (!opened.ready) return result;
    await quiet(page, 'sortie');
    const { events, atScale, domain } = (await page.evaluate('(() => { const a = document.querySelector("sortie-app"); return { events: a.events.length, atScale: a.mapView.atScale, domain: a.store.get().domain }; })()')) as { events: number; atScale: boolean; domain: [number, number] };
    Object.assign(result, { events, atScale, memory: await measureMemory(browser, page) });
    note('ready; idle and redraw frames');
    phase = 'the idle and redraw frames';
    result.idle = await frames(page, 'sortie', 60, false);
    result.redraw = await frames(page, 'sortie', 20, true);
    phase = 'the steps';
    Object.assign(result, await stepped(page, 'sortie', stepTimes(domain[0], domain[1], limits.steps), limits));
    return result;
  } catch (error) {
    return failed(result, phase, error);
  } finally {
    await browser.close();
  }
}

/** A page that stopped answering after it got ready: what was measured, and where it stopped. */
function failed<T extends Opened>(result: T, phase: string, error: unknown): T {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  result.failure = `${/crash/i.test(message) ? 'the page crashed' : 'the page stopped answering'} during ${phase} (${message})`;
  note(result.failure);
  return result;
}

/** The plain-MapLibre page on `data` (a file placeData put): load, then setFilter steps, then setData steps. */
export async function measureBaseline(origin: string, data: string, domain: readonly [number, number], limits: Limits): Promise<BaselineResult> {
  const browser = await launchBrowser();
  const result: BaselineResult = { ready: false, readyMs: NaN, bytesMs: NaN, bytesEndMs: NaN, memory: NO_MEMORY, idle: NOTHING, redraw: NOTHING, drawn: 0, drawnAfterSteps: 0, setFilter: NO_STEPS, setData: NO_STEPS };
  let phase = 'loading';
  try {
    const { page, opened } = await open(browser, origin, `${BASELINE_PATH}?data=${encodeURIComponent(DATA_PATH + data)}`, limits);
    Object.assign(result, opened);
    const drawnNow = () => page.evaluate('window.__map.queryRenderedFeatures({ layers: ["events"] }).length') as Promise<number>;
    if (!opened.ready) return result;
    await quiet(page, 'setFilter');
    result.drawn = await drawnNow();
    result.memory = await measureMemory(browser, page);
    note('ready; idle and redraw frames');
    phase = 'the idle and redraw frames';
    result.idle = await frames(page, 'setFilter', 60, false);
    result.redraw = await frames(page, 'setFilter', 20, true);
    const times = stepTimes(domain[0], domain[1], limits.steps);
    phase = 'the setFilter steps';
    result.setFilter = await stepped(page, 'setFilter', times, limits);
    // The continuous scrub ends at the last time: everything started, so everything drawn.
    await quiet(page, 'setFilter');
    result.drawnAfterSteps = await drawnNow();
    // Every event again for setData. Waited out by polling, not by the idle event: here
    // MapLibre 6 redraws without one (seen after a filter that changes nothing on screen).
    phase = 'the setData steps';
    await page.evaluate('window.__map.setFilter("events", null)');
    await within(page.evaluate('new Promise((resolve) => { let n = 0; const m = window.__map; const check = () => (++n >= 3 && m.loaded() && !m.isMoving() ? resolve(null) : requestAnimationFrame(check)); requestAnimationFrame(check); })'), 180_000, 'map loaded after clearing the filter');
    result.setData = await stepped(page, 'setData', times, limits);
    return result;
  } catch (error) {
    return failed(result, phase, error);
  } finally {
    await browser.close();
  }
}
