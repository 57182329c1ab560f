/**
 * The one source of truth (STYLE.md): time, mode, filters, selection, playback and view.
 * Only the root element writes to it; everything else reads it or listens to it.
 */
import type { TimeMode } from '../data/time';
import type { Notice, PickerState } from './notice';
import type { Pacing } from './playback';

export interface MapViewState {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
}

export interface SortieState {
  /** The moment the map shows, epoch ms (UTC). */
  time: number;
  mode: TimeMode;
  /** Length of the trailing window in 'window' mode, ms. */
  windowMs: number;
  /** Kinds to show; null shows all. */
  kinds: ReadonlySet<string> | null;
  /** Actors to show (an event shows if any of its actors is in the set); null shows all. */
  actors: ReadonlySet<string> | null;
  /** Id of the selected event, if any. */
  selectedId: string | null;
  playing: boolean;
  /** Playback speed multiplier. */
  speed: number;
  /** 'events': step from event to event, squeezing empty stretches; 'linear': constant rate. */
  pacing: Pacing;
  /** Start again at the end instead of stopping. */
  loop: boolean;
  /** Camera; null until the map has fitted itself to the data. */
  view: MapViewState | null;
  /** The timeline's span, epoch ms: the data's, or the `from`/`to` options'. */
  domain: readonly [number, number];
  /** The menu of co-located events under the last click, if open. */
  picker: PickerState | null;
  /** What the app set aside (ignored options, skipped features), shown until dismissed. */
  notices: readonly Notice[];
  /** A picture of the map, taken just before printing (the live canvas does not print). */
  printImage: string | null;
}

export type StateListener = (state: Readonly<SortieState>, previous: Readonly<SortieState>) => void;

export const DEFAULT_WINDOW_MS = 90 * 86_400_000;

export function initialState(overrides: Partial<SortieState> = {}): SortieState {
  return {
    time: 0,
    mode: 'cumulative',
    windowMs: DEFAULT_WINDOW_MS,
    kinds: null,
    actors: null,
    selectedId: null,
    playing: false,
    speed: 1,
    pacing: 'events',
    loop: false,
    view: null,
    domain: [0, 0],
    picker: null,
    notices: [],
    printImage: null,
    ...overrides,
  };
}

function sameSet<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

function sameValue<K extends keyof SortieState>(key: K, a: SortieState[K], b: SortieState[K]): boolean {
  if (key === 'kinds' || key === 'actors') {
    return sameSet(a as ReadonlySet<unknown> | null, b as ReadonlySet<unknown> | null);
  }
  if (key === 'domain') {
    const [a0, a1] = a as readonly [number, number];
    const [b0, b1] = b as readonly [number, number];
    return a0 === b0 && a1 === b1;
  }
  if (key === 'view') {
    const va = a as MapViewState | null;
    const vb = b as MapViewState | null;
    if (!va || !vb) return va === vb;
    return va.zoom === vb.zoom && va.center[0] === vb.center[0] && va.center[1] === vb.center[1];
  }
  return Object.is(a, b);
}

/** A small typed store. State objects are never mutated: every change makes a new one. */
export class Store {
  #state: Readonly<SortieState>;
  readonly #listeners = new Set<StateListener>();

  constructor(initial: Partial<SortieState> = {}) {
    this.#state = initialState(initial);
  }

  get(): Readonly<SortieState> {
    return this.#state;
  }

  /** Applies a patch; listeners run once, and only if some value really changed. */
  set(patch: Partial<SortieState>): void {
    const previous = this.#state;
    const changed = (Object.keys(patch) as Array<keyof SortieState>).filter(
      (key) => patch[key] !== undefined && !sameValue(key, previous[key], patch[key] as never),
    );
    if (changed.length === 0) return;
    const next = { ...previous };
    for (const key of changed) (next as Record<string, unknown>)[key] = patch[key];
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next, previous);
  }

  /** Calls fn after every change; returns the function that stops it. */
  subscribe(fn: StateListener): () => void {
    this.#listeners.add(fn);
    return () => {
      this.#listeners.delete(fn);
    };
  }
}
