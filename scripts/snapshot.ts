/**
 * Renders a static picture of any view of the map, for readers without JavaScript, RSS and
 * AMP pages, print and social cards. It opens the built iframe embed (embed.html) with the
 * options as URL parameters and `controls=none`, waits until the map has drawn the data
 * (`data-ready`), and saves the page:
 *
 *   npm run build
 *   npm run snapshot -- --time 2017-04-07 --kinds strike,chemical-attack \
 *     --view 36.7,35.2,6 --width 1200 --height 630 --out social-card.png
 *
 * Options: --time --from --to --kinds --actors --mode --view | --bbox --event --theme
 * --basemap (as embed.html's parameters), --width --height (pixels, default 960×600),
 * --scale (device pixel ratio, default 1), --out (default docs/sortie-map.png; a .jpg
 * name writes JPEG), --url (an embed.html to use instead of serving dist/).
 *
 * Without --url it serves dist/ with `vite preview` on a spare port and stops it after.
 * The browser is Debian's Chromium with the browser tests' flags (playwright.config.ts).
 * `docs/sortie-map.png`, the element's placeholder and the examples' <noscript> picture,
 * is this script's default output.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, reportProblems, ROOT, servePreview } from './lib/preview-browser';

const PREVIEW_PORT = 4175;
/** Options passed through to embed.html unchanged. */
const VIEW_OPTIONS = ['time', 'from', 'to', 'kinds', 'actors', 'mode', 'view', 'bbox', 'event', 'theme', 'basemap'] as const;

type ViewOption = (typeof VIEW_OPTIONS)[number];
const viewOptions = Object.fromEntries(VIEW_OPTIONS.map((name) => [name, { type: 'string' }])) as Record<ViewOption, { type: 'string' }>;

const { values: args } = parseArgs({
  options: {
    ...viewOptions,
    width: { type: 'string', default: '960' },
    height: { type: 'string', default: '600' },
    scale: { type: 'string', default: '1' },
    out: { type: 'string', default: 'docs/sortie-map.png' },
    url: { type: 'string' },
  },
});

function positiveNumber(name: string, value: string | undefined, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new Error(`--${name} must be a number between 1 and ${max}; got "${value}".`);
  return n;
}

/** embed.html's address for the options given. */
function embedUrl(base: string, width: number, height: number): string {
  const url = new URL(base);
  for (const name of VIEW_OPTIONS) {
    const value = args[name];
    if (typeof value === 'string') url.searchParams.set(name, value);
  }
  url.searchParams.set('controls', 'none');
  url.searchParams.set('height', String(height));
  url.searchParams.set('initialWidth', String(width));
  return url.href;
}

async function main(): Promise<void> {
  const width = positiveNumber('width', args.width, 4096);
  const height = positiveNumber('height', args.height, 4096);
  const scale = positiveNumber('scale', args.scale, 4);
  const out = resolve(ROOT, args.out);
  const type = /\.jpe?g$/i.test(out) ? 'jpeg' : 'png';

  const stop = args.url ? null : await servePreview(PREVIEW_PORT, 'embed.html');
  const base = args.url ?? `http://localhost:${PREVIEW_PORT}/embed.html`;
  try {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale, locale: 'en-GB', timezoneId: 'UTC' });
      reportProblems(page, new URL(base).origin);
      await page.goto(embedUrl(base, width, height));
      await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 90_000 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // A picture has no use for zoom buttons (MapLibre's own, documented control class).
      await page.evaluate(() => {
        const app = document.querySelector('sortie-map')?.shadowRoot?.querySelector('sortie-app');
        for (const control of app?.shadowRoot?.querySelectorAll<HTMLElement>('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out') ?? []) {
          (control.closest<HTMLElement>('.maplibregl-ctrl-group') ?? control).style.visibility = 'hidden';
        }
      });
      // MapLibre fades labels in over 300 ms after the data has drawn.
      await page.waitForTimeout(600);
      mkdirSync(dirname(out), { recursive: true });
      await page.screenshot({ path: out, type, ...(type === 'jpeg' ? { quality: 82 } : {}) });
      console.log(`saved ${out} (${width}×${height}${scale === 1 ? '' : ` at ${scale}×`})`);
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
