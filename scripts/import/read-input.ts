/**
 * Input files as a stream of rows. CSV/TSV is streamed through papaparse (never read
 * whole); GeoJSON is parsed whole (JSON has no streaming parser here, and GeoJSON inputs of
 * event data are small next to CSV exports; docs/import.md says so).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import Papa from 'papaparse';
import type { Geometry } from 'geojson';
import type { RowProblem } from '../../src/data/import/convert';
import { geojsonRows } from '../../src/data/import/geojson-input';
import { TableRows } from '../../src/data/import/table';

export type InputItem =
  | { row: Record<string, unknown>; geometry: Geometry | null; rowNumber: number }
  | { problem: RowProblem };

export interface Input {
  format: 'csv' | 'geojson';
  /** Whether the rows come with their own geometry. */
  featureGeometry: boolean;
  rows: AsyncIterable<InputItem>;
  /** The header (CSV) once the first row has been read. */
  header(): string[] | null;
}

export const isJsonInput = (path: string) => ['.json', '.geojson'].includes(extname(path).toLowerCase());

export async function openInput(path: string, delimiter?: string): Promise<Input> {
  if (isJsonInput(path)) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path} is not valid JSON (${(error as Error).message})`, { cause: error });
    }
    const rows = [...geojsonRows(data)];
    return {
      format: 'geojson',
      featureGeometry: rows.some((r) => r.geometry !== null),
      header: () => null,
      rows: (async function* () {
        yield* rows;
      })(),
    };
  }
  const table = new TableRows();
  const tsv = extname(path).toLowerCase() === '.tsv' || extname(path).toLowerCase() === '.tab';
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: false,
    delimiter: delimiter ?? (tsv ? '\t' : ''),
    skipEmptyLines: 'greedy',
  });
  // pipe() carries backpressure: the file is read only as fast as rows are consumed.
  const source = createReadStream(path, { encoding: 'utf8' });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  return {
    format: 'csv',
    featureGeometry: false,
    header: () => table.header,
    rows: (async function* () {
      for await (const cells of parser as AsyncIterable<string[]>) {
        const item = table.push(cells);
        if (item) yield 'problem' in item ? item : { ...item, geometry: null };
      }
    })(),
  };
}
