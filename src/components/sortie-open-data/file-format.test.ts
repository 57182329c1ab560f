import { describe, expect, it } from 'vitest';
import { guessFormat } from './file-format';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('guessFormat', () => {
  it('reads tables as CSV and JSON as GeoJSON by extension', () => {
    expect(guessFormat('a.csv', '', 10, bytes('date,lat\n'))).toEqual({ format: 'csv' });
    expect(guessFormat('a.TSV', '', 10, bytes('date\tlat\n'))).toEqual({ format: 'csv' });
    expect(guessFormat('a.geojson', '', 10, bytes('{"type":'))).toEqual({ format: 'geojson' });
    expect(guessFormat('a.json', '', 10, bytes('\uFEFF  {"type":'))).toEqual({ format: 'geojson' });
  });

  it('uses the type, then the content, when the name says nothing', () => {
    expect(guessFormat('export', 'text/csv', 10, bytes('a,b\n'))).toEqual({ format: 'csv' });
    expect(guessFormat('feed', '', 10, bytes(' {"type":"FeatureCollection"'))).toEqual({ format: 'geojson' });
    expect(guessFormat('notes.txt', 'text/plain', 10, bytes('{"type":"FeatureCollection"'))).toEqual({ format: 'geojson' });
  });

  it('refuses empty files, binary files and unknown kinds of file, naming the file', () => {
    expect(guessFormat('a.csv', '', 0, new Uint8Array())).toEqual({ error: 'a.csv is empty: there is nothing to open.' });
    expect(guessFormat('a.csv', '', 3, bytes(' \n '))).toMatchObject({ error: expect.stringContaining('only white space') });
    expect(guessFormat('map.png', 'image/png', 16, PNG)).toMatchObject({ error: expect.stringContaining('map.png is not a CSV, TSV, GeoJSON or GeoParquet file') });
    // Binary content behind a table's name is still refused.
    expect(guessFormat('sheet.csv', '', 16, PNG)).toMatchObject({ error: expect.stringContaining('is not a CSV') });
    expect(guessFormat('report.docx', '', 5, bytes('hello'))).toMatchObject({ error: expect.stringContaining('report.docx is not') });
  });
});
