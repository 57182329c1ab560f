/**
 * Which reader a local file needs, decided from its name, its type and its first bytes, so
 * a picture or a spreadsheet gets a clear "not a CSV or GeoJSON file" instead of a page of
 * parse errors. Runs in the worker (the main thread never reads the file).
 */
import type { FileFormat } from './protocol';

export type FormatGuess = { format: FileFormat } | { error: string };

const CSV_EXTENSIONS = ['csv', 'tsv', 'tab', 'txt'];
const JSON_EXTENSIONS = ['json', 'geojson'];
const CSV_TYPES = ['text/csv', 'text/tab-separated-values', 'text/plain', 'application/csv'];
const JSON_TYPES = ['application/json', 'application/geo+json'];

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Bytes no text file holds: NUL, and most control characters. */
function looksBinary(head: Uint8Array): boolean {
  let odd = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) odd++;
  }
  return odd > head.length / 100;
}

/** The first character that is not white space or a byte-order mark. */
function firstCharacter(head: Uint8Array): string {
  const text = new TextDecoder().decode(head.subarray(0, 256));
  return text.replace(/^[\s\uFEFF]+/, '').charAt(0);
}

export function kb(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * @param head the file's first bytes (a few KB are plenty)
 */
export function guessFormat(name: string, type: string, size: number, head: Uint8Array): FormatGuess {
  if (size === 0) return { error: `${name} is empty: there is nothing to open.` };
  const unsupported = `${name} is not a CSV, TSV, GeoJSON or GeoParquet file. Open a table of events saved as CSV or TSV (one row per event, column names in the first row), a GeoJSON FeatureCollection, or a GeoParquet file as "npm run import" writes.`;
  if (looksBinary(head)) return { error: unsupported };
  const ext = extension(name);
  const first = firstCharacter(head);
  if (first === '') return { error: `${name} holds only white space: there is nothing to open.` };
  if (JSON_EXTENSIONS.includes(ext) || JSON_TYPES.includes(type)) return { format: 'geojson' };
  if (CSV_EXTENSIONS.includes(ext) || CSV_TYPES.includes(type)) {
    // A .txt (or text/plain) that holds JSON is read as JSON.
    return { format: first === '{' && ext !== 'csv' && ext !== 'tsv' ? 'geojson' : 'csv' };
  }
  // No telling name or type: text that starts like JSON is JSON; anything else is refused.
  if (ext === '' && first === '{') return { format: 'geojson' };
  return { error: unsupported };
}
