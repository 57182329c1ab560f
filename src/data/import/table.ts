/**
 * CSV/TSV rows as papaparse gives them (arrays of cells, header: false) → records keyed by
 * the header. Kept here so Node and the browser worker number rows the same way: row 1 is
 * the first data row (the header is row 0), empty lines are skipped by the parser.
 */
import type { RowProblem } from './convert';

export class TableRows {
  header: string[] | null = null;
  private n = 0;

  /** Feeds one parsed line: the header (returns null), a record, or a problem. */
  push(cells: string[]): { row: Record<string, string>; rowNumber: number } | { problem: RowProblem } | null {
    if (this.header === null) {
      // A repeated name would silently lose a column: the second "x" becomes "x_2".
      const seen = new Map<string, number>();
      this.header = cells.map((c, i) => {
        const name = (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim();
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        return n === 1 ? name : `${name}_${n}`;
      });
      return null;
    }
    const rowNumber = ++this.n;
    if (cells.length !== this.header.length) {
      const message = `has ${cells.length} field${cells.length === 1 ? '' : 's'}; the header has ${this.header.length}`;
      return { problem: { row: rowNumber, column: null, value: null, message, kind: 'wrong number of fields' } };
    }
    const row: Record<string, string> = {};
    this.header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    return { row, rowNumber };
  }
}
