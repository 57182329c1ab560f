/**
 * The numbers the legend shows beside each toggle: how many events of a kind (or with an
 * actor) are on the map now, out of how many there are in the dataset.
 */
import type { KindRegistry } from '../../data/dataset-meta';
import type { SortieEvent } from '../../data/validate';

export interface Count<T> {
  value: T;
  /** Events shown now (time and filters applied). */
  visible: number;
  /** Events in the whole dataset. */
  total: number;
}

/** The legend's kinds: the registry's order (declared kinds as declared, then in order of first use). */
export function legendKinds(kinds: KindRegistry): string[] {
  return [...kinds.keys()];
}

function tally(events: readonly SortieEvent[], keys: (event: SortieEvent) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    // An actor listed twice on one event still counts that event once.
    for (const key of new Set(keys(event))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One entry per kind in legend order, including kinds with no events (total 0). */
export function countKinds(kinds: KindRegistry, all: readonly SortieEvent[], visible: readonly SortieEvent[]): Count<string>[] {
  const totals = tally(all, (e) => [e.kind]);
  const shown = tally(visible, (e) => [e.kind]);
  return legendKinds(kinds).map((kind) => ({ value: kind, visible: shown.get(kind) ?? 0, total: totals.get(kind) ?? 0 }));
}

/**
 * One entry per actor of the dataset, most events first; ties in alphabetical order so the
 * list does not reshuffle between runs.
 */
export function countActors(all: readonly SortieEvent[], visible: readonly SortieEvent[]): Count<string>[] {
  const totals = tally(all, (e) => e.actors);
  const shown = tally(visible, (e) => e.actors);
  return [...totals]
    .map(([actor, total]) => ({ value: actor, visible: shown.get(actor) ?? 0, total }))
    .sort((a, b) => b.total - a.total || a.value.localeCompare(b.value, 'en'));
}
