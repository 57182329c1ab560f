import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { sortieReveal } from '../../events/sortie-reveal';
import type { OffscreenGroup } from '../../map/offscreen';
import { styles } from './sortie-offscreen.styles';

/**
 * @summary Buttons on the map's edge pointing to events that are visible now but off the
 * map ("2 events off the map to the north: Moscow"); activating one asks for the camera to
 * show them. The map view works out the groups and where each button goes (map/offscreen.ts);
 * this element only draws them. It sits over the map and lets every pointer event but those
 * on its buttons through.
 *
 * @event sortie-reveal - The reader asked to see a group: `{ ids }`.
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-border, --sortie-focus, --sortie-font - Theme.
 */
export class SortieOffscreen extends LitElement {
  static override styles = styles;

  /** The groups to point to, with their positions in the map (px). */
  @property({ attribute: false }) groups: OffscreenGroup[] = [];

  private readonly handleClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('[data-direction]');
    const group = this.groups.find((g) => g.direction === button?.dataset.direction);
    if (group) this.dispatchEvent(sortieReveal({ ids: group.ids }));
  };

  // Positions go through the CSSOM, never a style attribute, which a strict CSP blocks
  // (styleMap writes the attribute on first render).
  protected override updated(): void {
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('button[data-direction]')) {
      const g = this.groups.find((group) => group.direction === button.dataset.direction);
      if (!g) continue;
      button.style.setProperty('--x', `${g.x}px`);
      button.style.setProperty('--y', `${g.y}px`);
      button.querySelector<SVGElement>('.arrow')?.style.setProperty('--angle', `${g.angle}deg`);
    }
  }

  protected override render() {
    if (!this.groups.length) return nothing;
    return html`<ul aria-label="Events off the map" @click=${this.handleClick}>
      ${this.groups.map((g) => html`<li>
        <button
          type="button"
          data-direction=${g.direction}
          aria-label=${g.label}
          title=${g.label}
        >
          <svg class="arrow" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 1 L14.5 14.5 L8 11 L1.5 14.5 Z"></path>
          </svg>
          <span aria-hidden="true">${g.ids.length}</span>
        </button>
      </li>`)}
    </ul>`;
  }
}

if (!customElements.get('sortie-offscreen')) customElements.define('sortie-offscreen', SortieOffscreen);

declare global {
  interface HTMLElementTagNameMap {
    'sortie-offscreen': SortieOffscreen;
  }
}
