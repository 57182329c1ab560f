import { LitElement, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EMPTY_META, type KindRegistry } from '../../data/dataset-meta';
import { SYMBOL_OUTLINE } from '../../data/kinds';
import { styles } from './sortie-legend.styles';

/** A kind's symbol drawn as map/layers.ts draws its icon (same path, colours and outline). */
function swatch(shape: string, color: string, hollow = false) {
  return hollow
    ? svg`<svg width="14" height="14" viewBox="-2 -2 20 20" aria-hidden="true" focusable="false">
        <path d=${shape} fill="rgba(255,255,255,0.55)" stroke=${SYMBOL_OUTLINE} stroke-width="4" stroke-linejoin="round" />
        <path d=${shape} fill="none" stroke=${color} stroke-width="2" stroke-linejoin="round" /></svg>`
    : svg`<svg width="14" height="14" viewBox="-2 -2 20 20" aria-hidden="true" focusable="false">
        <path d=${shape} fill=${color} stroke=${SYMBOL_OUTLINE} stroke-width="1" stroke-linejoin="round" /></svg>`;
}

const CIRCLE = 'M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z';
const NEUTRAL = '#8c959f';

/**
 * @summary The map key of an embedded map: one line of chips, one per kind the map can show
 * (symbol and name), over the top of the map, scrolling sideways when they do not fit; and a
 * "Key" button that unfolds how to read hollow symbols, dashed lines and shaded areas.
 * Symbols come from map/layers.ts, so the key always matches the map.
 *
 * Only kinds with a count above zero get a chip: the owner passes the counts of the events
 * that pass the map's kind and actor filters, so a map filtered to two kinds shows two.
 * Each chip is a list item carrying `data-kind`.
 */
@customElement('sortie-legend')
export class SortieLegend extends LitElement {
  static override styles = styles;

  /** Number of events of each kind the map shows; kinds without events get no chip. */
  @property({ attribute: false }) counts: ReadonlyMap<string, number> = new Map();
  /** The dataset's kinds (label, colour, symbol), in legend order. */
  @property({ attribute: false }) kindRegistry: KindRegistry = EMPTY_META.kinds;

  /** Is the "Reading the symbols" panel unfolded? */
  @state() private symbolsOpen = false;

  private readonly handleToggle = (): void => {
    this.symbolsOpen = !this.symbolsOpen;
  };

  private readonly handleKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.symbolsOpen) return;
    this.symbolsOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  };

  protected override render() {
    const kinds = [...this.kindRegistry.values()].filter((kind) => (this.counts.get(kind.id) ?? 0) > 0);
    return html`
      <section aria-label="Map key" @keydown=${this.handleKeyDown}>
        <div class="row">
          <ul class="chips" aria-label="Event kinds">
            ${kinds.map((style) => {
              const count = this.counts.get(style.id) ?? 0;
              return html`<li class="chip" data-kind=${style.id} title=${style.description || nothing}>
                ${swatch(style.shape, style.color)}<span class="name">${style.label}</span><span class="visually-hidden">,
                  ${count} ${count === 1 ? 'event' : 'events'}</span>
              </li>`;
            })}
          </ul>
          <button class="toggle" type="button" aria-expanded=${String(this.symbolsOpen)} aria-controls="symbols"
            title="How to read the symbols" @click=${this.handleToggle}>Key</button>
        </div>
        <div id="symbols" class="symbols" ?hidden=${!this.symbolsOpen}>
          <h2 id="key-heading">Reading the symbols</h2>
          <ul class="key" aria-labelledby="key-heading">
            <li>${swatch(CIRCLE, NEUTRAL, true)}<span>Hollow: date uncertain, or place known only to the country</span></li>
            <li>
              <svg width="14" height="14" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                <path d="M1 9H17" stroke="currentColor" stroke-width="2.5" stroke-dasharray="5 3.75" /></svg>
              <span>Dashed: route or border with an uncertain date</span>
            </li>
            <li>
              <svg width="14" height="14" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                <rect x="1.5" y="3.5" width="15" height="11" fill="currentColor" fill-opacity="0.2" stroke="currentColor" stroke-width="1.5" /></svg>
              <span>Shaded: event across a province or region</span>
            </li>
          </ul>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-legend': SortieLegend;
  }
}
