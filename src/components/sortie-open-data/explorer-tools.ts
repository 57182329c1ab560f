/**
 * The full-page explorer's data tools (Open data, Download data), loaded only where they
 * show: embeds never fetch them, nor the import worker and Papa Parse behind them.
 */
let loading: Promise<unknown> | null = null;

export function loadExplorerTools(): Promise<unknown> {
  loading ??= Promise.all([import('./sortie-open-data'), import('../sortie-download/sortie-download')]);
  return loading;
}
