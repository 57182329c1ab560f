import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SortieEvent } from '../../data/validate';
import { sortieSelect } from '../../events/sortie-select';
import { captionFor } from './caption-text';
import { styles } from './sortie-caption.styles';

/**
 * @summary What playback just reached, over the bottom of the map: "date · title" for each
 * event reached at one step, with a Details button that opens it.
 *
 * The root sets `events` when playback reaches events and on Previous/Next event, and clears
 * it when the reader scrubs (the slider already says the date; a caption flashing past for
 * each event dragged over would be noise). A caption stays until the next events replace
 * it, so a reader can still press Details after the time has moved on.
 *
 * Screen readers: with `speak`, the caption's sentence goes into its own polite live region.
 * The root turns `speak` off where the event list already announces playback (the full
 * explorer), so nothing is read twice. No animation under prefers-reduced-motion.
 *
 * @event sortie-select - Details: `{ id, source: 'caption' }`.
 *
 * @csspart base - The caption box.
 * @csspart details - Each Details button.
 *
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-muted, --sortie-accent, --sortie-border,
 *   --sortie-font - Theme.
 */
export class SortieCaption extends LitElement {
  static override styles = styles;

  /** Text of the live region; alternates a trailing no-break space so a repeat is re-read. */
  @state() private liveText = '';

  /** The events just reached (one step's worth); empty hides the caption. */
  @property({ attribute: false }) events: readonly SortieEvent[] = [];
  /** Read each new caption out in a polite live region. */
  @property({ type: Boolean }) speak = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('events') || !this.speak) return;
    const { spoken } = captionFor(this.events);
    if (spoken) this.liveText = this.liveText === spoken ? `${spoken}\u00a0` : spoken;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const id = (event.target as Element).closest<HTMLElement>('button[data-id]')?.dataset.id;
    if (id) this.dispatchEvent(sortieSelect({ id, source: 'caption' }));
  };

  protected override render() {
    const { lines, more } = captionFor(this.events);
    // The live region is always there: a region added together with its text is not read.
    return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.speak ? this.liveText : ''}</div>
      ${lines.length
        ? html`<div class="caption" part="base" role="group" aria-label="Just reached" @click=${this.handleClick}>
            <ul>
              ${lines.map((l) => html`<li>
                <span class="text"><span class="date">${l.date}</span><span class="sep" aria-hidden="true"> · </span><span class="visually-hidden">: </span><span class="title">${l.title}</span></span>
                <button type="button" part="details" data-id=${l.id} aria-label="Details: ${l.title}">Details</button>
              </li>`)}
            </ul>
            ${more ? html`<p class="more">and ${more} more</p>` : nothing}
          </div>`
        : nothing}`;
  }
}

if (!customElements.get('sortie-caption')) customElements.define('sortie-caption', SortieCaption);

declare global {
  interface HTMLElementTagNameMap {
    'sortie-caption': SortieCaption;
  }
}
