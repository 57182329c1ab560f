/**
 * How a kind of event looks and reads once resolved (src/data/dataset-meta.ts): the map
 * symbols, the legend, the timeline strip and the list all draw from the same KindStyle.
 * The kinds themselves come from the dataset (its `sortie.kinds`, else the values its
 * events use); the bundled dataset declares its eight in data/dataset.yaml.
 */

export interface KindStyle {
  label: string;
  /** Plural label for filters and counts. */
  plural: string;
  /** One line for the legend's description. */
  description: string;
  color: string;
  /** SVG path data in a 16×16 box (src/data/symbols.ts). */
  shape: string;
}

/** Outline drawn around every symbol so light colours (protest yellow) stay visible. */
export const SYMBOL_OUTLINE = '#1a1a1a';
