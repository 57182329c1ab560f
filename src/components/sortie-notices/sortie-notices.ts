import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { sortieNoticeDismiss } from '../../events/sortie-notice-dismiss';
import { styles } from './sortie-notices.styles';

import type { Notice as SortieNotice } from '../../state/notice';

/** One message for the reader; the shape lives with the store (src/state/notice.ts), which keeps the list. */
export type { SortieNotice };

/**
 * @summary Dismissible notices about things the app set aside: URL parameters it ignored and
 * dataset features it skipped. Polite (role="status"), because nothing here stops the map
 * from working; an alert would interrupt for no reason.
 *
 * @event sortie-notice-dismiss - The reader dismissed a notice: `{ id }`.
 *
 * @csspart notice - Each notice box.
 * @csspart dismiss - Each dismiss button.
 *
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-muted, --sortie-accent, --sortie-border,
 *   --sortie-font - Theme.
 */
export class SortieNotices extends LitElement {
  static override styles = styles;

  /** The notices to show, oldest first; the root removes one when it is dismissed. */
  @property({ attribute: false }) notices: readonly SortieNotice[] = [];

  private readonly handleClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-id]');
    const id = button?.dataset.id;
    if (id !== undefined) this.dispatchEvent(sortieNoticeDismiss({ id }));
  };

  protected override render() {
    if (this.notices.length === 0) return nothing;
    // Ids inside the shadow root only need to be unique here; notice ids may hold any text.
    return html`
      <div class="stack" @click=${this.handleClick}>
        ${repeat(this.notices, (n) => n.id, (n, i) => html`
          <div class="notice" part="notice" role="status" aria-labelledby="notice-${i}">
            <div class="text">
              <p class="title" id="notice-${i}">${n.title}</p>
              ${n.lines.length
                ? html`<ul>${n.lines.map((line) => html`<li>${line}</li>`)}</ul>`
                : nothing}
            </div>
            <button class="dismiss" part="dismiss" data-id=${n.id} aria-label="Dismiss notice: ${n.title}">
              <span aria-hidden="true">✕</span> Dismiss
            </button>
          </div>
        `)}
      </div>
    `;
  }
}

if (!customElements.get('sortie-notices')) customElements.define('sortie-notices', SortieNotices);

declare global {
  interface HTMLElementTagNameMap {
    'sortie-notices': SortieNotices;
  }
}
