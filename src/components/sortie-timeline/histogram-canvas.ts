/**
 * Draws a binned histogram (histogram.ts) onto the strip's one canvas, sharp at any
 * devicePixelRatio: the backing store is sized in device pixels and every column is a whole
 * number of them. Within a column, kinds share its height in proportion to their counts,
 * bottom first; the cumulative edges are rounded, so the stack has no seams.
 */
import { columnHeight, type Histogram } from './histogram';

export function drawHistogram(
  canvas: HTMLCanvasElement,
  histogram: Histogram,
  heightPx: number,
  colorOf: (kind: string) => string,
  dpr: number,
): void {
  const ratio = dpr > 0 && Number.isFinite(dpr) ? dpr : 1;
  const { columns, kinds, counts, totals, max } = histogram;
  const width = Math.round(columns * ratio);
  const height = Math.round(heightPx * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  canvas.style.width = `${columns}px`;
  canvas.style.height = `${heightPx}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, width, height);
  // Column c covers device pixels [x(c), x(c + 1)): whole pixels, no gaps at fractional ratios.
  const x = (c: number) => Math.round(c * ratio);
  // One pass per kind, so the fill colour is set once per kind, not once per column.
  const done = new Uint32Array(columns);
  const top = new Float64Array(columns);
  for (let c = 0; c < columns; c++) top[c] = Math.round(columnHeight(totals[c]!, max, heightPx) * ratio);
  for (let k = 0; k < kinds.length; k++) {
    ctx.fillStyle = colorOf(kinds[k]!);
    for (let c = 0; c < columns; c++) {
      const n = counts[k * columns + c]!;
      if (n === 0) continue;
      const total = totals[c]!;
      // Edges at the rounded cumulative share of the column's height: the last kind ends exactly at the top.
      const from = Math.round((top[c]! * done[c]!) / total);
      done[c] = done[c]! + n;
      const to = Math.round((top[c]! * done[c]!) / total);
      if (to > from) ctx.fillRect(x(c), height - to, x(c + 1) - x(c), to - from);
    }
  }
}
