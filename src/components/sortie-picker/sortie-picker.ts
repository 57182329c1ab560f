import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EMPTY_META, kindStyle, type KindRegistry } from '../../data/dataset-meta';
import { formatDate } from '../../data/time';
import type { SortieEvent } from '../../data/validate';
import { sortiePickerClose } from '../../events/sortie-picker-close';
import { sortieSelect } from '../../events/sortie-select';
import { isImprecise, kindSwatch } from '../sortie-filters/kind-swatch';
import { styles } from './sortie-picker.styles';

/**
 * @summary A small menu for a spot on the map where several events share a place (Shayrat,
 * Aleppo, Khan Shaykhun): "3 events here", one item per event. Keyboard as a menu (arrows,
 * Home, End, Escape); focus goes to the first item when it opens.
 *
 * Placement: the root sets `--x` and `--y` (the clicked point, relative to the host's
 * containing block); the menu opens below it. On narrow screens it is a panel fixed to the
 * bottom of the viewport instead.
 *
 * @event sortie-select - The reader chose an event: `{ id, source: 'picker' }`.
 * @event sortie-picker-close - Escape, the close button, or focus left the menu.
 *
 * @csspart base - The panel.
 * @csspart item - Each menu item.
 * @csspart swatch - Each kind symbol.
 *
 * @cssproperty --x - Horizontal position of the point the menu belongs to.
 * @cssproperty --y - Vertical position of the point the menu belongs to.
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-muted, --sortie-accent, --sortie-border,
 *   --sortie-font - Theme.
 */
export class SortiePicker extends LitElement {
  static override styles = styles;

  /** Index of the item that holds the roving tabindex. */
  @state() private active = 0;

  /** The events that share the clicked place, in time order. */
  @property({ attribute: false }) events: SortieEvent[] = [];
  /** The dataset's kinds, for each event's symbol. */
  @property({ attribute: false }) kindRegistry: KindRegistry = EMPTY_META.kinds;
  /** Whether the menu shows; reflected, so hosts can style `sortie-picker[open]`. */
  @property({ type: Boolean, reflect: true }) open = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.open && (changed.has('open') || changed.has('events'))) this.active = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.open && (changed.has('open') || changed.has('events'))) this.items[0]?.focus();
  }

  private get items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private focusItem(index: number): void {
    const items = this.items;
    if (items.length === 0) return;
    this.active = (index + items.length) % items.length;
    items[this.active]?.focus();
  }

  private close(): void {
    this.dispatchEvent(sortiePickerClose());
  }

  private readonly handleClose = (): void => {
    this.close();
  };

  private readonly handleClick = (event: MouseEvent): void => {
    const item = (event.target as Element).closest<HTMLElement>('[data-id]');
    const id = item?.dataset.id;
    if (id) this.dispatchEvent(sortieSelect({ id, source: 'picker' }));
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
      return;
    }
    const index = this.items.indexOf(event.composedPath()[0] as HTMLElement);
    if (index === -1) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.focusItem(target);
  };

  /**
   * Focus leaving the panel for somewhere else on the page closes it, as Tab does in a menu.
   * Not once the root has closed it (say, after a choice moved focus to the details), or
   * the root would get a stray close and might move focus again.
   */
  private readonly handleFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.renderRoot.contains(next) && !this.contains(next)) this.close();
  };

  protected override render() {
    if (!this.open || this.events.length === 0) return nothing;
    const n = this.events.length;
    return html`
      <div class="panel" part="base" @keydown=${this.handleKeydown} @focusout=${this.handleFocusout}>
        <div class="head">
          <h2 id="picker-title">${n === 1 ? '1 event here' : `${n} events here`}</h2>
          <button class="close" aria-label="Close list of events here" @click=${this.handleClose}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <ul role="menu" aria-labelledby="picker-title" @click=${this.handleClick}>
          ${this.events.map((e, i) => html`
            <li role="none">
              <button role="menuitem" part="item" data-id=${e.id} tabindex=${i === this.active ? 0 : -1}>
                ${kindSwatch(kindStyle(this.kindRegistry, e.kind), isImprecise(e))}
                <span class="text">
                  <span class="title">${e.title}</span>
                  <span class="date">${formatDate(e.date)}</span>
                </span>
              </button>
            </li>
          `)}
        </ul>
      </div>
    `;
  }
}

if (!customElements.get('sortie-picker')) customElements.define('sortie-picker', SortiePicker);

declare global {
  interface HTMLElementTagNameMap {
    'sortie-picker': SortiePicker;
  }
}
