/**
 * Story mode: an article's paragraphs drive a `<sortie-map>` as the reader scrolls.
 *
 *   <sortie-map id="story-map" style="position: sticky; top: 0"></sortie-map>
 *   <div data-sortie-story="story-map">
 *     <p data-sortie-time="2016-08-16" data-sortie-event="russian-bombers-based-in-iran-2016"
 *        data-sortie-view="44,35,4.5">…</p>
 *   </div>
 *
 * A step is any element inside the container with one of the `data-sortie-*` attributes
 * below. The active step is the last one whose top has passed the trigger line (the middle
 * of the viewport, or `data-sortie-offset` on the container: 0 is the top, 1 the bottom; a
 * layout with the map stuck above the text wants a lower line); at the very bottom of the
 * page, the last step in view. It gets `aria-current="step"` and the class
 * `sortie-step-active`, and the map is set to all of it:
 *
 * | attribute | effect | when left out |
 * | --- | --- | --- |
 * | `data-sortie-time` | time shown (`YYYY-MM-DD`) | time stays where it is |
 * | `data-sortie-event` | selects that event id (the map labels it) | selection cleared |
 * | `data-sortie-view` | camera `lng,lat,zoom` | see below |
 * | `data-sortie-bbox` | camera fitted to `west,south,east,north` | see below |
 * | `data-sortie-kinds` | kinds shown (comma list) | the map's own `kinds` (default all) |
 * | `data-sortie-mode` | `cumulative` or `window` | the map's own `mode` (default cumulative) |
 *
 * The camera: the step's view, else its bbox, else the selected event's geometry fitted with
 * padding (so a route shows both ends on a phone as on a desktop), else the map's own `view`
 * or `bbox`. It is applied every time a step becomes active, even if it equals the last one,
 * because the reader may have moved the map in between.
 *
 * Moving forward or back in time, the map runs through the days in between (a short
 * time-lapse) unless the reader asks for reduced motion; then it jumps.
 *
 * Which step is active is worked out from where the steps are, on every scroll (of the page
 * or any scrolling box: one capturing, passive listener), resize and layout change of the
 * container (a ResizeObserver), at most once a frame, and once at the start. Intersection
 * entries alone miss steps: a jump (End, Page Down, an anchor link, a reload restoring the
 * scroll) can carry a step across the trigger line between two observations, and a step
 * that never intersects the line is never reported. Not the scrollama package either:
 * scrollama 3 keeps scroll state in module-level variables shared by every instance and adds
 * a document scroll listener that `destroy()` never removes.
 */
import { prefersReducedMotion } from './state/reduced-motion';
import { parseIsoDay } from './state/url-state';

/** The parts of `<sortie-map>` a story drives. */
export interface StoryMap extends EventTarget {
  setTime(time: number | string): void;
  select(id: string | null): void;
  /** Moves the camera to a view, else fits a bbox, else fits an event (every time it is called). */
  frame(camera: { view?: string | null; bbox?: string | null; event?: string | null }): void;
  view: string | null;
  bbox: string | null;
  kinds: string | null;
  mode: string | null;
  readonly status?: string;
}

export interface StoryStep {
  /** Epoch ms (UTC midnight) of `data-sortie-time`, or null. */
  time: number | null;
  event: string | null;
  view: string | null;
  bbox: string | null;
  kinds: string | null;
  mode: string | null;
}

const STEP_SELECTOR = ['time', 'event', 'view', 'bbox', 'kinds', 'mode'].map((name) => `[data-sortie-${name}]`).join(',');
export const ACTIVE_CLASS = 'sortie-step-active';
const TWEEN_MS = 900;

/** Reads one step's attributes. A time that is not `YYYY-MM-DD` is dropped with a warning naming the step. */
export function readStep(element: HTMLElement): StoryStep {
  const data = element.dataset;
  let time: number | null = null;
  if (data.sortieTime !== undefined) {
    time = parseIsoDay(data.sortieTime);
    if (time === null) {
      console.warn(`Sortie story: data-sortie-time="${data.sortieTime}" is not a date; expected YYYY-MM-DD, e.g. 2017-04-07.`, element);
    }
  }
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return {
    time,
    event: text(data.sortieEvent),
    view: text(data.sortieView),
    bbox: text(data.sortieBbox),
    kinds: text(data.sortieKinds),
    mode: text(data.sortieMode),
  };
}

/**
 * Index of the active step, from the steps' tops (viewport px, in document order): the last
 * whose top is at or above `line`; when the page is scrolled to its end, the last whose top
 * is in view (`viewportBottom`), so the final steps of a page too short to lift them to the
 * line still get their turn. -1 before the first step.
 */
export function activeStepIndex(tops: readonly number[], line: number, atEnd: boolean, viewportBottom: number): number {
  let active = -1;
  tops.forEach((top, i) => {
    if (top <= line || (atEnd && top < viewportBottom)) active = i;
  });
  return active;
}

/** The camera a step asks for: its own view, bbox or event, else the map's own view or bbox; null for none. */
export function stepCamera(step: StoryStep, initial: Pick<StoryStep, 'view' | 'bbox'>): { view: string | null; bbox: string | null; event: string | null } | null {
  if (step.view || step.bbox || step.event) return { view: step.view, bbox: step.bbox, event: step.event };
  if (initial.view || initial.bbox) return { view: initial.view, bbox: initial.bbox, event: null };
  return null;
}

/** The container's `data-sortie-offset` (0–1), or 0.5 with a warning when it is not one. */
export function readOffset(container: HTMLElement): number {
  const value = container.dataset.sortieOffset;
  if (value === undefined) return 0.5;
  const offset = Number(value);
  if (value.trim() !== '' && offset >= 0 && offset <= 1) return offset;
  console.warn(`Sortie story: data-sortie-offset="${value}" must be a number from 0 (top of the window) to 1 (bottom); using 0.5.`, container);
  return 0.5;
}

const easeInOut = (x: number) => (x < 0.5 ? 2 * x * x : 1 - (-2 * x + 2) ** 2 / 2);

export class SortieStory {
  readonly steps: HTMLElement[];
  #active: HTMLElement | null = null;
  #resize: ResizeObserver | null = null;
  #frame = 0;
  #measure = 0;
  #stopped = false;
  /** The map's time as it last reported it (`sortie-timechange`), for the time-lapse between steps. */
  #shownTime: number | null = null;
  readonly #initial: Pick<StoryStep, 'view' | 'bbox' | 'kinds' | 'mode'>;
  readonly #offset: number;

  constructor(
    readonly container: HTMLElement,
    readonly map: StoryMap,
  ) {
    this.steps = [...container.querySelectorAll<HTMLElement>(STEP_SELECTOR)];
    // Spelled out rather than left empty: removing an attribute does not reset the map. An
    // empty list means every kind of whatever dataset the map shows (it names no kind).
    this.#initial = { view: map.view, bbox: map.bbox, kinds: map.kinds ?? '', mode: map.mode ?? 'cumulative' };
    this.#offset = readOffset(container);
    map.addEventListener('sortie-timechange', this.handleTimeChange);
    const view = container.ownerDocument.defaultView ?? window;
    // Capturing: scroll does not bubble, and a story may sit in a scrolling box.
    container.ownerDocument.addEventListener('scroll', this.handleScroll, { capture: true, passive: true });
    view.addEventListener('resize', this.handleScroll, { passive: true });
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver(this.handleScroll);
      this.#resize.observe(container);
    }
    // Once at the start, a frame later: a reload restores the scroll position, and a page
    // still laying out its images moves the steps.
    this.handleScroll();
  }

  /** The step now driving the map, or null before the first one is reached. */
  get active(): HTMLElement | null {
    return this.#active;
  }

  /** Stops following the scroll; the map keeps what it shows. */
  destroy(): void {
    this.#stopped = true;
    const doc = this.container.ownerDocument;
    doc.removeEventListener('scroll', this.handleScroll, { capture: true });
    (doc.defaultView ?? window).removeEventListener('resize', this.handleScroll);
    this.#resize?.disconnect();
    this.#resize = null;
    cancelAnimationFrame(this.#measure);
    cancelAnimationFrame(this.#frame);
    this.map.removeEventListener('sortie-timechange', this.handleTimeChange);
    this.#mark(null);
  }

  /** Makes `element` the active step and sets the map to it (also usable without scrolling). */
  activate(element: HTMLElement): void {
    if (element === this.#active) return;
    this.#mark(element);
    const step = readStep(element);
    const map = this.map;
    cancelAnimationFrame(this.#frame);
    const from = this.#shownTime;
    // Order matters. The selection first: selecting may move the camera to the event, and
    // the step's camera should win. Kinds and mode are attributes, which the map applies on
    // its next update (a microtask later). Time last, from an animation frame, so that
    // nothing applied after it can undo it.
    map.select(step.event);
    const camera = stepCamera(step, this.#initial);
    if (camera) map.frame(camera);
    map.kinds = step.kinds ?? this.#initial.kinds;
    map.mode = step.mode ?? this.#initial.mode;
    const target = step.time ?? from;
    if (target === null) return;
    const animate = from !== null && from !== target && map.status === 'ready'
      && !prefersReducedMotion();
    let start = -1;
    const tick = (now: number) => {
      if (start < 0) start = now;
      const progress = animate && from !== null ? Math.min(1, (now - start) / TWEEN_MS) : 1;
      const time = from !== null ? from + (target - from) * easeInOut(progress) : target;
      map.setTime(progress < 1 ? Math.round(time) : target);
      if (progress < 1) this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  #mark(element: HTMLElement | null): void {
    if (this.#active) {
      this.#active.removeAttribute('aria-current');
      this.#active.classList.remove(ACTIVE_CLASS);
    }
    this.#active = element;
    if (element) {
      element.setAttribute('aria-current', 'step');
      element.classList.add(ACTIVE_CLASS);
    }
  }

  /** The step under the trigger line now (null before the first), from the steps' positions. */
  #stepAtLine(): HTMLElement | null {
    const view = this.container.ownerDocument.defaultView ?? window;
    const root = this.container.ownerDocument.scrollingElement ?? this.container.ownerDocument.documentElement;
    const height = view.innerHeight;
    // A hidden step has no boxes (and a zero rect that would read as "at the top").
    const shown = this.steps.filter((step) => step.getClientRects().length > 0);
    const tops = shown.map((step) => step.getBoundingClientRect().top);
    const atEnd = root.scrollHeight > height && Math.ceil(root.scrollTop + height) >= root.scrollHeight - 1;
    return shown[activeStepIndex(tops, height * this.#offset, atEnd, height)] ?? null;
  }

  /** At most one measurement per frame, however many scroll and resize events come. */
  private readonly handleScroll = (): void => {
    if (this.#measure || this.#stopped) return;
    this.#measure = requestAnimationFrame(() => {
      this.#measure = 0;
      if (this.#stopped) return;
      const step = this.#stepAtLine();
      if (step) this.activate(step);
    });
  };

  private readonly handleTimeChange = (event: Event): void => {
    const time = (event as CustomEvent<{ time?: unknown }>).detail?.time;
    if (typeof time === 'number' && Number.isFinite(time)) this.#shownTime = time;
  };
}

const started = new WeakMap<Element, SortieStory>();

/**
 * Starts a story for every `[data-sortie-story]` container under `root` that has none yet.
 * The attribute's value is the id of the `<sortie-map>` to drive; a container whose map
 * cannot be found is skipped with a warning naming the id.
 */
export function initStories(root: ParentNode = document): SortieStory[] {
  const stories: SortieStory[] = [];
  for (const container of root.querySelectorAll<HTMLElement>('[data-sortie-story]')) {
    if (started.has(container)) continue;
    const id = container.dataset.sortieStory ?? '';
    const map = id ? container.ownerDocument.getElementById(id) : null;
    if (!map || map.localName !== 'sortie-map') {
      console.warn(`Sortie story: data-sortie-story="${id}" must be the id of a <sortie-map> on this page; this story is not started.`, container);
      continue;
    }
    const story = new SortieStory(container, map as unknown as StoryMap);
    started.set(container, story);
    stories.push(story);
  }
  return stories;
}
