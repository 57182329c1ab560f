/**
 * The explorer's layouts and themes: a phone's first screen (map, the whole time slider and
 * Play without scrolling), the "Playback settings" menu, the details as a sheet over the map,
 * a stacked tablet portrait, the layout following the element's own width, and the dark
 * theme in the panels and on the basemap.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, sharedTest, test, useSharedPage } from './helpers';
import { explorerSnapshot, hasFocus, listItem, mapIdle, playbackOptions, resetExplorer, slider, type ExplorerSnapshot } from './explorer-helpers';

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map of events' });
const playButton = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });
const settingsButton = (page: Page) => page.getByRole('button', { name: 'Playback settings' });
const settingsMenu = (page: Page) => page.getByRole('dialog', { name: 'Playback settings' });
const KHAN_SHAYKHUN = 'Chemical attack on Khan Shaykhun';

async function box(page: Page, locator: ReturnType<Page['locator']>) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator.toString()} has no box`);
  return { ...b, bottom: b.y + b.height, right: b.x + b.width };
}

/** WCAG relative luminance of a CSS rgb()/rgba() or #rrggbb colour (alpha ignored). */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  const parts = hex
    ? [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16))
    : (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  if (parts.length !== 3) throw new Error(`not a colour: ${colour}`);
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};

/** The basemap's sea and land colours as the map's style has them now. */
async function basemapColours(page: Page): Promise<{ sea: string; land: string }> {
  return page.evaluate(() => {
    const map = document.querySelector('sortie-app')?.mapView?.map;
    if (!map) throw new Error('the map is not there');
    const css = (v: unknown) => String(v);
    return { sea: css(map.getPaintProperty('basemap-sea', 'background-color')), land: css(map.getPaintProperty('basemap-land', 'fill-color')) };
  });
}

/** Mean relative luminance of what the map canvas shows (from a screenshot of the map region). */
async function mapBrightness(page: Page): Promise<number> {
  await mapIdle(page);
  const png = await mapRegion(page).screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0)) / 255;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

async function setTheme(page: Page, theme: 'light' | 'dark' | 'auto'): Promise<void> {
  await page.evaluate(async (t) => {
    const app = document.querySelector('sortie-app');
    if (!app) throw new Error('no <sortie-app>');
    app.theme = t;
    await app.updateComplete;
  }, theme);
}

// The phone tests start from the explorer opened at 8 April 2017 and share one loaded page
// (each load costs seconds of CPU-rendered WebGL), put back as it loaded before each test.
test.describe('phone (375×667)', () => {
  let start: ExplorerSnapshot;
  const shared = useSharedPage(async (page) => {
    await openApp(page, '?t=2017-04-08');
    await mapIdle(page);
    start = await explorerSnapshot(page);
  }, { viewport: { width: 375, height: 667 } });
  sharedTest.beforeEach(() => resetExplorer(shared.page, start));

  sharedTest('the map, the whole time slider and Play are on the first screen, without scrolling', async () => {
    const page = shared.page;
    const map = await box(page, mapRegion(page));
    const time = await box(page, slider(page));
    const play = await box(page, playButton(page));
    expect(map.height, 'the map stays usefully tall').toBeGreaterThanOrEqual(300);
    expect(map.y).toBeGreaterThanOrEqual(0);
    for (const [name, b] of [['map', map], ['time slider', time], ['Play', play]] as const) {
      expect(b.bottom, `${name} ends within the first screen`).toBeLessThanOrEqual(667);
      expect(b.right, `${name} fits the width`).toBeLessThanOrEqual(375);
    }
    expect(time.y, 'the slider is under the map').toBeGreaterThanOrEqual(map.bottom - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(375);
  });

  sharedTest('speed, skip, loop and mode wait in a "Playback settings" menu: focus goes in, Escape and a press outside close it', async () => {
    const page = shared.page;
    await expect(page.getByRole('checkbox', { name: 'Loop' }), 'the options are not on the first screen').toBeHidden();
    const button = settingsButton(page);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    const menu = settingsMenu(page);
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const speed = menu.getByRole('combobox', { name: 'Speed' });
    for (const control of [
      speed,
      menu.getByRole('checkbox', { name: 'Skip empty stretches' }),
      menu.getByRole('checkbox', { name: 'Loop' }),
      menu.getByRole('radio', { name: 'All so far' }),
      menu.getByRole('radio', { name: 'Recent only' }),
    ]) await expect(control).toBeVisible();
    expect(await hasFocus(speed), 'focus moves into the menu').toBe(true);
    // The controls inside work as they did inline.
    await menu.getByRole('checkbox', { name: 'Loop' }).check();
    await menu.getByRole('radio', { name: 'Recent only' }).check();
    await expect(menu.getByRole('combobox', { name: 'Window length' })).toBeVisible();
    await expect(menu.getByRole('checkbox', { name: 'Loop' })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    expect(await hasFocus(button), 'Escape puts focus back on the button').toBe(true);
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await button.click();
    await expect(menu.getByRole('checkbox', { name: 'Loop' }), 'the menu shows the state kept in the store').toBeChecked();
    await page.getByRole('heading', { name: 'Sortie', level: 1 }).click();
    await expect(menu, 'a press outside closes it').toBeHidden();

    // The helper the other specs use finds the options behind the menu.
    const options = await playbackOptions(page);
    await expect(options.getByRole('radio', { name: 'Recent only' })).toBeChecked();
  });

  sharedTest('an event’s details open as a sheet over the lower map, with the slider and Play still in view; Close and Escape shut it', async () => {
    const page = shared.page;
    await listItem(page, KHAN_SHAYKHUN).click();
    const details = page.getByRole('region', { name: KHAN_SHAYKHUN });
    await expect(details).toBeVisible();
    await expect(details.getByRole('heading', { name: KHAN_SHAYKHUN })).toBeInViewport();
    const map = await box(page, mapRegion(page));
    // The sheet is the details element, which scrolls the region inside it.
    const sheet = await details.evaluate((el) => {
      const r = (el.getRootNode() as ShadowRoot).host.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom, right: r.right };
    });
    expect(sheet.y, 'the sheet starts inside the map').toBeGreaterThan(map.y + 40);
    expect(sheet.y).toBeLessThan(map.bottom);
    expect(Math.abs(sheet.bottom - map.bottom), 'the sheet ends where the map ends').toBeLessThanOrEqual(2);
    expect(sheet.width).toBeGreaterThanOrEqual(map.width - 2);
    await expect(slider(page)).toBeInViewport();
    await expect(playButton(page)).toBeInViewport();
    expect((await box(page, slider(page))).y, 'the slider is not under the sheet').toBeGreaterThanOrEqual(sheet.bottom - 1);

    await details.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toHaveCount(0);

    await listItem(page, KHAN_SHAYKHUN).click();
    await expect(details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
  });

  // Last on the shared page: it switches the theme, which the reset does not put back.
  sharedTest.describe('dark theme', () => {
    sharedTest('the settings menu and the details sheet have no contrast violations in dark', async () => {
      sharedTest.setTimeout(180_000); // axe runs twice on a CPU-rendered page
      const page = shared.page;
      await setTheme(page, 'dark');
      const contrastProblems = async () => {
        const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        return violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
      };
      await settingsButton(page).click();
      await expect(settingsMenu(page)).toBeVisible();
      expect(await contrastProblems()).toEqual([]);
      await page.keyboard.press('Escape');
      await listItem(page, KHAN_SHAYKHUN).click();
      await expect(page.getByRole('region', { name: KHAN_SHAYKHUN })).toBeVisible();
      expect(await contrastProblems()).toEqual([]);
    });
  });
});

test.describe('tablet portrait (768×1024)', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('stacks: the map takes the full width, the slider under it, the panels below', async ({ page }) => {
    await openApp(page);
    const map = await box(page, mapRegion(page));
    const time = await box(page, slider(page));
    expect(map.width, 'the map is (nearly) full width').toBeGreaterThanOrEqual(760);
    expect(map.height).toBeGreaterThanOrEqual(500);
    expect(time.y).toBeGreaterThanOrEqual(map.bottom - 1);
    expect(time.bottom, 'the whole slider is on the first screen').toBeLessThanOrEqual(1024);
    const list = page.getByRole('list', { name: 'Events', exact: true });
    expect((await list.boundingBox())!.y).toBeGreaterThan(time.y);
    await list.scrollIntoViewIfNeeded();
    await expect(list).toBeInViewport();
  });
});

test('the layout follows the element’s own width: a 400 px wide explorer on a wide screen has the phone layout', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('checkbox', { name: 'Loop' }), 'inline on a wide element').toBeVisible();
  await expect(settingsButton(page)).toBeHidden();
  await page.evaluate(() => {
    const app = document.querySelector('sortie-app');
    if (app) app.style.width = '400px';
  });
  await expect(settingsButton(page)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Loop' })).toBeHidden();
  const map = await box(page, mapRegion(page));
  const time = await box(page, slider(page));
  expect(map.width).toBeLessThanOrEqual(400);
  expect(time.y, 'stacked: the slider under the map').toBeGreaterThanOrEqual(map.bottom - 1);
});

test.describe('dark theme', () => {
  test('darkens the basemap (style and rendered pixels) and the panels, switching in place, with no contrast violations', async ({ page }) => {
    test.setTimeout(180_000); // axe runs twice on a CPU-rendered page
    await openApp(page, '?t=2017-04-08');
    const light = await basemapColours(page);
    expect(luminance(light.land)).toBeGreaterThan(0.6);
    const lightPixels = await mapBrightness(page);
    const layersBefore = await page.evaluate(() => document.querySelector('sortie-app')?.mapView?.map?.getStyle().layers.length);

    await setTheme(page, 'dark');
    const dark = await basemapColours(page);
    expect(luminance(dark.sea), `sea ${dark.sea}`).toBeLessThan(0.05);
    expect(luminance(dark.land), `land ${dark.land}`).toBeLessThan(0.05);
    const darkPixels = await mapBrightness(page);
    expect(darkPixels, 'the rendered map is dark').toBeLessThan(0.15);
    expect(lightPixels, 'and was light before').toBeGreaterThan(0.5);
    // Switched in place: the event layers are still there, nothing was reloaded.
    expect(await page.evaluate(() => document.querySelector('sortie-app')?.mapView?.map?.getStyle().layers.length)).toBe(layersBefore);

    const panelBackground = await page.getByRole('region', { name: 'Events and filters' }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(panelBackground), `panel ${panelBackground}`).toBeLessThan(0.05);

    // The map's credits: light text on a dark plate.
    const credits = page.getByText('Natural Earth (public domain)');
    const [text, plate] = await credits.evaluate((el) => {
      const plateOf = (node: Element | null): string => {
        for (let n = node; n; n = n.parentElement) {
          const bg = getComputedStyle(n).backgroundColor;
          if (bg !== 'rgba(0, 0, 0, 0)') return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      return [getComputedStyle(el).color, plateOf(el)];
    });
    expect(contrast(text, plate), `credits ${text} on ${plate}`).toBeGreaterThanOrEqual(4.5);

    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`))).toEqual([]);
    await listItem(page, KHAN_SHAYKHUN).click();
    await expect(page.getByRole('region', { name: KHAN_SHAYKHUN })).toBeVisible();
    const withDetails = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(withDetails.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);

    await setTheme(page, 'light');
    expect(await basemapColours(page)).toEqual(light);
  });


  test.describe('with theme auto', () => {
    test.use({ colorScheme: 'dark' });

    test('follows the reader’s system setting, and its changes, on the basemap and the panels', async ({ page }) => {
      await openApp(page);
      await setTheme(page, 'auto');
      expect(luminance((await basemapColours(page)).land)).toBeLessThan(0.05);
      const panel = page.getByRole('region', { name: 'Events and filters' });
      expect(luminance(await panel.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeLessThan(0.05);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(async () => luminance((await basemapColours(page)).land)).toBeGreaterThan(0.6);
      expect(luminance(await panel.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeGreaterThan(0.9);
    });
  });
});
