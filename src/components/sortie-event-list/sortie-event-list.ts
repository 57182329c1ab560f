import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { EMPTY_META, kindStyle, type KindRegistry } from '../../data/dataset-meta';
import { formatDate } from '../../data/time';
import type { SortieEvent } from '../../data/validate';
import { sortieSelect } from '../../events/sortie-select';
import { EventRun } from '../../state/event-run';
import { prefersReducedMotion } from '../../state/reduced-motion';
import { isImprecise, kindSwatch } from '../sortie-filters/kind-swatch';
import { announcementText, createBatcher, type Batcher } from './announcement';
import { FocusKeeper } from './focus-keeper';
import { isNewAt } from './is-new';
import { nextRowIndex } from './row-keys';
import { scrollTarget } from './scroll-target';
import { styles } from './sortie-event-list.styles';
import { formatCount } from '../shared/format';

/**
 * @summary The events on the map now, in time order, as a list of buttons that select them;
 * also the screen-reader voice of playback (a polite live region naming events as they are
 * reached).
 *
 * @event sortie-select - The reader chose an event: `{ id, source: 'list' }`.
 *
 * @csspart base - The outer section.
 * @csspart list - The scrolling list (height: set `--sortie-list-max-height` or size the host).
 * @csspart item - Each event button.
 * @csspart swatch - Each kind symbol.
 * @csspart empty - The message shown when no event is visible.
 *
 * A long list is virtual (@lit-labs/virtualizer): only the rows near the view are in the
 * DOM, each telling its place ("5 of 80,000") through aria-posinset/aria-setsize, so the
 * cost of a scrub step does not grow with the list. A short one renders every row (no more
 * DOM than the virtualizer's own overscan, and the browser's find-in-page sees them all).
 *
 * @cssproperty --sortie-list-max-height - Maximum height of the scrolling list (default none).
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-muted, --sortie-accent, --sortie-border,
 *   --sortie-font - Theme.
 */
/**
 * Lists up to this many rows render them all. The virtualizer keeps about 1,000 px of rows
 * either side of the view (40 to 60 rows here), so below this a full list costs about the
 * same DOM and keeps find-in-page; above it only the virtualizer's range exists.
 */
export const FULL_LIST_MAX = 100;

export class SortieEventList extends LitElement {
  static override styles = styles;

  @query('.scroller') private scroller?: HTMLElement;
  @query('[data-rows]') private listElement?: HTMLElement;

  /** Text of the live region; alternates a trailing no-break space so a repeat is re-read. */
  @state() private liveText = '';
  private batcher?: Batcher<SortieEvent>;
  private scrollFrame = 0;
  private readonly keeper = new FocusKeeper(this);

  /**
   * The events shown on the map now, by start time (the time index's run, read in place: a
   * long list reads only the rows near the view; `EventRun.of(array)` for an array).
   */
  @property({ attribute: false }) events: EventRun<SortieEvent> = EventRun.EMPTY;
  /** The dataset's kinds, for each event's symbol. */
  @property({ attribute: false }) kindRegistry: KindRegistry = EMPTY_META.kinds;
  /** Number of events in the dataset, for the "(12 of 42)" count; null shows only the visible count. */
  @property({ attribute: false }) total: number | null = null;
  /** Id of the selected event, or null. */
  @property({ attribute: false }) selectedId: string | null = null;
  /** The time the map shows (epoch ms); events that started within 30 days of it are marked new. */
  @property({ attribute: false }) time = 0;
  /** Events playback has just reached; each new array is announced (bursts are batched). */
  @property({ attribute: false }) announce: readonly SortieEvent[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // 700 ms of quiet lets a burst settle; 2.5 s caps the wait while playback keeps going.
    this.batcher = createBatcher((events) => this.speak(announcementText(events)), { quietMs: 700, maxWaitMs: 2500 });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.batcher?.cancel();
    this.batcher = undefined;
    cancelAnimationFrame(this.scrollFrame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('announce') && this.announce.length) this.batcher?.push(this.announce);
    if (changed.has('selectedId') || changed.has('time') || changed.has('kindRegistry') || changed.has('events')) {
      this.renderVirtualItem = this.virtualItemRenderer();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selectedId') && this.selectedId !== null) {
      // Wait a frame: siblings rendered in the same task (notices, details) can still change
      // the list's height, and the offsets read now would be stale.
      cancelAnimationFrame(this.scrollFrame);
      this.scrollFrame = requestAnimationFrame(() => this.scrollToRow(this.selectedId));
    }
  }

  /** Whether every row is rendered (a short list) rather than only those near the view. */
  private get complete(): boolean {
    return this.events.length <= FULL_LIST_MAX;
  }

  /**
   * Brings an event's row into view, scrolling only the list's own box (never the page
   * around an embed). A row the virtualizer has not rendered is far away: the box jumps to
   * where the row should be (its share of the list's height), the virtualizer renders the
   * rows there, and the next frames align the row exactly. (The virtualizer's own
   * `element(i).scrollIntoView` pins its layout and, in this layout, renders nothing.)
   */
  private scrollToRow(id: string | null, frames = 12): void {
    const scroller = this.scroller;
    const list = this.listElement;
    if (!scroller || !list || id === null) return;
    const row = list.querySelector<HTMLElement>(`[aria-posinset]:has(> button[data-id="${CSS.escape(id)}"])`);
    if (row) {
      const reduce = prefersReducedMotion();
      // Measured, not offsetTop: the virtualizer places rows with transforms.
      const box = scroller.getBoundingClientRect();
      const rect = row.getBoundingClientRect();
      const target = scrollTarget(rect.top - box.top + scroller.scrollTop, rect.height, scroller.scrollTop, scroller.clientHeight);
      // Smooth only for a short way (the row was already rendered on the first try).
      const smooth = frames === 12 && !reduce;
      if (target !== null) scroller.scrollTo({ top: target, behavior: smooth ? 'smooth' : 'instant' });
      return;
    }
    if (!this.virtualizer || frames <= 0) return;
    if (frames === 12) {
      // One pass over the list, on a selection change or a keyboard jump only (never a scrub step).
      const index = this.events.findIndex((e) => e.id === id);
      if (index < 0) return;
      const estimate = ((index + 0.5) / this.events.length) * list.offsetHeight - scroller.clientHeight / 2;
      scroller.scrollTop = Math.max(0, estimate);
    }
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => this.scrollToRow(id, frames - 1));
  }

  /** The virtualizer, when the list is long enough to have one. */
  private get virtualizer(): LitVirtualizer | null {
    const list = this.listElement;
    return list?.localName === 'lit-virtualizer' ? (list as LitVirtualizer) : null;
  }

  private speak(text: string): void {
    if (!text) return;
    this.liveText = this.liveText === text ? `${text}\u00a0` : text;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-id]');
    const id = button?.dataset.id;
    if (id) this.dispatchEvent(sortieSelect({ id, source: 'list' }));
  };

  /** Up/Down/Home/End move focus between rows, rendering the row first when it is not. */
  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const row = (event.target as Element).closest('[aria-posinset]');
    // From the list itself (focus kept there while a row is away), Down goes to the first row.
    const index = row ? Number(row.getAttribute('aria-posinset')) - 1 : -1;
    const next = nextRowIndex(event.key, index, this.events.length);
    if (next === null) return;
    event.preventDefault();
    const id = this.events.at(next)!.id;
    this.keeper.focusedId = id;
    this.keeper.focusRow(id);
    // The keeper focuses the row once the virtualizer renders it.
    this.scrollToRow(id);
  };

  /** One row's button, computed as it renders: nothing here runs for rows off screen. */
  private renderButton(event: SortieEvent) {
    const selected = event.id === this.selectedId;
    return html`<button class="item" part="item" data-id=${event.id} aria-current=${selected ? 'true' : nothing}>
      ${kindSwatch(kindStyle(this.kindRegistry, event.kind), isImprecise(event))}
      <span class="text">
        <span class="title">${event.title}</span>
        <span class="meta">
          <span>${formatDate(event.date)}</span><span class="visually-hidden">, </span><span class="sep" aria-hidden="true">·</span><span>${event.place}</span>
        </span>
      </span>
      ${isNewAt(event, this.time) ? html`<span class="new">New</span>` : nothing}
    </button>`;
  }

  private readonly renderItem = (event: SortieEvent, index: number) =>
    html`<li aria-setsize=${this.events.length} aria-posinset=${index + 1}>${this.renderButton(event)}</li>`;

  // The virtualizer's children sit in <lit-virtualizer>, not a <ul>: explicit roles.
  // A new function whenever what the rows show changes (selection, time, kinds): the
  // virtualizer re-renders its rows only when one of its own properties changes.
  private renderVirtualItem = this.virtualItemRenderer();

  private virtualItemRenderer() {
    return (event: SortieEvent, index: number) =>
      html`<div class="row" role="listitem" aria-setsize=${this.events.length} aria-posinset=${index + 1}>${this.renderButton(event)}</div>`;
  }

  private readonly key = (e: SortieEvent) => e.id;

  private renderRows() {
    // tabindex=-1: the list takes focus while the focused row is away (focus-keeper.ts).
    // The element, not the virtualize directive: the directive looks for its scrolling
    // ancestors while its template is still detached, finds none, and never hears the
    // list's own box scroll.
    return this.complete
      ? html`<ul data-rows class="rows" tabindex="-1" aria-labelledby="list-title" @click=${this.handleClick} @keydown=${this.handleKeyDown}
          @focusin=${this.keeper.handleFocusIn} @focusout=${this.keeper.handleFocusOut}>
          ${repeat(this.events.toArray(), this.key, this.renderItem)}
        </ul>`
      : html`<lit-virtualizer data-rows class="rows virtual" role="list" tabindex="-1" aria-labelledby="list-title"
          @click=${this.handleClick} @keydown=${this.handleKeyDown} @focusin=${this.keeper.handleFocusIn} @focusout=${this.keeper.handleFocusOut}
          .items=${this.events.asArray()} .keyFunction=${this.key} .renderItem=${this.renderVirtualItem}></lit-virtualizer>`;
  }

  protected override render() {
    const count = this.total === null ? formatCount(this.events.length) : `${formatCount(this.events.length)} of ${formatCount(this.total)}`;
    return html`
      <section part="base" aria-labelledby="list-title">
        <div class="head">
          <h2 id="list-title">Events</h2>
          <span class="count">(${count})</span>
        </div>
        <div class="scroller" part="list">
          ${this.events.length
            ? this.renderRows()
            : html`<div class="empty" part="empty">
                <p><strong>No events at this date with these filters</strong></p>
                <p class="muted">Move the time slider, or choose “Show all” in the legend.</p>
              </div>`}
        </div>
        <div class="visually-hidden" role="status">${this.liveText}</div>
      </section>
    `;
  }
}

if (!customElements.get('sortie-event-list')) customElements.define('sortie-event-list', SortieEventList);

declare global {
  interface HTMLElementTagNameMap {
    'sortie-event-list': SortieEventList;
  }
}
