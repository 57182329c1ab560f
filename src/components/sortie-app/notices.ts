/** The notices the root shows: skipped dataset features and ignored options or URL parameters. */
import bundledArticles from '../../../data/sources.json';
import type { Article } from '../../data/types';
import type { DataProblem } from '../../data/validate';
import type { SortieNotice } from '../sortie-notices/sortie-notices';

/** The articles bundled with the app, for datasets that do not carry their own list. */
export function articlesOf(): Article[] {
  return bundledArticles as Article[];
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
