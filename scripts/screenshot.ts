/**
 * Saves a screenshot of the built explorer (docs/screenshot.png by default), the way a
 * reader first sees it: `npm run build`, then `npm run screenshot`.
 *
 *   tsx scripts/screenshot.ts [--url URL] [--out FILE] [--width 1280] [--height 800]
 *
 * Without --url it serves dist/ with `vite preview` on a spare port and stops it after.
 * The browser is Debian's Chromium with the same flags as the browser tests
 * (playwright.config.ts); the shot is taken once the page sets `data-ready`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import config from '../playwright.config';

const ROOT = resolve(import.meta.dirname, '..');
const PREVIEW_PORT = 4174;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
  },
});

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function startPreview(): ChildProcess {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (this script builds nothing).');
  }
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  return spawn(process.execPath, [vite, 'preview', '--port', String(PREVIEW_PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function main(): Promise<void> {
  const server = args.url ? null : startPreview();
  const url = args.url ?? `http://localhost:${PREVIEW_PORT}/`;
  const out = resolve(ROOT, args.out);
  const viewport = { width: Number(args.width), height: Number(args.height) };
  try {
    if (server) await waitForServer(url, 30_000);
    const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
    try {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC' });
      const origin = new URL(url).origin;
      page.on('request', (request) => {
        const target = request.url();
        if (/^https?:/.test(target) && new URL(target).origin !== origin) {
          console.warn(`warning: request to another origin: ${target}`);
        }
      });
      page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
      await page.goto(url);
      await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 90_000 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      mkdirSync(dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      console.log(`saved ${out} (${viewport.width}×${viewport.height})`);
    } finally {
      await browser.close();
    }
  } finally {
    server?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
