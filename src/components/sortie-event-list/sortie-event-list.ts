import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { EMPTY_META, kindStyle, type KindRegistry } from '../../data/dataset-meta';
import { formatDate } from '../../data/time';
import type { SortieEvent } from '../../data/validate';
import { sortieSelect } from '../../events/sortie-select';
import { isImprecise, kindSwatch } from '../sortie-filters/kind-swatch';
import { announcementText, createBatcher, type Batcher } from './announcement';
import { isNewAt } from './is-new';
import { styles } from './sortie-event-list.styles';

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
 * @cssproperty --sortie-list-max-height - Maximum height of the scrolling list (default none).
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-muted, --sortie-accent, --sortie-border,
 *   --sortie-font - Theme.
 */
export class SortieEventList extends LitElement {
  static override styles = styles;

  @query('.scroller') private scroller?: HTMLElement;

  /** Text of the live region; alternates a trailing no-break space so a repeat is re-read. */
  @state() private liveText = '';
  private batcher?: Batcher<SortieEvent>;
  /** `events` by start time. */
  private ordered: SortieEvent[] = [];
  private scrollFrame = 0;

  /** The events shown on the map now (listed by start time, whatever order they come in). */
  @property({ attribute: false }) events: SortieEvent[] = [];
  /** The dataset's kinds, for each event's symbol. */
  @property({ attribute: false }) kindRegistry: KindRegistry = EMPTY_META.kinds;
  /** Number of events in the dataset, for the "(12 of 42)" count; null shows only the visible count. */
  @property({ attribute: false }) total: number | null = null;
  /** Id of the selected event, or null. */
  @property({ attribute: false }) selectedId: string | null = null;
  /** The time the map shows (epoch ms); events that started within 30 days of it are marked new. */
  @property({ attribute: false }) time = 0;
  /** Events playback has just reached; each new array is announced (bursts are batched). */
  @property({ attribute: false }) announce: SortieEvent[] = [];

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
    // The root passes the visible events in dataset order (2003 sits among 2017's events);
    // a reader scans them by date. Stable, so same-day events keep the dataset's order.
    if (changed.has('events')) this.ordered = [...this.events].sort((a, b) => a.start - b.start);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selectedId') && this.selectedId !== null) {
      // Wait a frame: siblings rendered in the same task (notices, details) can still change
      // the list's height, and the offsets read now would be stale.
      cancelAnimationFrame(this.scrollFrame);
      this.scrollFrame = requestAnimationFrame(this.scrollToSelected);
    }
  }

  /** Scrolls only the list's own box, never the page around an embed. */
  private readonly scrollToSelected = (): void => {
    const scroller = this.scroller;
    const item = scroller?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!scroller || !item) return;
    const top = item.offsetTop;
    const bottom = top + item.offsetHeight;
    let target: number | null = null;
    if (top < scroller.scrollTop) target = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) target = bottom - scroller.clientHeight;
    if (target === null) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    scroller.scrollTo({ top: target, behavior: reduce ? 'instant' : 'smooth' });
  };

  private speak(text: string): void {
    if (!text) return;
    this.liveText = this.liveText === text ? `${text}\u00a0` : text;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-id]');
    const id = button?.dataset.id;
    if (id) this.dispatchEvent(sortieSelect({ id, source: 'list' }));
  };

  private renderItem(event: SortieEvent) {
    const selected = event.id === this.selectedId;
    return html`
      <li>
        <button class="item" part="item" data-id=${event.id} aria-current=${selected ? 'true' : nothing}>
          ${kindSwatch(kindStyle(this.kindRegistry, event.kind), isImprecise(event))}
          <span class="text">
            <span class="title">${event.title}</span>
            <span class="meta">
              <span>${formatDate(event.date)}</span><span class="visually-hidden">, </span><span class="sep" aria-hidden="true">·</span><span>${event.place}</span>
            </span>
          </span>
          ${isNewAt(event, this.time) ? html`<span class="new">New</span>` : nothing}
        </button>
      </li>
    `;
  }

  protected override render() {
    const count = this.total === null ? `${this.events.length}` : `${this.events.length} of ${this.total}`;
    return html`
      <section part="base" aria-labelledby="list-title">
        <div class="head">
          <h2 id="list-title">Events</h2>
          <span class="count">(${count})</span>
        </div>
        <div class="scroller" part="list">
          ${this.events.length
            ? html`<ul aria-labelledby="list-title" @click=${this.handleClick}>
                ${repeat(this.ordered, (e) => e.id, (e) => this.renderItem(e))}
              </ul>`
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
