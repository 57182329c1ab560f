/**
 * Keeps the page URL and the store in step for the full-page explorer (embeds never touch
 * the host page's URL). Time, filters, mode and view replace the current history entry as
 * they change; a change of selection pushes a new entry, so Back and Forward move between
 * selections. Opening a link restores its state; values that do not parse are reported.
 */
import type { Store, SortieState } from '../../state/store';
import { checkOption, EXPLORER_PARAMS, OPTIONS, unknownParamMessage, unknownParams } from '../../options/options-table';
import { parseUrlState, serializeUrlState, type UrlNotice, type UrlState, type UrlVocabulary } from '../../state/url-state';

const REPLACE_DELAY_MS = 250;
/** Parameters the explorer reads once from its link (`theme`, `basemap`, `src`) and keeps in it as the state changes. */
// `src` is live for the element (a new src reloads), but the explorer reads it once, like these.
const KEPT_PARAMS = OPTIONS.filter((o) => o.urlParam && (!o.live || o.name === 'src')).map((o) => o.urlParam as string);

export function shareableState(state: Readonly<SortieState>): UrlState {
  return {
    time: state.time,
    selectedId: state.selectedId,
    kinds: state.kinds as UrlState['kinds'],
    actors: state.actors as UrlState['actors'],
    mode: state.mode,
    view: state.view,
  };
}

/** Store fields from a parsed URL state (absent fields are left alone). */
export function toStorePatch(url: UrlState): Partial<SortieState> {
  const patch: Partial<SortieState> = {};
  if (url.time !== undefined) patch.time = url.time;
  if (url.selectedId !== undefined) patch.selectedId = url.selectedId;
  if (url.kinds !== undefined) patch.kinds = url.kinds;
  if (url.actors !== undefined) patch.actors = url.actors;
  if (url.mode !== undefined) patch.mode = url.mode;
  if (url.view !== undefined) patch.view = url.view;
  return patch;
}

export class UrlSync {
  #unsubscribe: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #applying = false;

  constructor(
    private readonly store: Store,
    private readonly vocabulary: UrlVocabulary,
    /** Called with what a link asked for that could not be restored. */
    private readonly onNotices: (notices: UrlNotice[]) => void,
    /** Called after Back/Forward restored a state (e.g. to move the camera). */
    private readonly onRestore: (patch: Partial<SortieState>) => void,
  ) {}

  /**
   * Reads the link that opened the page, once, before start(): its store patch, and what it
   * asked for that was ignored, including parameters nobody reads and a bad `theme`
   * (the explorer reads `theme` and `basemap` itself: see OptionsController.readPage).
   */
  readFirst(): { patch: Partial<SortieState>; notices: UrlNotice[] } {
    const { state, notices } = parseUrlState(location.search, this.vocabulary);
    const params = new URLSearchParams(location.search);
    const theme = params.get('theme');
    if (theme !== null) {
      const check = checkOption('theme', theme);
      if (!check.ok) notices.push({ param: 'theme', message: check.message });
    }
    for (const name of unknownParams(location.search, EXPLORER_PARAMS)) {
      notices.push({ param: name, message: unknownParamMessage(name, EXPLORER_PARAMS) });
    }
    return { patch: this.#patchOf(state), notices };
  }

  /** Reads the current URL into a store patch (Back/Forward), reporting what was ignored. */
  read(): Partial<SortieState> {
    const { state, notices } = parseUrlState(location.search, this.vocabulary);
    if (notices.length) this.onNotices(notices);
    return this.#patchOf(state);
  }

  #patchOf(state: UrlState): Partial<SortieState> {
    const patch = toStorePatch(state);
    // A link without a selection means none, so Back to such an entry clears it.
    if (patch.selectedId === undefined) patch.selectedId = null;
    return patch;
  }

  start(): void {
    history.replaceState(history.state, '', this.#href());
    this.#unsubscribe = this.store.subscribe(this.#onChange);
    window.addEventListener('popstate', this.#onPopState);
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    window.removeEventListener('popstate', this.#onPopState);
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #href(): string {
    const query = serializeUrlState(shareableState(this.store.get()));
    const current = new URLSearchParams(location.search);
    const kept = KEPT_PARAMS.flatMap((name) => current.getAll(name).map((value) => `${name}=${encodeURIComponent(value)}`));
    const all = [query.slice(1), ...kept].filter(Boolean).join('&');
    return `${location.pathname}${all ? `?${all}` : ''}${location.hash}`;
  }

  readonly #onChange = (state: Readonly<SortieState>, previous: Readonly<SortieState>): void => {
    if (this.#applying) return;
    if (state.selectedId !== previous.selectedId) {
      if (this.#timer !== null) clearTimeout(this.#timer);
      this.#timer = null;
      history.pushState(null, '', this.#href());
      return;
    }
    const shared = state.time !== previous.time || state.kinds !== previous.kinds || state.actors !== previous.actors
      || state.mode !== previous.mode || state.view !== previous.view;
    // Scrubbing and playing change the time many times a second; the URL follows at rest.
    if (shared && this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        history.replaceState(history.state, '', this.#href());
      }, REPLACE_DELAY_MS);
    }
  };

  readonly #onPopState = (): void => {
    const patch = this.read();
    this.#applying = true;
    try {
      this.store.set({ ...patch, playing: false });
    } finally {
      this.#applying = false;
    }
    this.onRestore(patch);
  };
}
