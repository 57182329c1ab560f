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
 * below. When a step crosses the trigger line (the middle of the viewport, or
 * `data-sortie-offset` on the container: 0 is the top, 1 the bottom; a layout with the map
 * stuck above the text wants a lower line) it becomes the active one: it gets
 * `aria-current="step"` and the class `sortie-step-active`, and the map is set to it:
 *
 * | attribute | effect | when left out |
 * | --- | --- | --- |
 * | `data-sortie-time` | time shown (`YYYY-MM-DD`) | time stays where it is |
 * | `data-sortie-event` | selects that event id | selection cleared |
 * | `data-sortie-view` | camera `lng,lat,zoom` | the map's own `view` when the story started |
 * | `data-sortie-kinds` | kinds shown (comma list) | the map's own `kinds` (default all) |
 * | `data-sortie-mode` | `cumulative` or `window` | the map's own `mode` (default cumulative) |
 *
 * Moving forward or back in time, the map runs through the days in between (a short
 * time-lapse) unless the reader asks for reduced motion; then it jumps.
 *
 * Built on IntersectionObserver rather than the scrollama package: scrollama 3 keeps
 * scroll state in module-level variables shared by every instance and adds a document
 * scroll listener that `destroy()` never removes; one observer with a centre-line root
 * margin does what this needs and cleans up completely.
 */
import { EVENT_KINDS } from './data/types';
import { parseIsoDay } from './state/url-state';

/** The parts of `<sortie-map>` a story drives. */
export interface StoryMap extends EventTarget {
  setTime(time: number | string): void;
  select(id: string | null): void;
  view: string | null;
  kinds: string | null;
  mode: string | null;
  readonly status?: string;
}

export interface StoryStep {
  /** Epoch ms (UTC midnight) of `data-sortie-time`, or null. */
  time: number | null;
  event: string | null;
  view: string | null;
  kinds: string | null;
  mode: string | null;
}

const STEP_SELECTOR = '[data-sortie-time],[data-sortie-event],[data-sortie-view],[data-sortie-kinds],[data-sortie-mode]';
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
  return { time, event: text(data.sortieEvent), view: text(data.sortieView), kinds: text(data.sortieKinds), mode: text(data.sortieMode) };
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
  #observer: IntersectionObserver | null = null;
  #frame = 0;
  /** The map's time as it last reported it (`sortie-timechange`), for the time-lapse between steps. */
  #shownTime: number | null = null;
  readonly #initial: Pick<StoryStep, 'view' | 'kinds' | 'mode'>;

  constructor(
    readonly container: HTMLElement,
    readonly map: StoryMap,
  ) {
    this.steps = [...container.querySelectorAll<HTMLElement>(STEP_SELECTOR)];
    // Spelled out rather than left empty: removing an attribute does not reset the map.
    this.#initial = { view: map.view, kinds: map.kinds ?? EVENT_KINDS.join(','), mode: map.mode ?? 'cumulative' };
    map.addEventListener('sortie-timechange', this.handleTimeChange);
    // A zero-height band across the viewport at the trigger line: a step is active while it covers it.
    const line = readOffset(container) * 100;
    this.#observer = new IntersectionObserver(this.handleIntersection, { rootMargin: `-${line}% 0px -${100 - line}% 0px`, threshold: 0 });
    for (const step of this.steps) this.#observer.observe(step);
  }

  /** The step now driving the map, or null before the first one is reached. */
  get active(): HTMLElement | null {
    return this.#active;
  }

  /** Stops following the scroll; the map keeps what it shows. */
  destroy(): void {
    this.#observer?.disconnect();
    this.#observer = null;
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
    // Order matters. The selection first: selecting may move the camera to the event, and a
    // step's own view should win. The view, kinds and mode are attributes, which the map
    // applies on its next update (a microtask later, re-reading all its options). Time last,
    // from an animation frame, so that nothing applied after it can undo it.
    map.select(step.event);
    map.view = step.view ?? this.#initial.view;
    map.kinds = step.kinds ?? this.#initial.kinds;
    map.mode = step.mode ?? this.#initial.mode;
    const target = step.time ?? from;
    if (target === null) return;
    const animate = from !== null && from !== target && map.status === 'ready'
      && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
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

  private readonly handleIntersection = (entries: IntersectionObserverEntry[]): void => {
    const entered = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target as HTMLElement);
    const last = entered.at(-1);
    if (last) this.activate(last);
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
