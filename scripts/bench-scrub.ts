/**
 * `npm run bench`: how smoothly the map follows the time slider while it is dragged.
 *
 * Serves the built app (`npm run build` first), opens it in Chromium, and records the time
 * between animation frames (requestAnimationFrame deltas) in three phases of the same run:
 *
 *   1. idle       — nothing happens: the baseline this machine's renderer can do;
 *   2. camera pan — the map is dragged: MapLibre's own redraw cost, a second baseline;
 *   3. scrub      — the slider's playhead is dragged across the whole timeline, so every
 *                   frame changes the time, the visible events, their emphasis and the list.
 *
 * It prints the median and 95th-percentile frame time of each phase and the scrub/idle and
 * scrub/pan ratios. A ratio near 1 means scrubbing costs no more than the map redrawing
 * itself. WebGL runs on the CPU (SwiftShader) on CI machines, so compare ratios, not ms.
 *
 * Options: --url <page> (default: serve dist/ with vite preview), --steps <n> (default 120).
 */
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchBrowser, servePreview } from './lib/preview-browser';

const { values } = parseArgs({ options: { url: { type: 'string' }, steps: { type: 'string' } }, strict: true });
const steps = Number(values.steps ?? 120);
const PORT = 4191;

// Page scripts are strings: tsx compiles named functions with a `__name` helper that
// does not exist in the page.
const START_RECORDING = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_RECORDING = `(() => { window.__recording = false; return window.__frames.slice(1); })()`;
const NEXT_FRAME = `new Promise((resolve) => requestAnimationFrame(() => resolve(null)))`;

/** Starts recording frame deltas in the page; returns a function that stops and returns them. */
async function recordFrames(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(START_RECORDING);
  return () => page.evaluate(STOP_RECORDING) as Promise<number[]>;
}

function stats(frames: number[]) {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { frames: frames.length, median: at(0.5), p95: at(0.95) };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await page.evaluate(NEXT_FRAME);
  }
  await page.mouse.up();
}

async function main(): Promise<void> {
  const stop = values.url ? null : await servePreview(PORT, 'index.html');
  const url = values.url ?? `http://localhost:${PORT}/`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
    await page.waitForTimeout(1000);

    let stop = await recordFrames(page);
    await page.waitForTimeout(2000);
    const idle = stats(await stop());

    const map = await page.getByRole('region', { name: 'Map' }).boundingBox();
    if (!map) throw new Error('no map region on the page');
    stop = await recordFrames(page);
    await drag(page, { x: map.x + map.width * 0.3, y: map.y + map.height * 0.5 }, { x: map.x + map.width * 0.7, y: map.y + map.height * 0.55 });
    const pan = stats(await stop());

    const slider = await page.getByRole('slider', { name: 'Time' }).boundingBox();
    if (!slider) throw new Error('no slider named "Time" on the page');
    const y = slider.y + slider.height / 2;
    stop = await recordFrames(page);
    await drag(page, { x: slider.x + 2, y }, { x: slider.x + slider.width - 2, y });
    const scrub = stats(await stop());
    const valueText = await page.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuetext');

    const row = (name: string, s: ReturnType<typeof stats>) =>
      `${name.padEnd(12)} ${String(s.frames).padStart(6)} ${s.median.toFixed(1).padStart(9)} ${s.p95.toFixed(1).padStart(9)}`;
    console.log(`scrub benchmark, ${steps} pointer moves per drag, ${url}`);
    console.log(`${'phase'.padEnd(12)} ${'frames'.padStart(6)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)}`);
    console.log(row('idle', idle));
    console.log(row('camera pan', pan));
    console.log(row('scrub', scrub));
    console.log(`ratio scrub/idle (median): ${(scrub.median / idle.median).toFixed(2)}`);
    console.log(`ratio scrub/pan  (median): ${(scrub.median / pan.median).toFixed(2)}`);
    console.log(`slider ended at: ${valueText}`);
  } finally {
    await browser.close();
    stop?.();
  }
}

await main();
