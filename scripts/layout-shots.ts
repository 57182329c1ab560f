/**
 * Screenshots of the built explorer at a phone, a tablet and a desktop size, light and dark,
 * with and without an event's details open: `npm run build`, then
 *
 *   tsx scripts/layout-shots.ts [--port 4187] [--out docs] [--prefix layout]
 *
 * writes docs/layout-<phone|tablet|desktop>-<light|dark>[-details|-settings].png (the settings
 * menu where the layout has one). Dark is set through the
 * element's `theme` property, the same way <sortie-map theme="dark"> reaches the explorer.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, reportProblems, ROOT, servePreview } from './lib/preview-browser';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '4187' },
    out: { type: 'string', default: 'docs' },
    prefix: { type: 'string', default: 'layout' },
    query: { type: 'string', default: '?t=2017-04-08' },
    /** Comma list of sizes (phone, tablet, desktop) and themes (light, dark) to take; default all. */
    only: { type: 'string', default: '' },
  },
});

const SIZES = [
  { name: 'phone', width: 375, height: 667 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

async function main(): Promise<void> {
  const port = Number(args.port);
  const stop = await servePreview(port, 'index.html');
  const origin = `http://localhost:${port}`;
  const out = resolve(ROOT, args.out);
  mkdirSync(out, { recursive: true });
  try {
    const browser = await launchBrowser();
    try {
      const only = args.only ? args.only.split(',') : null;
      const wanted = (name: string, group: readonly string[]) => !only || !only.some((o) => group.includes(o)) || only.includes(name);
      for (const size of SIZES.filter((s) => wanted(s.name, SIZES.map((x) => x.name)))) {
        for (const theme of (['light', 'dark'] as const).filter((t) => wanted(t, ['light', 'dark']))) {
          const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC' });
          reportProblems(page, origin);
          await page.goto(`${origin}/${args.query}`);
          await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 90_000 });
          await page.evaluate(async (t) => {
            const app = document.querySelector('sortie-app');
            if (!app) throw new Error('no <sortie-app>');
            app.theme = t;
            await app.updateComplete;
            await document.fonts.ready;
          }, theme);
          const idle = () => page.evaluate(async () => {
            const map = document.querySelector('sortie-app')?.mapView?.map;
            if (!map) return;
            const done = map.once('idle');
            map.triggerRepaint();
            await done;
          });
          await idle();
          const base = `${out}/${args.prefix}-${size.name}-${theme}`;
          await page.screenshot({ path: `${base}.png` });
          const settings = page.getByRole('button', { name: 'Playback settings' });
          if (await settings.isVisible()) {
            await settings.click();
            await page.getByRole('dialog', { name: 'Playback settings' }).waitFor();
            await page.screenshot({ path: `${base}-settings.png`, animations: 'disabled' });
            await page.keyboard.press('Escape');
          }
          await page.getByRole('list', { name: 'Events', exact: true }).getByRole('button', { name: 'Chemical attack on Khan Shaykhun' }).click();
          await page.getByRole('region', { name: 'Chemical attack on Khan Shaykhun' }).waitFor();
          await page.waitForTimeout(1200); // the camera eases to the event (800 ms)
          await idle();
          await page.screenshot({ path: `${base}-details.png` });
          console.log(`saved ${base}.png, ${base}-details.png`);
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
