import { describe, expect, it } from 'vitest';
import type { SortieEvent } from '../data/validate';
import { FilteredIndex } from './filtered-index';

const event = (id: string, kind: string, start: number): SortieEvent => ({
  id, kind, start, end: start, actors: [],
  title: id, summary: '', date: '', place: '', location_precision: 'city', sources: [],
  precision: 'day', uncertain: false, openStart: false, openEnd: false,
  geometry: { type: 'Point', coordinates: [36, 35] },
});

describe('FilteredIndex', () => {
  const events = [event('a', 'strike', 2), event('b', 'protest', 1), event('c', 'strike', 3)];

  it('filters by kind and indexes what passes', () => {
    const { events: shown, index } = new FilteredIndex().get(events, { kinds: new Set(['strike']), actors: null });
    expect(shown.map((e) => e.id)).toEqual(['a', 'c']);
    expect(index.byStart.map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('reuses the same result while the events and filter sets are the same, and rebuilds when one changes', () => {
    const memo = new FilteredIndex();
    const kinds = new Set(['strike']);
    const first = memo.get(events, { kinds, actors: null });
    expect(memo.get(events, { kinds, actors: null })).toBe(first);
    const other = memo.get(events, { kinds: new Set(['protest']), actors: null });
    expect(other).not.toBe(first);
    expect(other.events.map((e) => e.id)).toEqual(['b']);
    expect(memo.get([...events], { kinds: null, actors: null }).index.size).toBe(3);
  });
});
