/**
 * Problems found in the hand-written sources. The build collects all of them before giving up, so
 * one run shows the editor everything to fix, each line naming the file, the entry and the field.
 */

export interface SourceProblem {
  /** Path of the file to edit, as the editor would type it (relative to the working directory). */
  file: string;
  /** The entry, e.g. `event "shayrat-strike"`; empty for a problem with the file as a whole. */
  subject: string;
  /** The field inside the entry, e.g. `sources[0].excerpt`; empty when the whole entry is wrong. */
  field: string;
  message: string;
}

export class ProblemLog {
  readonly problems: SourceProblem[] = [];

  add(file: string, subject: string, field: string, message: string): void {
    this.problems.push({ file, subject, field, message });
  }

  get size(): number {
    return this.problems.length;
  }

  lines(): string[] {
    return this.problems.map(formatProblem);
  }
}

export function formatProblem({ file, subject, field, message }: SourceProblem): string {
  return [file, subject, field, message].filter((part) => part !== '').join(': ');
}

/** How an entry is named in messages; entries without a usable id are named by position. */
export function subjectOf(kind: 'event' | 'place' | 'article', id: unknown, index: number): string {
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${index + 1} (no id)`;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
