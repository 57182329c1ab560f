import { LitElement, html, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { KIND_STYLES, SYMBOL_OUTLINE } from '../../data/kinds';
import { EVENT_KINDS, type EventKind } from '../../data/types';
import { styles } from './sortie-legend.styles';

/** Below this width the legend starts collapsed so it does not cover the map. */
const NARROW = '(max-width: 640px)';

/** A kind's symbol drawn as map/layers.ts draws its icon (same path, colours and outline). */
function swatch(shape: string, color: string, hollow = false) {
  return hollow
    ? svg`<svg width="18" height="18" viewBox="-2 -2 20 20" aria-hidden="true">
        <path d=${shape} fill="rgba(255,255,255,0.55)" stroke=${SYMBOL_OUTLINE} stroke-width="4" stroke-linejoin="round" />
        <path d=${shape} fill="none" stroke=${color} stroke-width="2" stroke-linejoin="round" /></svg>`
    : svg`<svg width="18" height="18" viewBox="-2 -2 20 20" aria-hidden="true">
        <path d=${shape} fill=${color} stroke=${SYMBOL_OUTLINE} stroke-width="1" stroke-linejoin="round" /></svg>`;
}

const CIRCLE = 'M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z';
const NEUTRAL = '#8c959f';

/**
 * @summary The map key: one row per event kind (symbol, name, count) and how to read
 * hollow symbols, dashed lines and shaded areas. Symbols come from map/layers.ts, so the
 * key always matches the map.
 *
 * Each kind is one list item carrying `data-kind`, ready to become a filter toggle.
 */
@customElement('sortie-legend')
export class SortieLegend extends LitElement {
  static override styles = styles;

  /** Number of events of each kind; kinds without events are not listed. */
  @property({ attribute: false }) counts: ReadonlyMap<EventKind, number> = new Map();

  /** Start folded to its "Show key" button (maps whose page explains them, e.g. story maps). */
  @property({ type: Boolean, attribute: 'start-collapsed' }) startCollapsed = false;

  @state() private collapsed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.collapsed = this.startCollapsed || window.matchMedia(NARROW).matches;
  }

  private readonly handleToggle = (): void => {
    this.collapsed = !this.collapsed;
  };

  protected override render() {
    const kinds = EVENT_KINDS.filter((kind) => (this.counts.get(kind) ?? 0) > 0);
    return html`
      <section aria-labelledby="legend-heading">
        <div class="head">
          <h2 id="legend-heading">Event kinds</h2>
          <button class="toggle" type="button" aria-expanded=${String(!this.collapsed)} aria-controls="legend-body"
            @click=${this.handleToggle}>${this.collapsed ? 'Show key' : 'Hide'}</button>
        </div>
        <div id="legend-body" ?hidden=${this.collapsed}>
          <ul aria-labelledby="legend-heading">
            ${kinds.map((kind) => {
              const style = KIND_STYLES[kind];
              const count = this.counts.get(kind) ?? 0;
              return html`<li data-kind=${kind}>
                ${swatch(style.shape, style.color)}
                <span class="name">${style.label}</span>
                <span class="count">${count}<span class="visually-hidden"> ${count === 1 ? 'event' : 'events'}</span></span>
              </li>`;
            })}
          </ul>
          <h3 id="key-heading">Reading the symbols</h3>
          <ul class="key" aria-labelledby="key-heading">
            <li>${swatch(CIRCLE, NEUTRAL, true)}<span>Hollow: date uncertain, or place known only to the country</span></li>
            <li>
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                <path d="M1 9H17" stroke="#57606a" stroke-width="2.5" stroke-dasharray="5 3.75" /></svg>
              <span>Dashed: route or border with an uncertain date</span>
            </li>
            <li>
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                <rect x="1.5" y="3.5" width="15" height="11" fill="#57606a" fill-opacity="0.2" stroke="#57606a" stroke-width="1.5" /></svg>
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
