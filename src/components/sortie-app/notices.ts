/** The notices the root shows: skipped dataset features and ignored options or URL parameters. */
import bundledArticles from '../../../data/sources.json';
import type { Article } from '../../data/types';
import type { DataProblem } from '../../data/validate';
import type { SortieNotice } from '../sortie-notices/sortie-notices';

/** The articles bundled with the app, for datasets that do not carry their own list. */
export function articlesOf(): Article[] {
  return bundledArticles as Article[];
}

export function problemNotice(problems: readonly DataProblem[]): SortieNotice {
  const ids = new Set(problems.map((p) => p.id));
  return {
    id: 'dataset-problems',
    title: `${ids.size} ${ids.size === 1 ? 'event was' : 'events were'} left out: the data has problems`,
    lines: problems.map((p) => `${p.id} · ${p.field}: ${p.message}`),
  };
}

export { urlNotice } from '../../options/input-notice';
