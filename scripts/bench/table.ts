/**
 * Formats bench-scale.ts's figures as a Markdown table whose columns line up in a terminal
 * too, so the same text is printed and pasted into the README.
 */

/** A number with `digits` decimals; a missing figure (NaN, null) is "–". */
export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as KB, MB or GB (1,000-based, as the issue states its sizes). */
export function fmtBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  if (bytes < 1e6) return `${fmt(bytes / 1e3)} KB`;
  if (bytes < 1e9) return `${fmt(bytes / 1e6)} MB`;
  return `${fmt(bytes / 1e9, 2)} GB`;
}

/**
 * A Markdown table: a header row, the separator, one line per row, each cell padded to its
 * column's width (numbers right-aligned: a cell that starts with a digit, "–" or a sign).
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (cell: string) => /^[-–+−]?[\d.,]|^–$/.test(cell);
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => {
      const cell = cells[i] ?? '';
      return numeric(cell) ? cell.padStart(w) : cell.padEnd(w);
    }).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
