/**
 * Playback says what just happened (issue 7): the caption over the map, the skipped
 * 2004–2014 gap, Escape in the details giving focus back, the "Skip to timeline" link.
 * Driven by roles and names; the events expected in a caption are worked out from the
 * dataset, and time is measured from the app's public `sortie-timechange` events.
 */
import type { Page } from '@playwright/test';
import { formatDate } from '../src/data/time';
import {
  DAY, dayInWords, explorerSnapshot, hasFocus, listItem, loadDataset, mapIdle, resetExplorer, slider, sliderDay, utc,
  type ExplorerSnapshot, type TestEvent,
} from './explorer-helpers';
import { expect, openApp, sharedTest, test, useSharedPage } from './helpers';

const caption = (page: Page) => page.getByRole('group', { name: 'Just reached' });

async function open(page: Page, query = ''): Promise<TestEvent[]> {
  await openApp(page, query);
  await mapIdle(page);
  return loadDataset(page);
}

async function pressOnSlider(page: Page, key: string, words: string): Promise<void> {
  await slider(page).press(key);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', words);
}

/** Starts recording [page ms, map time] for every `sortie-timechange` of the app. */
async function recordTimes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: Array<[number, number]> = [];
    (window as unknown as { __times: typeof log }).__times = log;
    document.querySelector('sortie-app')?.addEventListener('sortie-timechange', (e) => {
      log.push([performance.now(), (e as CustomEvent<{ time: number }>).detail.time]);
    });
  });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __times: Array<[number, number]> }).__times);

/** The events whose start falls on the day of `t`, as the dataset has them. */
const startingOn = (events: TestEvent[], t: number) => events.filter((e) => e.start >= t && e.start < t + DAY);

// All these tests start from the explorer as it opens, so they share one loaded page (each load
// costs seconds of CPU-rendered WebGL), put back as it loaded before each test.
test.describe('from the explorer as it opens', () => {
  let events: TestEvent[] = [];
  let start: ExplorerSnapshot;
  // Playback as most readers see it, with motion (pulses, routes drawing, the caption rising).
  const shared = useSharedPage(async (page) => {
    events = await open(page);
    start = await explorerSnapshot(page);
  }, { reducedMotion: 'no-preference' });
  sharedTest.beforeEach(() => resetExplorer(shared.page, start));

  // First: "the first Tab stop" needs a page where nothing has had focus yet.
  sharedTest('the first Tab stop is a visible "Skip to timeline" button that moves focus to the Time slider', async () => {
    const page = shared.page;
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to timeline' });
    await expect.poll(() => hasFocus(skip)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.width > 0, 'visible on focus').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(slider(page))).toBe(true);
  });

  sharedTest('with "Skip empty stretches" on, playing from 2003 crosses to 2015 in well under a second', async () => {
    const page = shared.page;
    await expect(page.getByRole('checkbox', { name: 'Skip empty stretches' })).toBeChecked();
    await slider(page).focus();
    await pressOnSlider(page, 'Home', 'Wednesday 1 January 2003');
    await recordTimes(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => sliderDay(page), { timeout: 20_000, intervals: [100] }).toBeGreaterThanOrEqual(utc('2015-01-01'));
    await page.getByRole('button', { name: 'Pause' }).click();
    const times = await recorded(page);
    const left2003 = times.find(([, t]) => t > utc('2003-01-01'));
    const reached2015 = times.find(([, t]) => t >= utc('2015-01-01'));
    expect(left2003 && reached2015, 'the time left 1 January 2003 and reached 2015').toBeTruthy();
    const crossingMs = reached2015![0] - left2003![0];
    console.log(`2003 → 2015 crossing: ${Math.round(crossingMs)} ms of page time`);
    expect(crossingMs).toBeLessThan(1000);
  });

  sharedTest('playback captions each event reached; Details pauses, opens it, and Escape returns to the button', async () => {
    const page = shared.page;
    await slider(page).focus();
    await pressOnSlider(page, 'Home', 'Wednesday 1 January 2003');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // The first event after the 2003 one: 2015. The caption names what the map reached.
    await expect(caption(page)).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => sliderDay(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(utc('2015-01-01'));
    const details = caption(page).getByRole('button', { name: /^Details: / }).first();
    await expect(details).toBeVisible();
    const title = (await details.getAttribute('aria-label'))!.replace(/^Details: /, '');
    const event = events.find((e) => e.title === title);
    expect(event, `"${title}" is an event of the dataset`).toBeDefined();
    await expect(caption(page)).toContainText(formatDate(event!.feature.properties.date as string));

    // Details: playback stops and the details open with focus on their heading. Playback may
    // move the caption on between reading it and a click, so name the event from the button
    // actually pressed.
    await details.click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    const opened = (await page.locator('sortie-details h2').textContent())?.trim() ?? '';
    const pressed = caption(page).getByRole('button', { name: `Details: ${opened}`, exact: true });
    await expect(pressed, 'the details are those of a captioned event').toBeVisible();
    const region = page.getByRole('region', { name: opened });
    await expect(region).toBeVisible();
    await expect.poll(() => hasFocus(region.getByRole('heading', { name: opened }))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(region).toHaveCount(0);
    await expect.poll(() => hasFocus(pressed)).toBe(true);
  });

  // Before "Next event": a step leaves its sentence in the caption's live region, which shows
  // again after a pause (a fresh page has none; the reset cannot clear it).
  sharedTest('while playing, the event is announced once: by the event list, not again by the caption', async () => {
    const page = shared.page;
    await slider(page).focus();
    await pressOnSlider(page, 'Home', 'Wednesday 1 January 2003');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(caption(page)).toBeVisible({ timeout: 20_000 });
    // The list's region speaks (after its short batching pause); the caption's stays silent.
    const list = page.locator('sortie-event-list [role="status"]');
    await expect(list).toContainText(/reached/, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(page.locator('sortie-caption [aria-live="polite"]')).toHaveText('');
    expect(await caption(page).isVisible(), 'the caption is showing all the same').toBe(true);
  });

  sharedTest('Next event captions the event stepped to; scrubbing clears the caption', async () => {
    const page = shared.page;
    await slider(page).focus();
    await pressOnSlider(page, 'Home', 'Wednesday 1 January 2003');
    await expect(caption(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect.poll(() => sliderDay(page)).toBeGreaterThan(utc('2003-01-01'));
    const day = await sliderDay(page);
    const expected = startingOn(events, day);
    expect(expected.length, `an event starts on ${dayInWords(day)}`).toBeGreaterThan(0);
    for (const e of expected.slice(0, 3)) await expect(caption(page).getByRole('button', { name: `Details: ${e.title}` })).toBeVisible();
    // Outside playback, the caption is the voice of the step (the list speaks only while playing).
    await expect(page.locator('sortie-caption [aria-live="polite"]')).toContainText(expected[0]!.title);

    await slider(page).focus();
    await slider(page).press('PageDown');
    await expect(caption(page)).toHaveCount(0);
  });

  sharedTest('Escape in the details returns focus to the list row that opened them', async () => {
    const page = shared.page;
    const row = listItem(page, 'Chemical attack on Khan Shaykhun');
    await row.focus();
    await page.keyboard.press('Enter');
    const region = page.getByRole('region', { name: 'Chemical attack on Khan Shaykhun' });
    await expect.poll(() => hasFocus(region.getByRole('heading', { name: 'Chemical attack on Khan Shaykhun' }))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(region).toHaveCount(0);
    await expect.poll(() => hasFocus(row)).toBe(true);
  });
});
