/** The notices the root shows: skipped dataset features, ignored dataset metadata and ignored options or URL parameters. */
import type { DataProblem } from '../../data/validate';
import type { SortieNotice } from '../sortie-notices/sortie-notices';

/** Id of the notice listing the dataset's ignored `sortie` members; replaced on every load. */
export const META_NOTICE = 'dataset-meta-problems';

/** Malformed members of the dataset's `sortie` (a bad colour, bbox or symbol): ignored, defaults used. */
export function metaNotice(problems: readonly DataProblem[], file?: string): SortieNotice {
  const where = file ? ` of ${file}` : '';
  return {
    id: META_NOTICE,
    title: `Some of the dataset's own settings${where} were ignored`,
    lines: problems.map((p) => `${p.field}: ${p.message}`),
  };
}

/** Id of the notice listing a dataset's skipped features; replaced on every load. */
export const PROBLEMS_NOTICE = 'dataset-problems';

/** `file` names the dataset ("events.geojson"), so the person fixing it knows where to look. */
export function problemNotice(problems: readonly DataProblem[], file?: string): SortieNotice {
  const ids = new Set(problems.map((p) => p.id));
  const where = file ? ` of ${file}` : '';
  return {
    id: PROBLEMS_NOTICE,
    title: `${ids.size} ${ids.size === 1 ? 'event was' : 'events were'} left out: the data${where} has problems`,
    lines: problems.map((p) => `${p.id} · ${p.field}: ${p.message}`),
  };
}

export { urlNotice } from '../../options/input-notice';
