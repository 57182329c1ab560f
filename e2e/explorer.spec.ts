/**
 * The explorer of issue 3 in a real browser (Debian's Chromium, SwiftShader WebGL), driven
 * through the accessible contract: the slider named "Time", the "Play"/"Pause" button, the
 * list named "Events", the details region named after the event, the filter toggles. What
 * the map shows is read from MapLibre's rendered features, never from the app's state.
 * Every test also fails on a console error or a request to another origin (helpers.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { KIND_STYLES } from './bundled-kinds';
import {
  byId,
  DAY,
  dayInWords,
  eventList,
  expectMapMatchesList,
  explorerSnapshot,
  focusedDescription,
  hasFocus,
  listedIds,
  listItem,
  loadDataset,
  mapIdle,
  renderedIds,
  resetExplorer,
  slider,
  sliderDay,
  startedBy,
  tabTo,
  utc,
  type ExplorerSnapshot,
  type TestEvent,
} from './explorer-helpers';
import { expect, openApp, sharedTest, test, useSharedPage } from './helpers';

const SHAYRAT_STRIKE = 'shayrat-tomahawk-strike-2017';
const SHAYRAT_FLIGHTS = 'shayrat-flights-resume-2017';
const BOMBERS_ROUTE = 'russian-bombers-strike-aleppo-from-iran-2016';
const BOMBERS_BASE = 'russian-bombers-based-in-iran-2016';
const SOLEIMANI_PUTIN = 'soleimani-putin-meeting-2015';
const KHAN_SHAYKHUN = 'khan-shaykhun-chemical-attack-2017';
const END_WORDS = 'Friday 31 July 2020';

/** Opens the explorer, waits for data-ready and an idle map, and loads the dataset. */
async function open(page: Page, query = ''): Promise<TestEvent[]> {
  await openApp(page, query);
  await mapIdle(page);
  return loadDataset(page);
}

/** Presses a key on the focused slider and waits for its words to read `words`. */
async function press(page: Page, key: string, words: string): Promise<void> {
  await slider(page).press(key);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', words);
}

/** The list shows exactly the events started by the slider's day, and the map agrees with it. */
async function expectCumulativeViewAt(page: Page, events: TestEvent[], day: number): Promise<string[]> {
  const endOfDay = day + DAY - 1;
  await expect.poll(() => listedIds(page, events)).toEqual(startedBy(events, endOfDay));
  return expectMapMatchesList(page, events);
}

const kindToggle = (page: Page, kind: string) =>
  page.getByRole('list', { name: 'Kinds' }).getByRole('button', { name: new RegExp(`^${KIND_STYLES[kind]!.plural}\\b`) });


// The tests that start from the page as it opens (the end of the timeline, everything shown)
// share one loaded page: each load costs seconds of CPU-rendered WebGL. Before each test the
// page is put back as it loaded (resetExplorer checks the store and camera are back).
test.describe('from the explorer as it opens', () => {
  let events: TestEvent[] = [];
  let start: ExplorerSnapshot;
  const shared = useSharedPage(async (page) => {
    events = await open(page);
    start = await explorerSnapshot(page);
  });
  sharedTest.beforeEach(() => resetExplorer(shared.page, start));

  sharedTest.describe('scrubbing the time slider', () => {
    sharedTest('keys move the time; the list and the map show what had happened by then', async () => {
      const page = shared.page;
      const time = slider(page);
      await expect(time).toHaveAttribute('aria-valuetext', END_WORDS);
      await expectCumulativeViewAt(page, events, await sliderDay(page));

      // Home: the start of the dataset (2003), one event.
      await time.focus();
      await press(page, 'Home', 'Wednesday 1 January 2003');
      await expectCumulativeViewAt(page, events, utc('2003-01-01'));
      expect(await listedIds(page, events)).toEqual(['us-led-invasion-of-iraq-2003']);

      // Right steps event by event up to the Khan Shaykhun attack, two days before Shayrat.
      for (let i = 0; i < 40 && (await time.getAttribute('aria-valuetext')) !== 'Tuesday 4 April 2017'; i++) {
        const before = await time.getAttribute('aria-valuetext');
        await time.press('ArrowRight');
        await expect(time).not.toHaveAttribute('aria-valuetext', before ?? '');
      }
      await expect(time).toHaveAttribute('aria-valuetext', 'Tuesday 4 April 2017');
      let rendered = await expectCumulativeViewAt(page, events, utc('2017-04-04'));
      expect(await listedIds(page, events)).not.toContain(SHAYRAT_STRIKE);
      expect(rendered).not.toContain(SHAYRAT_STRIKE);
      expect(rendered).toContain(KHAN_SHAYKHUN);

      // Right: the strike itself.
      await press(page, 'ArrowRight', 'Thursday 6 April 2017');
      rendered = await expectCumulativeViewAt(page, events, utc('2017-04-06'));
      expect(rendered).toContain(SHAYRAT_STRIKE);
      await expect(listItem(page, 'U.S. cruise missiles strike Shayrat airfield')).toBeVisible();

      // PageDown: a month back, before both; PageUp: a month on again.
      await press(page, 'PageDown', 'Monday 6 March 2017');
      rendered = await expectCumulativeViewAt(page, events, utc('2017-03-06'));
      expect(rendered).not.toContain(SHAYRAT_STRIKE);
      expect(rendered).not.toContain(KHAN_SHAYKHUN);
      await press(page, 'PageUp', 'Thursday 6 April 2017');
      expect(await expectCumulativeViewAt(page, events, utc('2017-04-06'))).toContain(SHAYRAT_STRIKE);

      // Left steps back across the August 2016 bomber route from Iran.
      for (let i = 0; i < 10 && (await time.getAttribute('aria-valuetext')) !== 'Tuesday 16 August 2016'; i++) {
        await time.press('ArrowLeft');
      }
      await expect(time).toHaveAttribute('aria-valuetext', 'Tuesday 16 August 2016');
      rendered = await expectCumulativeViewAt(page, events, utc('2016-08-16'));
      expect(rendered).toContain(BOMBERS_ROUTE);
      expect(rendered).toContain(BOMBERS_BASE);
      await time.press('ArrowLeft');
      await expect(time).toHaveAttribute('aria-valuetext', 'Monday 1 August 2016');
      rendered = await expectCumulativeViewAt(page, events, utc('2016-08-01'));
      expect(rendered).not.toContain(BOMBERS_ROUTE);
      expect(rendered).not.toContain(BOMBERS_BASE);

      // PageDown into June 2015: before the Soleimani–Putin meeting (July 2015); then after it.
      for (let i = 0; i < 14; i++) await time.press('PageDown');
      await expect(time).toHaveAttribute('aria-valuetext', 'Monday 1 June 2015');
      await expectCumulativeViewAt(page, events, utc('2015-06-01'));
      expect(await listedIds(page, events)).not.toContain(SOLEIMANI_PUTIN);
      await press(page, 'PageUp', 'Wednesday 1 July 2015');
      await expectCumulativeViewAt(page, events, utc('2015-07-01'));
      expect(await listedIds(page, events)).toContain(SOLEIMANI_PUTIN);

      // End: everything, listed by date (the 2003 invasion first, the July 2020 agreement last).
      await press(page, 'End', END_WORDS);
      await expectCumulativeViewAt(page, events, await sliderDay(page));
      await expect(eventList(page).getByRole('listitem')).toHaveCount(events.length);
      const starts = (await listedIds(page, events, { sorted: false })).map((id) => byId(events, id).start);
      expect(starts, 'the list is in time order').toEqual([...starts].sort((a, b) => a - b));
    });

    sharedTest('dragging on the track scrubs while dragging, and the list and the map follow', async () => {
      const page = shared.page;
      const time = slider(page);
      const box = await time.boundingBox();
      if (!box) throw new Error('the slider has no box');
      // The bottom rows of the track hold the axis labels, not event marks (a press on a mark selects it).
      const y = box.y + box.height - 6;
      const left = box.x + 2;
      const right = box.x + box.width - 2;

      await page.mouse.move(right, y);
      await page.mouse.down();
      await page.mouse.move(left, y, { steps: 8 });
      // Still holding the button: the slider, the list and the map have already followed.
      await expect(time).toHaveAttribute('aria-valuetext', 'Wednesday 1 January 2003');
      await expectCumulativeViewAt(page, events, utc('2003-01-01'));

      const seen: number[] = [];
      for (let i = 1; i <= 10; i++) {
        await page.mouse.move(left + ((right - left) * i) / 10, y);
        await expect.poll(() => sliderDay(page)).toBeGreaterThan(seen.at(-1) ?? utc('2003-01-01') - 1);
        seen.push(await sliderDay(page));
        if (i === 7) {
          // Mid-drag, somewhere in 2017–2019: the list and the map agree at that date.
          await expectCumulativeViewAt(page, events, seen.at(-1)!);
        }
      }
      await page.mouse.up();
      await expect(time).toHaveAttribute('aria-valuetext', END_WORDS);
      expect(new Set(seen.map((t) => new Date(t).getUTCFullYear())).size, 'the drag passed through several years').toBeGreaterThan(3);

      // Drag back to before the Shayrat strike and release there, then past it.
      const at = async (fraction: number) => {
        await page.mouse.move(left + (right - left) * fraction, y);
        await page.mouse.down();
        await page.mouse.up();
        return sliderDay(page);
      };
      let lo = 0;
      let hi = 1;
      // Bisect on the track for the last day before 6 April 2017 the pointer can reach.
      for (let i = 0; i < 14; i++) {
        const mid = (lo + hi) / 2;
        if ((await at(mid)) < utc('2017-04-06')) lo = mid;
        else hi = mid;
      }
      const before = await at(lo);
      expect(before).toBeLessThan(utc('2017-04-06'));
      expect(await expectCumulativeViewAt(page, events, before)).not.toContain(SHAYRAT_STRIKE);
      const after = await at(hi);
      expect(after).toBeGreaterThanOrEqual(utc('2017-04-06'));
      expect(after).toBeLessThan(utc('2017-05-01'));
      expect(await expectCumulativeViewAt(page, events, after)).toContain(SHAYRAT_STRIKE);
    });
  });

  sharedTest.describe('playback', () => {
    sharedTest('Play advances the time, Pause stops it, and it stops by itself at the end', async () => {
      const page = shared.page;
      const time = slider(page);
      const play = page.getByRole('button', { name: 'Play', exact: true });

      // From the end, Play starts over from the beginning.
      await play.click();
      const pause = page.getByRole('button', { name: 'Pause' });
      await expect(pause).toBeVisible();
      const first = await sliderDay(page);
      await expect.poll(() => sliderDay(page), { timeout: 10_000 }).toBeGreaterThan(first);
      expect(first).toBeLessThan(utc('2016-01-01'));
      await pause.click();
      await expect(play).toBeVisible();
      const paused = await time.getAttribute('aria-valuetext');
      await page.waitForTimeout(600);
      await expect(time).toHaveAttribute('aria-valuetext', paused ?? '');

      // From the last event (8 July 2020), play runs to the end of the data and stops.
      await time.focus();
      await press(page, 'End', END_WORDS);
      await press(page, 'ArrowLeft', 'Wednesday 8 July 2020');
      await play.click();
      await expect(pause).toBeVisible();
      await expect(play).toBeVisible({ timeout: 15_000 });
      await expect(time).toHaveAttribute('aria-valuetext', END_WORDS);
      await page.waitForTimeout(500);
      await expect(time).toHaveAttribute('aria-valuetext', END_WORDS);
    });

    sharedTest('with Loop on, playback wraps from the end to the start and keeps playing', async () => {
      const page = shared.page;
      const time = slider(page);
      await page.getByRole('checkbox', { name: 'Loop' }).check();
      await expect(page.getByRole('checkbox', { name: 'Loop' })).toBeChecked();
      await time.focus();
      await press(page, 'End', END_WORDS);
      await press(page, 'ArrowLeft', 'Wednesday 8 July 2020');
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      // It wraps to the beginning (2003) and is still playing.
      await expect.poll(() => sliderDay(page), { timeout: 15_000 }).toBeLessThan(utc('2016-01-01'));
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    });

    /** Plays from the slider's time until it reaches `until` (or `maxMs` passes); returns calendar days per second of page time. */
    async function playRate(page: Page, until: number, maxMs: number): Promise<{ daysPerSecond: number; reached: boolean }> {
      const before = await page.evaluate(() => performance.now());
      const startDay = await sliderDay(page);
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      const reached = await expect
        .poll(() => sliderDay(page), { timeout: maxMs, intervals: [50] })
        .toBeGreaterThanOrEqual(until)
        .then(() => true, () => false);
      const after = await page.evaluate(() => performance.now());
      const endDay = await sliderDay(page);
      await page.getByRole('button', { name: 'Pause' }).click();
      return { daysPerSecond: (endDay - startDay) / DAY / ((after - before) / 1000), reached };
    }

    sharedTest('"Skip empty stretches" squeezes the 2004–2014 gap; linear pacing crawls through it', async () => {
      const page = shared.page;
      const time = slider(page);
      const skip = page.getByRole('checkbox', { name: 'Skip empty stretches' });
      await expect(skip).toBeChecked();

      await time.focus();
      await press(page, 'Home', 'Wednesday 1 January 2003');
      const squeezed = await playRate(page, utc('2015-01-01'), 10_000);
      expect(squeezed.reached, 'reached 2015 within 10 s of playing from 2003').toBe(true);

      await skip.uncheck();
      await expect(skip).not.toBeChecked();
      await time.focus();
      await press(page, 'Home', 'Wednesday 1 January 2003');
      const linear = await playRate(page, utc('2015-01-01'), 2_000);
      expect(linear.reached, 'linear pacing does not cross 12 years in 2 s').toBe(false);
      expect(linear.daysPerSecond).toBeGreaterThan(5);
      // Linear pacing is about a month per second; the squeezed gap is crossed at least 20 times faster.
      expect(squeezed.daysPerSecond).toBeGreaterThan(20 * linear.daysPerSecond);
    });
  });

  sharedTest('a keyboard-only walk: slider, list, details and the Play button', async () => {
      const page = shared.page;
    const time = slider(page);

    // Tab from the top of the page reaches the slider.
    await page.locator('body').focus();
    await tabTo(page, time);
    await press(page, 'Home', 'Wednesday 1 January 2003');

    // Right/Left move between events: the words name an event's day and that event appears.
    await time.press('ArrowRight');
    const reached = await sliderDay(page);
    const startingThen = events.filter((e) => e.start >= reached && e.start < reached + DAY);
    expect(startingThen.length, `an event starts on ${dayInWords(reached)}`).toBeGreaterThan(0);
    await expect(time).toHaveAttribute('aria-valuetext', dayInWords(reached));
    for (const e of startingThen) await expect(listItem(page, e.title)).toBeVisible();
    await time.press('ArrowRight');
    const next = await sliderDay(page);
    expect(next).toBeGreaterThan(reached);
    const appeared = events.filter((e) => e.start >= next && e.start < next + DAY);
    expect(appeared.length).toBeGreaterThan(0);
    for (const e of appeared) await expect(listItem(page, e.title)).toBeVisible();
    await time.press('ArrowLeft');
    await expect(time).toHaveAttribute('aria-valuetext', dayInWords(reached));
    for (const e of appeared) await expect(listItem(page, e.title)).toHaveCount(0);

    // End, then Tab on into the list; Enter on an item opens its details with focus on the heading.
    await press(page, 'End', END_WORDS);
    const item = listItem(page, 'Chemical attack on Khan Shaykhun');
    for (let i = 0; i < 80 && !(await hasFocus(item)); i++) await page.keyboard.press('Tab');
    expect(await hasFocus(item), `focus is on ${await focusedDescription(page)}`).toBe(true);
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Chemical attack on Khan Shaykhun' });
    await expect(details).toBeVisible();
    const heading = details.getByRole('heading', { name: 'Chemical attack on Khan Shaykhun' });
    await expect.poll(() => hasFocus(heading)).toBe(true);

    // Escape closes it.
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);

    // Open another, close it with the "Close details" button reached by keyboard.
    const other = listItem(page, 'U.S. cruise missiles strike Shayrat airfield');
    await other.focus();
    await page.keyboard.press('Enter');
    const shayrat = page.getByRole('region', { name: 'U.S. cruise missiles strike Shayrat airfield' });
    await expect(shayrat).toBeVisible();
    const close = shayrat.getByRole('button', { name: 'Close details' });
    for (let i = 0; i < 10 && !(await hasFocus(close)); i++) await page.keyboard.press('Shift+Tab');
    expect(await hasFocus(close), `focus is on ${await focusedDescription(page)}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(shayrat).toHaveCount(0);

    // Space on the focused Play button toggles playback.
    await time.focus();
    await press(page, 'Home', 'Wednesday 1 January 2003');
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Space');
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    expect(await hasFocus(pause), 'focus stays on the toggle').toBe(true);
    await page.keyboard.press('Space');
    await expect(play).toBeVisible();
  });

  sharedTest.describe('details', () => {
    sharedTest('the details show the date in words, place precision, actors, summary and every source', async () => {
      const page = shared.page;
      const { articles, props } = await page.evaluate(async (id) => {
        const app = document.querySelector('sortie-app');
        const json = (await (await fetch(app!.src)).json()) as {
          sortie: { articles: Array<{ id: string; headline: string; publisher: string | null; date: string }> };
          features: Array<{ properties: { id: string; summary: string; sources: Array<{ article: string; excerpt: string }> } }>;
        };
        return { articles: json.sortie.articles, props: json.features.find((f) => f.properties.id === id)!.properties };
      }, KHAN_SHAYKHUN);

      await listItem(page, 'Chemical attack on Khan Shaykhun').click();
      const details = page.getByRole('region', { name: 'Chemical attack on Khan Shaykhun' });
      await expect(details).toBeVisible();
      await expect(details.getByRole('heading', { level: 2 })).toHaveText('Chemical attack on Khan Shaykhun');
      await expect(details).toContainText('4 April 2017');
      await expect(details).toContainText('Khan Shaykhun, Idlib province (city)');
      await expect(details).toContainText(/Actor\s*Syria/);
      await expect(details).toContainText(props.summary);

      const sources = details.getByRole('list', { name: /Sources?/ }).getByRole('listitem');
      await expect(sources).toHaveCount(props.sources.length);
      for (const [i, source] of props.sources.entries()) {
        const article = articles.find((a) => a.id === source.article)!;
        const item = sources.nth(i);
        await expect(item.locator('blockquote')).toHaveText(source.excerpt);
        await expect(item).toContainText(article.headline);
        await expect(item).toContainText(article.publisher ?? 'publisher not stated');
      }
      await expect(sources.first()).toContainText('The Wall Street Journal Online');
      await expect(sources.first()).toContainText('8 April 2017');

      // A month-precision event says so; an inferred one says it was inferred.
      await listItem(page, 'Soleimani meets Putin in Moscow').click();
      const meeting = page.getByRole('region', { name: 'Soleimani meets Putin in Moscow' });
      await expect(meeting).toContainText('July 2015 (month only)');
      await listItem(page, byId(events, 'us-abandons-nuclear-deal-2018').title).click();
      const deal = page.getByRole('region', { name: byId(events, 'us-abandons-nuclear-deal-2018').title });
      await expect(deal).toContainText(/2018 \(year only, inferred\)/);
      // Its second source is the undated 2020 article: the article's date is shown as inferred.
      const dealSources = deal.getByRole('list', { name: /Sources?/ }).getByRole('listitem');
      await expect(dealSources.nth(1)).toContainText('8 July 2020 (inferred)');
    });
  });

  sharedTest.describe('filters and modes', () => {
    sharedTest('kind toggles and "only" hide events from the list and the map, with counts', async () => {
      const page = shared.page;
      const all = events.map((e) => e.id).sort();
      await expect.poll(() => listedIds(page, events)).toEqual(all);

      // Counts: "N of M shown" per kind, M from the dataset.
      for (const kind of Object.keys(KIND_STYLES)) {
        const total = events.filter((e) => e.kind === kind).length;
        if (total) await expect(kindToggle(page, kind)).toHaveAccessibleName(new RegExp(`${total} of ${total} shown`));
      }

      const strikes = events.filter((e) => e.kind === 'strike').map((e) => e.id);
      await kindToggle(page, 'strike').click();
      await expect(kindToggle(page, 'strike')).toHaveAttribute('aria-pressed', 'false');
      await expect(kindToggle(page, 'strike')).toHaveAccessibleName(new RegExp(`0 of ${strikes.length} shown`));
      await expect.poll(() => listedIds(page, events)).toEqual(all.filter((id) => !strikes.includes(id)));
      const rendered = await expectMapMatchesList(page, events);
      expect(rendered.filter((id) => strikes.includes(id))).toEqual([]);
      expect(rendered.length).toBeGreaterThan(10);

      // "only" meetings.
      const meetings = events.filter((e) => e.kind === 'meeting').map((e) => e.id).sort();
      await page.getByRole('button', { name: 'Show only Meetings' }).click();
      await expect(kindToggle(page, 'meeting')).toHaveAttribute('aria-pressed', 'true');
      await expect(kindToggle(page, 'deployment')).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(() => listedIds(page, events)).toEqual(meetings);
      const onlyMeetings = await expectMapMatchesList(page, events);
      expect(onlyMeetings.length).toBeGreaterThan(0);
      expect(onlyMeetings.every((id) => meetings.includes(id))).toBe(true);

      // Counts follow the time: at the Shayrat strike, fewer meetings had happened.
      await slider(page).focus();
      await press(page, 'Home', 'Wednesday 1 January 2003');
      for (let i = 0; i < 40 && (await slider(page).getAttribute('aria-valuetext')) !== 'Saturday 8 April 2017'; i++) {
        await slider(page).press('ArrowRight');
      }
      await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Saturday 8 April 2017');
      const meetingsBy = events.filter((e) => e.kind === 'meeting' && e.start <= utc('2017-04-09') - 1).length;
      await expect(kindToggle(page, 'meeting')).toHaveAccessibleName(new RegExp(`${meetingsBy} of ${meetings.length} shown`));
      await expect(eventList(page).getByRole('listitem')).toHaveCount(meetingsBy);

      // Show all restores everything.
      await page.getByRole('button', { name: 'Show all' }).click();
      await press(page, 'End', END_WORDS);
      await expect.poll(() => listedIds(page, events)).toEqual(all);
      expect((await expectMapMatchesList(page, events)).length).toBeGreaterThan(30);
    });

    sharedTest('a kind’s name is cut only when it is wider than its column: a count that does not fit beside it goes under it', async () => {
      const page = shared.page;
      const kinds = Object.keys(KIND_STYLES).filter((kind) => events.some((e) => e.kind === kind));
      let whole = 0;
      for (const kind of kinds) {
        const row = await kindToggle(page, kind).evaluate((button) => {
          const rect = (selector: string) => button.querySelector(selector)!.getBoundingClientRect();
          const label = button.querySelector('.label')!;
          const [swatch, name, count] = [rect('.swatch'), rect('.label'), rect('.count')];
          const style = getComputedStyle(button);
          // The line's width after the swatch: what the name has when it is not cut.
          const room = button.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - swatch.width - parseFloat(style.columnGap);
          return {
            cut: label.scrollWidth > label.clientWidth,
            // The swatch and the name share a line; the count is beside the name or under it.
            swatchBesideName: swatch.top < name.bottom && name.top < swatch.bottom,
            countBesideName: count.top < name.bottom && name.top < count.bottom,
            countUnderName: count.top >= name.bottom - 1,
            nameFitsColumn: label.scrollWidth <= room + 1,
          };
        });
        const what = `${KIND_STYLES[kind]!.plural}: ${JSON.stringify(row)}`;
        expect(row.swatchBesideName, what).toBe(true);
        expect(row.countBesideName || row.countUnderName, what).toBe(true);
        // A name that would fit its column is never cut; a cut name has its line to itself.
        if (row.nameFitsColumn) expect(row.cut, what).toBe(false);
        if (row.cut) expect(row.countUnderName, what).toBe(true);
        if (!row.cut) whole++;
      }
      // The bundled kinds at this width: all but the longest names are shown whole.
      expect(whole).toBeGreaterThanOrEqual(kinds.length - 1);
    });

    sharedTest('"only Russia" keeps just the events Russia took part in, in the list and on the map', async () => {
      const page = shared.page;
      const russian = events.filter((e) => e.actors.includes('Russia')).map((e) => e.id).sort();
      await page.getByRole('button', { name: /^Actors/ }).click();
      const russia = page.getByRole('list', { name: 'Actors' }).getByRole('button', { name: /^Russia\b/ });
      await expect(russia).toHaveAccessibleName(new RegExp(`${russian.length} of ${russian.length} shown`));
      await page.getByRole('button', { name: 'Show only Russia' }).click();
      await expect(russia).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('list', { name: 'Actors' }).getByRole('button', { name: /^Iran\b/ })).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(() => listedIds(page, events)).toEqual(russian);
      const rendered = await expectMapMatchesList(page, events);
      expect(rendered.length).toBeGreaterThan(5);
      expect(rendered.filter((id) => !russian.includes(id))).toEqual([]);
      expect(rendered).not.toContain(SHAYRAT_STRIKE);
    });
  });
});

test.describe('links', () => {
  const LINK = '?t=2017-04-07&event=shayrat-tomahawk-strike-2017&kinds=strike,deployment&actors=United+States&view=36.9,34.5,7';

  test('a deep link restores time, selection, filters and view; back and forward move between selections', async ({ page }) => {
    const events = await open(page, LINK);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Friday 7 April 2017');
    const details = page.getByRole('region', { name: 'U.S. cruise missiles strike Shayrat airfield' });
    await expect(details).toBeVisible();

    for (const kind of Object.keys(KIND_STYLES)) {
      await expect(kindToggle(page, kind)).toHaveAttribute('aria-pressed', kind === 'strike' || kind === 'deployment' ? 'true' : 'false');
    }
    await page.getByRole('button', { name: /^Actors/ }).click();
    const actors = page.getByRole('list', { name: 'Actors' });
    await expect(actors.getByRole('button', { name: /^United States\b/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(actors.getByRole('button', { name: /^Russia\b/ })).toHaveAttribute('aria-pressed', 'false');

    const camera = await page.evaluate(() => {
      const map = document.querySelector('sortie-app')?.mapView?.map;
      return map ? { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() } : null;
    });
    // Soft, so the rest of the round trip still runs and reports when the camera is wrong.
    expect.soft(camera?.lng, 'map centre longitude').toBeCloseTo(36.9, 2);
    expect.soft(camera?.lat, 'map centre latitude').toBeCloseTo(34.5, 2);
    expect.soft(camera?.zoom, 'map zoom').toBeCloseTo(7, 1);

    // Only the U.S. strike passes these filters by 7 April 2017; the map agrees.
    expect(await listedIds(page, events)).toEqual([SHAYRAT_STRIKE]);
    expect(await expectMapMatchesList(page, events)).toEqual([SHAYRAT_STRIKE]);
    // Settled (well past the URL's 250 ms debounce): the address still carries the link's view.
    expect.soft(new URL(page.url()).searchParams.get('view'), 'the view in the URL').toBe('36.9,34.5,7');

    // Choose another event from the list: the URL names it.
    await page.getByRole('button', { name: 'Show all' }).click();
    await listItem(page, 'Syrian jets fly from Shayrat again').click();
    await expect(page.getByRole('region', { name: 'Syrian jets fly from Shayrat again' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]event=shayrat-flights-resume-2017(&|$)/);
    await expect(page).toHaveURL(/[?&]t=2017-04-07(&|$)/);

    await page.goBack();
    await expect(page).toHaveURL(/[?&]event=shayrat-tomahawk-strike-2017(&|$)/);
    await expect(details).toBeVisible();
    await expect(page.getByRole('region', { name: 'Syrian jets fly from Shayrat again' })).toHaveCount(0);

    await page.goForward();
    await expect(page).toHaveURL(/[?&]event=shayrat-flights-resume-2017(&|$)/);
    await expect(page.getByRole('region', { name: 'Syrian jets fly from Shayrat again' })).toBeVisible();
    await expect(details).toHaveCount(0);
  });

  test('bad parameters are named in a dismissible notice and the rest is restored', async ({ page }) => {
    const events = await open(page, '?event=nope&t=2017-02-30&kinds=bogus&mode=fast&actors=Russia');
    const notice = page.getByRole('status', { name: /Ignored 4 URL parameters/ });
    await expect(notice).toBeVisible();
    for (const param of ['"event"', '"t"', '"kinds"', '"mode"']) await expect(notice).toContainText(`Parameter ${param}`);
    await expect(notice).toContainText('"nope"');
    await expect(notice).toContainText('"2017-02-30"');
    await expect(notice).toContainText('"bogus"');
    await expect(notice).toContainText('"fast"');

    // The good parameter is restored: only Russia's events, at the default time (the end).
    await expect(slider(page)).toHaveAttribute('aria-valuetext', END_WORDS);
    await page.getByRole('button', { name: /^Actors/ }).click();
    const actors = page.getByRole('list', { name: 'Actors' });
    await expect(actors.getByRole('button', { name: /^Russia\b/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(actors.getByRole('button', { name: /^Iran\b/ })).toHaveAttribute('aria-pressed', 'false');
    const russian = events.filter((e) => e.actors.includes('Russia')).map((e) => e.id).sort();
    await expect.poll(() => listedIds(page, events)).toEqual(russian);
    await expectMapMatchesList(page, events);
    await expect(page.getByRole('radio', { name: 'All so far' })).toBeChecked();
    await expect(page.getByRole('region', { name: /Shayrat|Khan/ })).toHaveCount(0);

    await notice.getByRole('button', { name: /^Dismiss/ }).click();
    await expect(notice).toHaveCount(0);
  });
});

// Tests that start on 8 April 2017 share one loaded page per size, reset before each test.
const LAYOUTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
] as const;

for (const layout of LAYOUTS) {
  test.describe(`from the explorer opened at 8 April 2017, ${layout.name} layout (${layout.width}×${layout.height})`, () => {
    let events: TestEvent[] = [];
    let start: ExplorerSnapshot;
    const shared = useSharedPage(async (page) => {
      events = await open(page, '?t=2017-04-08');
      start = await explorerSnapshot(page);
    }, { viewport: { width: layout.width, height: layout.height } });
    sharedTest.beforeEach(() => resetExplorer(shared.page, start));

    sharedTest('no sideways scrolling; the details open in view', async () => {
      const page = shared.page;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(layout.width);
      await listItem(page, 'Chemical attack on Khan Shaykhun').click();
      const details = page.getByRole('region', { name: 'Chemical attack on Khan Shaykhun' });
      await expect(details).toBeVisible();
      await mapIdle(page);
      await expect(details).toBeInViewport();
    });

    sharedTest('no serious or critical accessibility violations, with and without details', async () => {
      const page = shared.page;
      const serious = async () => {
        const { violations } = await new AxeBuilder({ page }).analyze();
        return violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      };
      expect(await serious()).toEqual([]);
      await listItem(page, 'Chemical attack on Khan Shaykhun').click();
      await expect(page.getByRole('region', { name: 'Chemical attack on Khan Shaykhun' })).toBeVisible();
      expect(await serious()).toEqual([]);
    });

    if (layout.name !== 'desktop') return;

    // Opened at 8 April 2017 with the camera on Shayrat (the view of ?view=36.9,34.5,7).
    sharedTest('co-located events at Shayrat open a picker listing both; choosing one opens it', async () => {
      const page = shared.page;
      await page.evaluate(() => document.querySelector('sortie-app')?.frame({ view: '36.9,34.5,7' }));
      await expectMapMatchesList(page, events);
      const rendered = await renderedIds(page);
      expect(rendered).toEqual(expect.arrayContaining([SHAYRAT_STRIKE, SHAYRAT_FLIGHTS]));

      const [lng, lat] = byId(events, SHAYRAT_STRIKE).feature.geometry.coordinates as [number, number];
      const point = await page.evaluate(([x, y]) => {
        const map = document.querySelector('sortie-app')?.mapView?.map;
        if (!map) throw new Error('the map is not there');
        const p = map.project([x!, y!]);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, [lng, lat]);
      await page.mouse.click(point.x, point.y);

      const menu = page.getByRole('menu', { name: '2 events here' });
      await expect(menu).toBeVisible();
      const items = menu.getByRole('menuitem');
      await expect(items).toHaveCount(2);
      await expect(menu.getByRole('menuitem', { name: /U\.S\. cruise missiles strike Shayrat airfield/ })).toBeVisible();
      const flights = menu.getByRole('menuitem', { name: /Syrian jets fly from Shayrat again/ });
      await expect(flights).toBeVisible();
      await flights.click();
      await expect(page.getByRole('region', { name: 'Syrian jets fly from Shayrat again' })).toBeVisible();
      await expect(menu).toHaveCount(0);
    });

    sharedTest('"Recent only" drops events older than the window from the list and the map', async () => {
      const page = shared.page;
      const t = utc('2017-04-08') + DAY - 1;
      await expect.poll(() => listedIds(page, events)).toEqual(startedBy(events, t));
      expect(await expectMapMatchesList(page, events)).toContain(BOMBERS_BASE);

      await page.getByRole('radio', { name: 'Recent only' }).check();
      await expect(page.getByRole('radio', { name: 'Recent only' })).toBeChecked();
      const windowSelect = page.getByRole('combobox', { name: 'Window length' });
      await expect(windowSelect).toBeVisible();
      const windowDays = Number(await windowSelect.inputValue()) / DAY;
      expect(windowDays).toBe(90);

      // The window is [t − 90 days, t]; an event shows if its interval reaches into it.
      const day = utc('2017-04-08');
      const recent = events.filter((e) => e.start <= t && e.end >= day - windowDays * DAY).map((e) => e.id).sort();
      expect(recent).toContain(SHAYRAT_STRIKE);
      expect(recent).not.toContain(BOMBERS_BASE);
      await expect.poll(() => listedIds(page, events)).toEqual(recent);
      const rendered = await expectMapMatchesList(page, events);
      expect(rendered).not.toContain(BOMBERS_BASE);
      expect(rendered).not.toContain(BOMBERS_ROUTE);
      expect(rendered).toContain(SHAYRAT_STRIKE);
      await expect(page).toHaveURL(/[?&]mode=window(&|$)/);

      await page.getByRole('radio', { name: 'All so far' }).check();
      await expect.poll(() => listedIds(page, events)).toEqual(startedBy(events, t));
    });

    // At 7 April 2017 (set as ?t=2017-04-07 would: by the element's public setTime).
    sharedTest('printing shows a picture of the map as it is and the events on it, not the live controls', async () => {
      const page = shared.page;
      await page.evaluate(() => document.querySelector('sortie-app')?.setTime('2017-04-07'));
      await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Friday 7 April 2017');
      await mapIdle(page);
      const onMap = startedBy(events, utc('2017-04-07') + DAY - 1);
      // beforeprint is what a browser fires when the reader prints; the picture is taken then.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const picture = page.locator('sortie-app').locator('img.print-map');
      await expect(picture).toBeVisible();
      expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,.{2000}/);
      const printed = page.locator('sortie-app').locator('.print-only li');
      await expect(printed).toHaveCount(onMap.length);
      await expect(page.locator('sortie-app').locator('.print-only')).toContainText(byId(events, SHAYRAT_STRIKE).title);
      await expect(slider(page)).toBeHidden();
      await expect(page.getByRole('region', { name: 'Map of events' })).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect(picture).toHaveCount(0);
      await expect(slider(page)).toBeVisible();
    });
  });
}
