/**
 * The symbols a kind can be drawn with (dataset-format.ts SYMBOLS), as SVG path data in a
 * 16×16 box: Lit templates draw them as <path>, and the map draws the same strings onto a
 * canvas with Path2D, so a swatch in the legend is the symbol on the map.
 */
import type { SymbolName } from './dataset-format';

export const SYMBOL_PATHS: Readonly<Record<SymbolName, string>> = {
  triangle: 'M8 1.5 L15 14.5 L1 14.5 Z',
  diamond: 'M8 1 L15 8 L8 15 L1 8 Z',
  square: 'M2 2 H14 V14 H2 Z',
  circle: 'M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z',
  star: 'M8 0.8 L10.1 5.6 L15.3 6.1 L11.4 9.6 L12.5 14.8 L8 12.1 L3.5 14.8 L4.6 9.6 L0.7 6.1 L5.9 5.6 Z',
  hexagon: 'M4.5 2 H11.5 L15 8 L11.5 14 H4.5 L1 8 Z',
  plus: 'M5.5 1 H10.5 V5.5 H15 V10.5 H10.5 V15 H5.5 V10.5 H1 V5.5 H5.5 Z',
  pentagon: 'M8 1 L15 6.2 L12.3 14.5 H3.7 L1 6.2 Z',
};
