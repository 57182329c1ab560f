/**
 * Reading a local file in the worker: the start of a CSV (columns and a sample), a whole CSV
 * streamed row by row, or a whole GeoJSON file with byte progress. Papa Parse streams the
 * File in chunks, so a large table never sits in memory as text.
 */
import Papa from 'papaparse';
import type { Geometry } from 'geojson';

export type Row = Record<string, unknown>;
export interface InputRow {
  row: Row;
  geometry?: Geometry | null;
  rowNumber: number;
}

/** Bytes read so far of the whole file. */
export type OnProgress = (done: number, total: number) => void;

/** How big each chunk Papa Parse reads is: small enough for a smooth progress bar. */
const CHUNK_BYTES = 256 * 1024;

const CSV_OPTIONS = {
  header: true,
  skipEmptyLines: 'greedy',
  // Spreadsheets pad names; a column called " date" is still the date.
  transformHeader: (name: string) => name.trim(),
} as const;

/**
 * A CSV row's number as a spreadsheet shows it: the header is row 1, so data row i
 * (0-based) is row i + 2 (blank lines skipped, so far-down numbers may run a little short).
 */
const csvRowNumber = (index: number) => index + 2;

export interface CsvSample {
  columns: string[];
  rows: InputRow[];
  /** The sample is the whole file. */
  complete: boolean;
}

/** The column names and the first `limit` rows. */
export function sampleCsv(file: File, limit: number): Promise<CsvSample> {
  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, string>>(file, {
      ...CSV_OPTIONS,
      preview: limit,
      complete: (results) => {
        const columns = (results.meta.fields ?? []).filter((c) => c !== '');
        const rows = results.data.map((row, i) => ({ row: row as Row, rowNumber: csvRowNumber(i) }));
        resolve({ columns, rows, complete: rows.length < limit });
      },
      error: (error) => reject(new Error(error.message)),
    });
  });
}

export interface Streaming {
  done: Promise<void>;
  abort(): void;
}

/** Streams every row of a CSV to `onRow`; `abort()` stops it (done then resolves). */
export function streamCsv(file: File, onRow: (row: InputRow) => void, onProgress: OnProgress): Streaming {
  let parser: Papa.Parser | null = null;
  let aborted = false;
  let index = 0;
  const done = new Promise<void>((resolve, reject) => {
    Papa.parse<Record<string, string>>(file, {
      ...CSV_OPTIONS,
      chunkSize: CHUNK_BYTES,
      chunk: (results, p) => {
        parser = p;
        if (aborted) {
          p.abort();
          return;
        }
        for (const row of results.data) onRow({ row: row as Row, rowNumber: csvRowNumber(index++) });
        // The cursor counts characters; for UTF-8 text it can trail the byte count a little.
        onProgress(Math.min(results.meta.cursor, file.size), file.size);
      },
      complete: () => resolve(),
      error: (error) => reject(new Error(error.message)),
    });
  });
  return {
    done,
    abort: () => {
      aborted = true;
      parser?.abort();
    },
  };
}

/** The whole file as text, reporting bytes as they arrive; stops early when `stopped()`. */
export async function readText(file: File, onProgress: OnProgress, stopped: () => boolean): Promise<string | null> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  for (;;) {
    const next = await reader.read();
    if (stopped()) {
      await reader.cancel();
      return null;
    }
    if (next.done) break;
    done += next.value.byteLength;
    parts.push(decoder.decode(next.value, { stream: true }));
    onProgress(done, file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** What is wrong with parsed JSON as a dataset, or null for a FeatureCollection. */
export function collectionProblem(name: string, json: unknown): string | null {
  const value = json as { type?: unknown; features?: unknown } | null;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return `${name} is JSON, but not a GeoJSON FeatureCollection: it holds ${Array.isArray(json) ? 'a list' : `a ${typeof json}`}.`;
  }
  if (value?.type !== 'FeatureCollection') {
    const type = typeof value?.type === 'string' ? `"type": "${value.type}"` : 'no "type"';
    return `${name} is JSON, but not a GeoJSON FeatureCollection (it has ${type}). Open a file whose top level is {"type": "FeatureCollection", "features": […]}.`;
  }
  if (!Array.isArray(value.features)) return `${name} is a FeatureCollection without a "features" list.`;
  if (value.features.length === 0) return `${name} is a FeatureCollection with no features: there is nothing to open.`;
  return null;
}
