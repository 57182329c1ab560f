/**
 * WKB to GeoJSON for one cell. Points, nearly every event, take a short path (hyparquet's
 * general decoder costs about three times as much per point); the rest go through
 * hyparquet's decoder. A cell that does not decode (bad bytes from another tool, a
 * truncated value) gives null, so that one feature fails validation ("geometry") and the
 * rest load.
 */
import type { Geometry } from 'geojson';
import { wkbToGeojson } from 'hyparquet/src/wkb.js';

// The cells of one page share a buffer: one DataView over it serves them all, instead of
// one allocation per row.
let lastBuffer: ArrayBufferLike | null = null;
let lastView: DataView | null = null;

function viewOf(buffer: ArrayBufferLike): DataView {
  if (buffer !== lastBuffer) {
    lastBuffer = buffer;
    lastView = new DataView(buffer);
  }
  return lastView!;
}

/** A little-endian 2D point cell (byte order 1, type 1, two doubles) as [x, y]; null for any other cell. */
export function wkbPoint(cell: unknown): [number, number] | null {
  if (!(cell instanceof Uint8Array) || cell.byteLength !== 21 || cell[0] !== 1 || cell[1] !== 1 || cell[2] !== 0 || cell[3] !== 0 || cell[4] !== 0) return null;
  const view = viewOf(cell.buffer);
  return [view.getFloat64(cell.byteOffset + 5, true), view.getFloat64(cell.byteOffset + 13, true)];
}

export function decodeWkb(cell: unknown): Geometry | null {
  if (!(cell instanceof Uint8Array)) return null;
  const point = wkbPoint(cell);
  if (point) return { type: 'Point', coordinates: point };
  const at = cell.byteOffset;
  try {
    const reader = { view: new DataView(cell.buffer, at, cell.byteLength), offset: 0 };
    const geometry = wkbToGeojson(reader) as Geometry;
    // Bytes left over, or too few (DataView read past the end throws), mean the cell is corrupt.
    return reader.offset === cell.byteLength ? geometry : null;
  } catch {
    return null;
  }
}
