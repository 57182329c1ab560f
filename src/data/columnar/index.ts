/**
 * Sortie's binary, columnar dataset format (issue 9): GeoParquet, chosen by measurement
 * (docs/columnar-format.md). This entry is browser- and worker-safe; the writer, which pulls
 * in hyparquet-writer, lives in ./write so the app bundle never carries it.
 */
export { readColumnar } from './read';
export { COLUMNAR_EXTENSION, isColumnar } from './magic';
