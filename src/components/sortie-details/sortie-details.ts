import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { ArticleMeta } from '../../data/dataset-format';
import { EMPTY_META, kindStyle, type KindRegistry } from '../../data/dataset-meta';
import { formatDate } from '../../data/time';
import type { SortieEvent } from '../../data/validate';
import { sortieSelect } from '../../events/sortie-select';
import { sortieZoomTo } from '../../events/sortie-zoom-to';
import { isImprecise, kindSwatch } from '../sortie-filters/kind-swatch';
import { citations, PLACE_PRECISION_WORDS, type Citation } from './citation';
import { extrasPart } from './extras';
import { styles } from './sortie-details.styles';

/**
 * @summary Everything the dataset says about one event: what, when and where (with how
 * precisely), who, and the verbatim excerpts it rests on, each with its article.
 *
 * Focus: Close and Escape give focus back to where the reader was when the details opened
 * (the list row, the map, the caption's Details button), before the details go away; if
 * that element is gone, focus stays where the browser puts it.
 *
 * @event sortie-select - Close (button or Escape): `{ id: null, source: 'details' }`.
 * @event sortie-zoom-to - "Zoom to event": `{ id }`.
 *
 * @csspart base - The region.
 * @csspart heading - The event title (h2).
 * @csspart swatch - The kind symbol in the badge.
 * @csspart close - The close button.
 * @csspart zoom - The zoom-to-event button.
 *
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-muted, --sortie-accent, --sortie-border,
 *   --sortie-font - Theme.
 */
export class SortieDetails extends LitElement {
  static override styles = styles;

  @query('#details-title') private heading?: HTMLElement;

  /** The event to show; null renders nothing. */
  @property({ attribute: false }) event: SortieEvent | null = null;
  /** The dataset's own articles (`sortie.articles`), to name each source. */
  @property({ attribute: false }) articles: readonly ArticleMeta[] = [];
  /** The dataset's kinds, for the event's symbol and kind label. */
  @property({ attribute: false }) kindRegistry: KindRegistry = EMPTY_META.kinds;

  /** What had focus when the details opened (or switched event): where Close and Escape return it. */
  #returnFocus: HTMLElement | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read before the root moves focus into the details (it does so after this update).
    if (changed.has('event') && this.event) {
      const active = deepActiveElement();
      if (active && !this.renderRoot.contains(active) && active !== this) this.#returnFocus = active;
    }
  }

  /** Moves focus to the event title, so a screen reader starts reading there. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  private readonly handleClose = (): void => {
    const target = this.#returnFocus;
    this.#returnFocus = null;
    // Only if focus is in here: a close that came from elsewhere must not pull focus around.
    const inside = this.renderRoot.contains(deepActiveElement());
    if (inside && target?.isConnected) target.focus();
    this.dispatchEvent(sortieSelect({ id: null, source: 'details' }));
  };

  private readonly handleZoom = (): void => {
    if (this.event) this.dispatchEvent(sortieZoomTo({ id: this.event.id }));
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.handleClose();
  };

  private renderNote(text: string | undefined) {
    return text ? html`<p class="note">${text}</p>` : nothing;
  }

  private renderCitation(c: Citation) {
    const source = c.name ?? c.url ?? 'Source';
    const headline = c.headline === null && c.articleId === null
      ? c.url
        ? html`<cite><a href=${c.url} target="_blank" rel="noopener noreferrer">${source}</a></cite>`
        : html`<cite>${source}</cite>`
      : c.headline === null
      ? html`<span>Article “${c.articleId}” (not listed in this dataset)</span>`
      : c.url
        ? html`<cite><a href=${c.url} target="_blank" rel="noopener noreferrer">${c.headline}</a></cite>`
        : html`<cite>${c.headline}</cite>`;
    return html`
      <li>
        <figure>
          ${c.excerpt === null ? nothing : html`<blockquote>${c.excerpt}</blockquote>`}
          <figcaption>
            ${headline}
            ${c.headline === null ? nothing : html`
              <span class="byline">
                ${c.publisher}${c.author ? html`, by ${c.author}` : nothing}${c.date ? html`, ${c.date}` : nothing}
              </span>`}
            ${c.dateNote ? html`<details><summary>How this date was worked out</summary><p>${c.dateNote}</p></details>` : nothing}
          </figcaption>
        </figure>
      </li>
    `;
  }

  protected override render() {
    const e = this.event;
    if (!e) return nothing;
    const kind = kindStyle(this.kindRegistry, e.kind);
    return html`
      <section role="region" aria-labelledby="details-title" part="base" @keydown=${this.handleKeydown}>
        <div class="bar">
          <span class="badge">${kindSwatch(kind, isImprecise(e))}${kind.label}</span>
          <span class="actions">
            <button class="zoom" part="zoom" @click=${this.handleZoom}>Zoom to event</button>
            <button class="close" part="close" aria-label="Close details" @click=${this.handleClose}>
              <span aria-hidden="true">✕</span> Close
            </button>
          </span>
        </div>
        <h2 id="details-title" part="heading" tabindex="-1">${e.title}</h2>
        <dl class="facts">
          <div>
            <dt>Date</dt>
            <dd>${formatDate(e.date)}${this.renderNote(e.date_note)}</dd>
          </div>
          <div>
            <dt>Place</dt>
            <dd>${e.place || html`<span class="muted">not stated</span>`} <span class="muted">(${PLACE_PRECISION_WORDS[e.location_precision]})</span>${this.renderNote(e.place_note)}</dd>
          </div>
          <div>
            <dt>${e.actors.length === 1 ? 'Actor' : 'Actors'}</dt>
            <dd>${e.actors.length ? e.actors.join(', ') : html`<span class="muted">not stated</span>`}${this.renderNote(e.actor_note)}</dd>
          </div>
        </dl>
        ${e.summary ? html`<p class="summary">${e.summary}</p>` : nothing}
        ${extrasPart(e.extra)}
        ${e.sources.length
          ? html`<h3 id="sources-title">${e.sources.length === 1 ? 'Source' : 'Sources'}</h3>
            <ol class="sources" aria-labelledby="sources-title">
              ${citations(e.sources, this.articles).map((c) => this.renderCitation(c))}
            </ol>`
          : nothing}
      </section>
    `;
  }
}

/** The focused element, looking inside shadow roots (document.activeElement stops at the first host). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

if (!customElements.get('sortie-details')) customElements.define('sortie-details', SortieDetails);

declare global {
  interface HTMLElementTagNameMap {
    'sortie-details': SortieDetails;
  }
}
