/**
 * The numbers the legend shows beside each toggle: how many events of a kind (or with an
 * actor) are on the map now, out of how many there are in the dataset.
 */
import type { KindRegistry } from '../../data/dataset-meta';
import type { TimeMode } from '../../data/time';
import type { SortieEvent } from '../../data/validate';
import { forEachDistinct } from '../../state/distinct';
import type { TimeIndex } from '../../state/time-index';

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

/** Events per kind and per actor in a list: the totals, counted once per dataset. */
export interface Totals {
  kinds: Map<string, number>;
  actors: Map<string, number>;
}

export function countTotals(all: readonly SortieEvent[]): Totals {
  const kinds = new Map<string, number>();
  const actors = new Map<string, number>();
  const countActor = (actor: string) => actors.set(actor, (actors.get(actor) ?? 0) + 1);
  for (const event of all) {
    kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
    // An actor listed twice on one event still counts that event once.
    forEachDistinct(event.actors, countActor);
  }
  return { kinds, actors };
}

/**
 * Visible counts per kind and per actor at a time, from the TimeIndex of the events that
 * pass the filters: O((kinds + actors) · log N) per step, exact, no scan of the events.
 */
export function countShownAt(index: TimeIndex, time: number, mode: TimeMode, windowMs: number): Totals {
  return { kinds: index.countVisibleByKind(time, mode, windowMs), actors: index.countVisibleByActor(time, mode, windowMs) };
}

/** The visible list tallied: what countShownAt answers, by a pass over the shown events. */
export function countShown(visible: readonly SortieEvent[]): Totals {
  return countTotals(visible);
}

/** One entry per kind in legend order, including kinds with no events (total 0). */
export function kindRows(kinds: KindRegistry, totals: Totals, shown: Totals): Count<string>[] {
  return legendKinds(kinds).map((kind) => ({ value: kind, visible: shown.kinds.get(kind) ?? 0, total: totals.kinds.get(kind) ?? 0 }));
}

/** One entry per actor of the dataset, most events first; ties in alphabetical order. */
export function actorRows(totals: Totals, shown: Totals): Count<string>[] {
  return [...totals.actors]
    .map(([actor, total]) => ({ value: actor, visible: shown.actors.get(actor) ?? 0, total }))
    .sort((a, b) => b.total - a.total || a.value.localeCompare(b.value, 'en'));
}

/** One entry per kind in legend order, including kinds with no events (total 0). */
export function countKinds(kinds: KindRegistry, all: readonly SortieEvent[], visible: readonly SortieEvent[]): Count<string>[] {
  return kindRows(kinds, countTotals(all), countShown(visible));
}

/**
 * One entry per actor of the dataset, most events first; ties in alphabetical order so the
 * list does not reshuffle between runs.
 */
export function countActors(all: readonly SortieEvent[], visible: readonly SortieEvent[]): Count<string>[] {
  return actorRows(countTotals(all), countShown(visible));
}

const COMPACT = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A count as the chip shows it: whole below 10,000, else short ("166.3K"), so a large
 * dataset's counts leave room for the kind's name. The screen-reader text keeps every digit.
 */
export function shortCount(n: number, scale: number): string {
  return scale < 10_000 ? String(n) : COMPACT.format(n);
}
