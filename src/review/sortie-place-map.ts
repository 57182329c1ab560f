/**
 * @summary A small map of one candidate's place and its alternatives (the chosen one filled).
 * MapLibre stays in PlaceMap; this element gives it a container and passes the places down.
 */
import { css, html, LitElement, unsafeCSS } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { type MapPlace, PlaceMap } from './place-map';

@customElement('sortie-place-map')
export class SortiePlaceMap extends LitElement {
  static override styles = [unsafeCSS(maplibreCss), css`
    :host { display: block; }
    .map { height: 14rem; border: 1px solid #c4bdb1; border-radius: 6px; }
  `];

  @query('.map') private container!: HTMLDivElement;

  /** The places to draw; the one with `chosen` is the candidate's place. */
  @property({ attribute: false }) places: MapPlace[] = [];
  /** Accessible name of the map region. */
  @property() label = 'Map of the place';

  private view: PlaceMap | null = null;

  override firstUpdated(): void {
    this.view = new PlaceMap(this.container);
    this.view.show(this.places);
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('places') && this.view) this.view.show(this.places);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a move: the map was destroyed on disconnect, so make a new one.
    if (this.hasUpdated && !this.view) {
      this.view = new PlaceMap(this.container);
      this.view.show(this.places);
    }
  }

  override render(): unknown {
    return html`<div class="map" role="region" aria-label=${this.label}></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'sortie-place-map': SortiePlaceMap }
}
