/**
 * The events that pass the kind and actor filters, and their TimeIndex, worked out once per
 * dataset or filter change and reused for every step in between (the store hands out new
 * filter sets only when they change, so identity tells when to rebuild).
 */
import type { SortieEvent } from '../data/validate';
import { passesFilters } from './selectors';
import type { SortieState } from './store';
import { TimeIndex } from './time-index';

type FilterState = Pick<SortieState, 'kinds' | 'actors'>;

export interface Filtered {
  /** Events that pass the filters, in their original order. */
  events: SortieEvent[];
  index: TimeIndex;
}

export class FilteredIndex {
  #key: { events: readonly SortieEvent[]; kinds: FilterState['kinds']; actors: FilterState['actors'] } | null = null;
  #value: Filtered | null = null;

  get(events: readonly SortieEvent[], state: Readonly<FilterState>): Filtered {
    const key = this.#key;
    if (this.#value && key && key.events === events && key.kinds === state.kinds && key.actors === state.actors) return this.#value;
    const filtered = state.kinds === null && state.actors === null ? [...events] : events.filter((e) => passesFilters(e, state));
    this.#key = { events, kinds: state.kinds, actors: state.actors };
    this.#value = { events: filtered, index: TimeIndex.build(filtered) };
    return this.#value;
  }
}
