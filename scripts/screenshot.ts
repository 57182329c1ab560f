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
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, reportProblems, ROOT, servePreview } from './lib/preview-browser';

const PREVIEW_PORT = 4174;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
  },
});

async function main(): Promise<void> {
  const stop = args.url ? null : await servePreview(PREVIEW_PORT, 'index.html');
  const url = args.url ?? `http://localhost:${PREVIEW_PORT}/`;
  const out = resolve(ROOT, args.out);
  const viewport = { width: Number(args.width), height: Number(args.height) };
  try {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC' });
      reportProblems(page, new URL(url).origin);
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
    stop?.();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
