/**
 * Sortie's binary, columnar dataset format (issue 9): GeoParquet, chosen by measurement
 * (docs/columnar-format.md). This entry is browser- and worker-safe; the writer, which pulls
 * in hyparquet-writer, lives in ./write so the app bundle never carries it.
 */
export { readColumnar } from './read';

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
