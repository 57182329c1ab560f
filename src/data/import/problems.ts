/** Bad rows, counted per kind of problem, keeping the first few to name in full. */
import { describeProblem, type RowProblem } from './convert';

export class ProblemTally {
  readonly first: RowProblem[] = [];
  readonly perKind = new Map<string, number>();
  badRows = 0;

  constructor(private readonly keep = 20) {}

  /** Records one bad row's problems. */
  add(problems: readonly RowProblem[]): void {
    this.badRows++;
    for (const p of problems) {
      if (this.first.length < this.keep) this.first.push(p);
      const kind = p.kind ?? p.message;
      this.perKind.set(kind, (this.perKind.get(kind) ?? 0) + 1);
    }
  }

  /** The report: the first problems in full, then a total per kind. */
  lines(): string[] {
    if (this.badRows === 0) return [];
    const total = [...this.perKind.values()].reduce((a, b) => a + b, 0);
    const out = this.first.map(describeProblem);
    if (total > this.first.length) out.push(`… and ${total - this.first.length} more`);
    for (const [kind, n] of this.perKind) out.push(`  ${kind}: ${n}`);
    return out;
  }
}
