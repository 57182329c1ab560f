/**
 * Telling a Sortie GeoParquet file by its bytes, apart from the reader: the loader imports
 * only this, so the reader (hyparquet) loads when a Parquet file actually arrives.
 */
/** File extension the scripts write and the app offers (`events.parquet`). */
export const COLUMNAR_EXTENSION = '.parquet';

/** Parquet's magic number, "PAR1", at the start (and end) of every file. */
const MAGIC = [0x50, 0x41, 0x52, 0x31] as const;

/**
 * Whether the bytes are a Parquet file, by its leading magic number and never by name. A
 * truncated file still counts, so its reader error (which says so) is what the user sees.
 */
export function isColumnar(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}
