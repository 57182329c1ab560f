/**
 * WKB to GeoJSON for one cell. Points, nearly every event, take a short path (hyparquet's
 * general decoder costs about three times as much per point); the rest go through
 * hyparquet's decoder. A cell that does not decode (bad bytes from another tool, a
 * truncated value) gives null, so that one feature fails validation ("geometry") and the
 * rest load.
 */
import type { Geometry } from 'geojson';
import { wkbToGeojson } from 'hyparquet/src/wkb.js';

export function decodeWkb(cell: unknown): Geometry | null {
  if (!(cell instanceof Uint8Array)) return null;
  const view = new DataView(cell.buffer, cell.byteOffset, cell.byteLength);
  // Little-endian 2D point: byte order 1, type 1, two doubles.
  if (cell.byteLength === 21 && cell[0] === 1 && view.getUint32(1, true) === 1) {
    return { type: 'Point', coordinates: [view.getFloat64(5, true), view.getFloat64(13, true)] };
  }
  try {
    const reader = { view, offset: 0 };
    const geometry = wkbToGeojson(reader) as Geometry;
    // Bytes left over, or too few (DataView read past the end throws), mean the cell is corrupt.
    return reader.offset === cell.byteLength ? geometry : null;
  } catch {
    return null;
  }
}
