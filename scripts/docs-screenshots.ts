/**
 * Pictures of every page a person meets, at the three sizes the product is designed for,
 * light and dark, written to docs/shots/: `npm run build`, then `npm run screenshots`.
 *
 *   tsx scripts/docs-screenshots.ts [--only explorer|embed|article]
 *
 * The explorer and the iframe embed take `?theme=`; the demo article has no theme of its
 * own, so it is shot with the browser's colour scheme (its maps use `theme="auto"`
 * where set). The story is shot at three steps: the first, the Hamadan–Aleppo route and
 * the last, each scrolled to its trigger line and given time to settle.
 * This is a script, not a test: it compares nothing; a person looks at the pictures.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchBrowser, reportProblems, ROOT, servePreview } from './lib/preview-browser';

const PORT = 4175;
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 375, height: 667 },
] as const;
const THEMES = ['light', 'dark'] as const;
const STORY_STEPS = [
  { name: 'step-first', event: 'soleimani-putin-meeting-2015' },
  { name: 'step-route', event: 'russian-bombers-strike-aleppo-from-iran-2016' },
  { name: 'step-last', event: 'iran-syria-military-agreement-2020' },
] as const;

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const OUT = resolve(ROOT, 'docs/shots');

/** Waits until every map on the page has finished drawing (the element's status, the explorer's data-ready). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () => {
      const maps = [...document.querySelectorAll('sortie-map')];
      const inView = maps.filter((m) => {
        const r = m.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      return inView.every((m) => ['ready', 'failed', 'refused'].includes(m.getAttribute('status') ?? ''));
    },
    undefined,
    { timeout: 90_000 },
  );
  // Let MapLibre finish fading tiles and labels in after the data is ready.
  await page.waitForTimeout(1500);
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = resolve(OUT, `${name}.png`);
  await page.screenshot({ path });
  console.log(`saved docs/shots/${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const stop = await servePreview(PORT, 'index.html');
  const base = `http://localhost:${PORT}`;
  const browser = await launchBrowser();
  try {
    for (const size of SIZES) {
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: 1,
          locale: 'en-GB',
          timezoneId: 'UTC',
          colorScheme: theme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        reportProblems(page, base);
        const tag = `${size.name}-${theme}`;
        if (!args.only || args.only === 'explorer') {
          await page.goto(`${base}/?theme=${theme}`);
          await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 90_000 });
          await settled(page);
          await shoot(page, `explorer-${tag}`);
        }
        if (!args.only || args.only === 'embed') {
          await page.goto(`${base}/embed.html?theme=${theme}`);
          await page.locator('sortie-app, sortie-map').first().waitFor({ timeout: 90_000 });
          await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready') || !!document.querySelector('[status="ready"]'), undefined, { timeout: 90_000 }).catch(() => undefined);
          await settled(page);
          await shoot(page, `embed-${tag}`);
        }
        if (!args.only || args.only === 'article') {
          await page.goto(`${base}/examples/article.html`);
          for (const step of STORY_STEPS) {
            const el = page.locator(`[data-sortie-event="${step.event}"]`).first();
            await el.scrollIntoViewIfNeeded();
            await page.evaluate((id) => {
              const s = document.querySelector(`[data-sortie-event="${id}"]`);
              if (s) window.scrollBy(0, s.getBoundingClientRect().top - innerHeight * 0.5);
            }, step.event);
            await settled(page);
            await shoot(page, `article-${step.name}-${tag}`);
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
