/**
 * Default looks for kinds a dataset does not style itself. Colours are colour-blind-safe:
 * the Okabe–Ito palette first (its black swapped for a mid grey, which reads on both map
 * themes and under the dark symbol outline), then Paul Tol's "muted" scheme. Every kind also
 * gets its own symbol, so colour is never the only cue; past eight kinds colours and symbols
 * combine (see defaultSlot) so no two kinds share both, up to 16 × 8 = 128 kinds.
 */
import { SYMBOLS, type SymbolName } from './dataset-format';

export const PALETTE: readonly string[] = [
  // Okabe & Ito (2008), "Color Universal Design".
  '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#5F5F5F',
  // Paul Tol, "muted" (2021).
  '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255',
];

/** Colour for anything the registry does not know (a defensive fallback; resolveMeta registers every used kind). */
export const FALLBACK_COLOR = '#5F5F5F';

/**
 * The n-th default (colour, symbol) pair. The first eight pair colour i with symbol i; after
 * a full turn of the palette the symbols shift by one, so pair n and pair n + 16k differ in
 * symbol for k < 8.
 */
export function defaultSlot(n: number): { color: string; symbol: SymbolName } {
  const p = PALETTE.length;
  return {
    color: PALETTE[n % p] ?? FALLBACK_COLOR,
    symbol: SYMBOLS[(n + Math.floor(n / p)) % SYMBOLS.length] ?? 'circle',
  };
}

const HEX = /^#[0-9a-fA-F]{6}$/;
/** `#rrggbb` only: what the map's expressions, the SVG swatches and contrast checks all read. */
export const isHexColor = (v: unknown): v is string => typeof v === 'string' && HEX.test(v);

/**
 * Assigns defaults to kinds that lack a colour or a symbol, skipping the pairs (and, while
 * possible, the colours and symbols) the dataset already uses, so a default never looks like
 * a declared kind. `taken` lists the declared looks; returns one look per request, in order.
 */
export function assignDefaults(
  requests: ReadonlyArray<{ color?: string; symbol?: SymbolName }>,
): Array<{ color: string; symbol: SymbolName }> {
  const colors = new Set(requests.flatMap((r) => (r.color ? [r.color.toLowerCase()] : [])));
  const symbols = new Set(requests.flatMap((r) => (r.symbol ? [r.symbol] : [])));
  const pairs = new Set<string>();
  for (const r of requests) if (r.color && r.symbol) pairs.add(`${r.color.toLowerCase()} ${r.symbol}`);
  let next = 0;
  const limit = PALETTE.length * SYMBOLS.length;
  return requests.map((r) => {
    if (r.color && r.symbol) return { color: r.color, symbol: r.symbol };
    // The first slot whose missing parts are still free; failing that, the first unused pair.
    let chosen: { color: string; symbol: SymbolName } | null = null;
    let fallback: { color: string; symbol: SymbolName } | null = null;
    for (let tries = 0; tries < limit && !chosen; tries++, next++) {
      const slot = defaultSlot(next);
      const color = r.color ?? slot.color;
      const symbol = r.symbol ?? slot.symbol;
      if (pairs.has(`${color.toLowerCase()} ${symbol}`)) continue;
      fallback ??= { color, symbol };
      const freshColor = r.color !== undefined || !colors.has(color.toLowerCase());
      const freshSymbol = r.symbol !== undefined || !symbols.has(symbol) || symbols.size >= SYMBOLS.length;
      if (freshColor && freshSymbol) chosen = { color, symbol };
    }
    const look = chosen ?? fallback ?? { color: r.color ?? FALLBACK_COLOR, symbol: r.symbol ?? 'circle' };
    colors.add(look.color.toLowerCase());
    symbols.add(look.symbol);
    pairs.add(`${look.color.toLowerCase()} ${look.symbol}`);
    return look;
  });
}
