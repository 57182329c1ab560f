/**
 * What the children ask for, applied to the store: the one place (besides the player and
 * the public methods) that writes to it. Intents are caught on the root's shadow root and
 * stopped there, so a host page only ever sees the root's own public events.
 */
import type { SortieSelectEvent } from '../../events/sortie-select';
import type { SortieApp } from './sortie-app';

type Handlers = { [K in keyof GlobalEventHandlersEventMap]?: (event: GlobalEventHandlersEventMap[K]) => void };

export class IntentsController {
  #root: Node | null = null;

  constructor(private readonly host: SortieApp) {}

  readonly #handlers: Handlers = {
    'sortie-time-input': ({ detail }) => {
      const { store } = this.host;
      // Grabbing the playhead (or its keys) takes over from playback.
      const patch = { time: this.host.clampTime(detail.time), ...(detail.source === 'strip' ? {} : { playing: false }) };
      store.set(detail.source === 'strip' && detail.eventId ? { ...patch, playing: false, selectedId: detail.eventId } : patch);
      this.host.captionAt(null);
    },
    'sortie-play-toggle': ({ detail }) => this.host.store.set({ playing: detail.playing }),
    'sortie-step': ({ detail }) => {
      this.host.store.set({ time: this.host.clampTime(detail.time), selectedId: detail.eventId, playing: false });
      this.host.captionAt(this.host.store.get().time);
    },
    'sortie-playback-change': ({ detail }) => {
      const { speed, pacing, loop } = detail;
      this.host.store.set({
        ...(speed !== undefined ? { speed } : {}),
        ...(pacing !== undefined ? { pacing } : {}),
        ...(loop !== undefined ? { loop } : {}),
      });
    },
    'sortie-mode-change': ({ detail }) => this.host.store.set({ mode: detail.mode, windowMs: detail.windowMs }),
    'sortie-filter-change': ({ detail }) => {
      this.host.store.set({
        kinds: detail.kinds ? new Set(detail.kinds) : null,
        actors: detail.actors ? new Set(detail.actors) : null,
      });
    },
    'sortie-select': (event: SortieSelectEvent) => {
      const { id, source } = event.detail;
      if (source === 'app') return;
      // Details from the playback caption: hold the time still while the reader reads.
      if (id && source === 'caption') this.host.pause();
      this.host.select(id);
      // Reading from the list, the picker or the caption continues in the details: take focus there.
      if (id && (source === 'list' || source === 'picker' || source === 'caption')) void this.host.focusDetails();
    },
    'sortie-zoom-to': ({ detail }) => this.host.mapView?.focusEvent(detail.id, !this.host.reducedMotion()),
    'sortie-reveal': ({ detail }) => this.host.mapView?.revealEvents(detail.ids, !this.host.reducedMotion()),
    'sortie-notice-dismiss': ({ detail }) => this.host.dismissNotice(detail.id),
    'sortie-picker-close': () => this.host.closePicker(),
    'sortie-open-data': ({ detail }) => this.host.openDataset(detail.dataset, detail.name, detail),
  };

  readonly #listener = (event: Event): void => {
    const handler = this.#handlers[event.type as keyof Handlers] as ((e: Event) => void) | undefined;
    if (!handler) return;
    // Our own public `sortie-select` is dispatched on the host, not in the shadow root.
    event.stopPropagation();
    handler(event);
  };

  connect(): void {
    this.#root = this.host.renderRoot;
    for (const type of Object.keys(this.#handlers)) this.#root.addEventListener(type, this.#listener);
  }

  disconnect(): void {
    for (const type of Object.keys(this.#handlers)) this.#root?.removeEventListener(type, this.#listener);
    this.#root = null;
  }
}
