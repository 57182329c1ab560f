/**
 * The kind symbol as a small inline SVG, drawn from the same path data and colours as the
 * map (the dataset's kinds registry, src/data/dataset-meta.ts), so a swatch in the list or legend is the symbol the reader sees
 * on the map. Shared by the reading-side components; decorative (aria-hidden) everywhere,
 * because the kind is always also given in words.
 */
import { css, html, type TemplateResult } from 'lit';
import { SYMBOL_OUTLINE, type KindStyle } from '../../data/kinds';
import type { SortieEvent } from '../../data/validate';

/**
 * Whether an event is drawn hollow: its place is only a whole country, or its date is
 * inferred or approximate. The same rule as the map's `hollow` expression (src/map/layers.ts);
 * the legend's symbol key explains it to readers.
 */
export function isImprecise(event: Pick<SortieEvent, 'location_precision' | 'uncertain'>): boolean {
  return event.location_precision === 'country' || event.uncertain;
}

/**
 * The symbol of a kind, drawn as the map's icons are (src/map/layers.ts drawIcon): hollow
 * symbols keep a dark outline on both sides of the coloured ring, so light kinds (protest
 * yellow) stay visible on a light background.
 */
export function kindSwatch({ color, shape }: Pick<KindStyle, 'color' | 'shape'>, hollow = false): TemplateResult {
  return hollow
    ? html`<svg class="swatch" part="swatch" viewBox="-2 -2 20 20" aria-hidden="true" focusable="false">
        <path d=${shape} fill="rgba(255, 255, 255, 0.55)" stroke=${SYMBOL_OUTLINE} stroke-width="4" stroke-linejoin="round"></path>
        <path d=${shape} fill="none" stroke=${color} stroke-width="2" stroke-linejoin="round"></path>
      </svg>`
    : html`<svg class="swatch" part="swatch" viewBox="-2 -2 20 20" aria-hidden="true" focusable="false">
        <path d=${shape} fill=${color} stroke=${SYMBOL_OUTLINE} stroke-width="1" stroke-linejoin="round"></path>
      </svg>`;
}

/** Size of a swatch; include in the styles of any component that calls kindSwatch. */
export const swatchStyles = css`
  .swatch {
    flex: none;
    width: var(--sortie-swatch-size, 1.125rem);
    height: var(--sortie-swatch-size, 1.125rem);
  }
`;
