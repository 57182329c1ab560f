/**
 * Keeps a page of many maps under the browser's WebGL context limit (Chromium keeps about 16
 * live contexts and silently takes the oldest away, leaving a blank map). A map far from
 * the viewport gives its context back (MapView.suspend) and gets a new one when it comes
 * near again (MapView.resume); a map whose context the browser took away while it was near
 * gets a new one too. The store, and so the time, filters and selection, is untouched.
 */
import type { MapView } from '../../map/map-view';

/** How far from the viewport a map keeps its context (IntersectionObserver rootMargin). */
export const KEEP_MARGIN = '150% 0px';
/** How long to wait for the browser to give a lost context back before making a new one. */
const RESTORE_WAIT_MS = 1000;

export interface ContextKeeperHost {
  /** The element to watch. */
  readonly element: Element;
  /** The ready map's view, or null while there is none (not loaded, reloading). */
  mapView(): MapView | null;
}

export class ContextKeeper {
  #observer: IntersectionObserver | null = null;
  #far = false;
  #watched: MapView | null = null;
  #unwatch: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: ContextKeeperHost) {}

  /** Starts watching; call when the element is connected. */
  start(): void {
    if (this.#observer || typeof IntersectionObserver === 'undefined') return;
    this.#observer = new IntersectionObserver(this.#onIntersection, { rootMargin: KEEP_MARGIN });
    this.#observer.observe(this.host.element);
  }

  /** Stops watching and clears its timer; the map itself is the app's to tear down. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#unwatch?.();
    this.#unwatch = null;
    this.#watched = null;
    this.#clearTimer();
  }

  /** The map became ready (again): follow its context, and release it if it is already far. */
  ready(): void {
    const view = this.host.mapView();
    if (view !== this.#watched) {
      this.#unwatch?.();
      this.#watched = view;
      this.#unwatch = view?.onContextLost(this.#onContextLost) ?? null;
    }
    if (this.#far) view?.suspend();
  }

  readonly #onIntersection = (entries: IntersectionObserverEntry[]): void => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    this.#far = !entry.isIntersecting;
    const view = this.host.mapView();
    if (this.#far) {
      this.#clearTimer();
      view?.suspend();
    } else {
      view?.resume();
    }
  };

  readonly #onContextLost = (): void => {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const view = this.host.mapView();
      // The browser did not give it back: a new map, unless the element is far (then later).
      if (!this.#far && view?.dormant) view.resume();
    }, RESTORE_WAIT_MS);
  };

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
