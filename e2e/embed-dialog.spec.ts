/**
 * The Embed dialog (issue 7): height, controls and theme change the code and a live
 * preview; the code wraps; opened inside a `<sortie-map>` on a page in another folder, the
 * URLs it writes point at the Sortie host (fetched here: they must load) and keep the
 * element's `src` and `basemap`.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, serveHost, test, waitReady } from './embed-helpers';

const appOrigin = (baseURL: string | undefined) => new URL(baseURL ?? 'http://localhost:4173').origin;
const STYLE = { version: 8, sources: {}, layers: [{ id: 'paper', type: 'background', paint: { 'background-color': '#fbf7ee' } }] };

async function openExplorerDialog(page: Page): Promise<Locator> {
  await page.goto('/?t=2017-04-07');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
  await page.getByRole('button', { name: /^Embed/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Whether the focused element (through shadow roots) is inside an iframe, or is one. */
// Two maps at once (the explorer and the preview) under software WebGL: give them time.
test.describe.configure({ timeout: 180_000 });

const focusInFrame = (page: Page) => page.evaluate(() => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.localName === 'iframe';
});

test('height, controls and theme change both codes and the live preview', async ({ page }) => {
  const dialog = await openExplorerDialog(page);
  const iframeCode = dialog.getByRole('textbox', { name: 'Iframe code' });
  const elementCode = dialog.getByRole('textbox', { name: 'Element code' });
  const preview = dialog.getByTitle('Preview of the embed');
  await expect(preview).toHaveAttribute('src', /embed\.html\?t=2017-04-07/);
  expect(await iframeCode.inputValue()).not.toContain('controls=');

  await dialog.getByRole('spinbutton', { name: /^Height/ }).fill('480');
  await dialog.getByRole('radio', { name: 'Minimal' }).check();
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => iframeCode.inputValue()).toContain('controls=minimal&amp;theme=dark&amp;height=480');
  expect(await iframeCode.inputValue()).toContain('height:480px');
  expect(await elementCode.inputValue()).toContain('<sortie-map controls="minimal" theme="dark" height="480" time="2017-04-07"');
  // The preview follows (after a short pause) and shows the choices.
  await expect(preview).toHaveAttribute('src', /controls=minimal&theme=dark&height=480/);
  const inner = page.frameLocator('iframe[title="Preview of the embed"]').locator('sortie-map');
  await waitReady(inner);
  await expect(inner).toHaveAttribute('controls', 'minimal');
  await expect(inner).toHaveAttribute('theme', 'dark');

  // A height out of range is refused next to the field; the code keeps the last good one.
  await dialog.getByRole('spinbutton', { name: /^Height/ }).fill('50');
  await expect(dialog.getByText('Enter a height from 240 to 2000 pixels')).toBeVisible();
  expect(await iframeCode.inputValue()).toContain('height=480');

  // Long URLs wrap: the code never scrolls sideways.
  for (const box of [iframeCode, elementCode]) {
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }

  // Tabbing round the dialog never lands in the preview.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInFrame(page), `Tab ${i + 1} stays out of the preview`).toBe(false);
  }
});

test('an option changed while the preview is still loading its data reloads it with nothing logged', async ({ page }) => {
  // The preview's first dataset request is held, so the theme change navigates the preview
  // away mid-fetch: the browser cancels it, and that must not show up as an error.
  let held = false;
  await page.route(/\.geojson(\?|$)/, async (route) => {
    if (!held && route.request().frame() !== page.mainFrame()) {
      held = true;
      await new Promise((done) => setTimeout(done, 2500));
    }
    await route.continue().catch(() => { /* the preview that asked has gone */ });
  });
  const dialog = await openExplorerDialog(page);
  await expect.poll(() => held, { timeout: 30_000 }).toBe(true);
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  const preview = dialog.getByTitle('Preview of the embed');
  await expect(preview).toHaveAttribute('src', /theme=dark/);
  const inner = page.frameLocator('iframe[title="Preview of the embed"]').locator('sortie-map');
  await waitReady(inner);
  await expect(inner).toHaveAttribute('theme', 'dark');
  await expect(inner.getByRole('alert')).toHaveCount(0);
});

test('inside a <sortie-map> on a page in a subfolder, the code points at the Sortie host and keeps src and basemap', async ({ page, baseURL }) => {
  const origin = appOrigin(baseURL);
  const dataset = readFileSync(resolve(import.meta.dirname, '../data/events.geojson'), 'utf8');
  await page.route(`${origin}/e2e-hosts/my-events.geojson`, (route) => route.fulfill({ body: dataset, contentType: 'application/geo+json' }));
  await page.route(`${origin}/e2e-hosts/my-style.json`, (route) => route.fulfill({ json: STYLE }));
  await page.goto(await serveHost(page, 'dialog.html', origin));
  const map = page.locator('sortie-map#m');
  await waitReady(map);
  await map.getByRole('button', { name: /^Embed/ }).click();
  const dialog = map.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();

  const element = await dialog.getByRole('textbox', { name: 'Element code' }).inputValue();
  const iframe = await dialog.getByRole('textbox', { name: 'Iframe code' }).inputValue();
  const script = /<script type="module" src="([^"]+)"/.exec(element)?.[1];
  const picture = /<img src="([^"]+)"/.exec(element)?.[1];
  const embed = /<iframe src="([^"]+)"/.exec(iframe)?.[1]?.replace(/&amp;/g, '&');
  expect(script).toBe(`${origin}/sortie-map.js`);
  expect(picture).toBe(`${origin}/sortie-map.png`);
  expect(embed).toMatch(new RegExp(`^${origin}/embed\\.html\\?`));
  expect(element).toContain(`src="${origin}/e2e-hosts/my-events.geojson"`);
  expect(element).toContain(`basemap="${origin}/e2e-hosts/my-style.json"`);
  expect(new URL(embed!).searchParams.get('basemap')).toBe(`${origin}/e2e-hosts/my-style.json`);
  await expect(dialog).toContainText('embed.html does not load other datasets');

  // They load.
  for (const url of [script!, picture!, embed!]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
  }
});
