import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, queryAll, state } from 'lit/decorators.js';
import type { SortieEvent } from '../../data/validate';
import { EventRun } from '../../state/event-run';
import { eventsCsv } from './events-csv';
import { saveBlob, slug, today } from './save-file';
import { styles } from './sortie-download.styles';
import { formatCount } from '../shared/format';

/**
 * @summary "Download data": a menu button in the explorer's header with two items, the
 * dataset as a GeoJSON file (exactly as loaded or opened, `sortie` member and all) and the
 * events shown right now (time and filters) as a CSV table.
 *
 * A menu in the ARIA menu-button pattern: Enter, Space or ArrowDown opens it on the first
 * item, the arrow keys, Home and End move, Escape closes it and returns focus to the button,
 * Tab or a click elsewhere closes it.
 */
@customElement('sortie-download')
export class SortieDownload extends LitElement {
  static override styles = styles;

  @query('button.trigger') private trigger!: HTMLButtonElement;
  @queryAll('[role=menuitem]') private items!: NodeListOf<HTMLButtonElement>;
  @query('[role=menu]') private menu!: HTMLElement;

  /** URL of the dataset as loaded (a blob: URL for a local file); read again for the download. */
  @property() src = '';
  /** The dataset's name or title, for file names ("la-riots.csv" → "la-riots-2026-12-01.geojson"). */
  @property() name = 'sortie';
  /** The events the explorer shows now, by start (read in full only when the CSV is asked for). */
  @property({ attribute: false }) events: EventRun<SortieEvent> = EventRun.EMPTY;

  @state() private expanded = false;
  @state() private message = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.handleOutside, true);
    window.removeEventListener('resize', this.handleResize);
  }

  /**
   * The menu is a popover, in the top layer: the header's stacking context would otherwise
   * keep it under the map. Fixed under the button, right-aligned, kept on screen.
   */
  #place(): void {
    const button = this.trigger.getBoundingClientRect();
    const width = this.menu.offsetWidth;
    const left = Math.max(8, Math.min(button.right - width, innerWidth - width - 8));
    this.menu.style.left = `${left}px`;
    this.menu.style.top = `${button.bottom + 4}px`;
  }

  async #setOpen(open: boolean, focus: 'first' | 'last' | 'button' | null): Promise<void> {
    this.expanded = open;
    if (open) {
      document.addEventListener('pointerdown', this.handleOutside, true);
      window.addEventListener('resize', this.handleResize);
    } else {
      document.removeEventListener('pointerdown', this.handleOutside, true);
      window.removeEventListener('resize', this.handleResize);
    }
    await this.updateComplete;
    if (open && !this.menu.matches(':popover-open')) {
      this.menu.showPopover();
      this.#place();
    } else if (!open && this.menu.matches(':popover-open')) this.menu.hidePopover();
    if (focus === 'button') this.trigger.focus();
    else if (focus === 'first') this.items[0]?.focus();
    else if (focus === 'last') this.items[this.items.length - 1]?.focus();
  }

  private readonly handleOutside = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) void this.#setOpen(false, null);
  };

  private readonly handleResize = (): void => void this.#setOpen(false, null);

  private readonly handleTrigger = (): void => void this.#setOpen(!this.expanded, this.expanded ? null : 'first');

  private readonly handleTriggerKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#setOpen(true, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly handleMenuKey = (event: KeyboardEvent): void => {
    const items = [...this.items];
    const index = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void this.#setOpen(false, 'button');
    } else if (event.key === 'Tab') void this.#setOpen(false, null);
  };

  private readonly handleDataset = async (): Promise<void> => {
    void this.#setOpen(false, 'button');
    try {
      const response = await fetch(this.src);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const blob = await response.blob();
      saveBlob(new Blob([blob], { type: 'application/geo+json' }), `${slug(this.name)}-${today()}.geojson`);
      this.message = '';
    } catch (error) {
      this.message = `Could not download the dataset: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  private readonly handleCsv = (): void => {
    void this.#setOpen(false, 'button');
    // A byte-order mark lets spreadsheet programs read the file as UTF-8.
    saveBlob(new Blob(['\uFEFF', eventsCsv(this.events.toArray())], { type: 'text/csv;charset=utf-8' }), `${slug(this.name)}-shown-${today()}.csv`);
  };

  protected override render() {
    const shown = this.events.length;
    return html`<div class="wrap">
      <button type="button" class="trigger" aria-haspopup="menu" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="download-menu"
        @click=${this.handleTrigger} @keydown=${this.handleTriggerKey}>Download data <span aria-hidden="true">▾</span></button>
      <div id="download-menu" role="menu" aria-label="Download data" popover="manual" @keydown=${this.handleMenuKey}>
        <button type="button" role="menuitem" tabindex="-1" @click=${this.handleDataset}>
          Dataset (GeoJSON)<span class="sub">every event, as loaded</span>
        </button>
        <button type="button" role="menuitem" tabindex="-1" @click=${this.handleCsv}>
          Events shown (CSV)<span class="sub">${formatCount(shown)} ${shown === 1 ? 'event' : 'events'} at this time, with these filters</span>
        </button>
      </div>
      ${this.message ? html`<p class="message" role="alert">${this.message}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-download': SortieDownload;
  }
}
