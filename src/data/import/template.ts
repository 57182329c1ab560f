/**
 * Text fields as templates: "{first_name} {last_name}" names columns in braces. A string
 * without braces is one column's name. An empty column drops out together with the
 * separator before it, so "{location}, {admin1}, {country}" never reads "Kabul, , ".
 */
export type TextSource = (row: Record<string, unknown>) => string;

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** True when the text names columns in braces rather than being a column name. */
export const isTemplate = (text: string): boolean => /\{[^{}]+\}/.test(text);

/** The columns a column name or template reads. */
export function templateColumns(text: string): string[] {
  if (!isTemplate(text)) return [text];
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** A cell as text: null, undefined and objects count as empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Compiles a column name or template once, to run per row. */
export function compileText(text: string): TextSource {
  if (!isTemplate(text)) return (row) => cellText(row[text]);
  // Split into literal separators and column names: [lit0, col0, lit1, col1, …, litN].
  const parts = text.split(PLACEHOLDER);
  return (row) => {
    let out = parts[0] ?? '';
    let pending = '';
    for (let i = 1; i < parts.length; i += 2) {
      const value = cellText(row[parts[i] ?? '']);
      const separator = parts[i + 1] ?? '';
      if (value === '') continue; // drop the value and the separator that would follow it
      out += pending + value;
      pending = separator;
    }
    // The trailing literal belongs to the template only when its last column had a value.
    const last = cellText(row[parts[parts.length - 2] ?? '']);
    if (last !== '') out += pending;
    return out.replace(/\s+/g, ' ').trim().replace(/^[,;:\-–\s]+|[,;:\-–\s]+$/g, '');
  };
}
