import { describe, expect, it } from 'vitest';
import { resolveMeta } from '../../data/dataset-meta';
import { countActors, countKinds, legendKinds } from './counts';
import { testEvent } from './test-events';

const all = [
  testEvent({ id: 'a', kind: 'strike', actors: ['United States'] }),
  testEvent({ id: 'b', kind: 'strike', actors: ['Russia', 'Syria'] }),
  testEvent({ id: 'c', kind: 'meeting', actors: ['Iran', 'Russia'] }),
  testEvent({ id: 'd', kind: 'policy', actors: ['Iran', 'Iran'] }),
];

/** Declares protest (unused) and meeting; strike and policy come from the events, in first-use order. */
const { kinds } = resolveMeta({ kinds: { protest: {}, meeting: {} } }, all, 'test.geojson');

describe('countKinds', () => {
  it('lists every registry kind in legend order, with zero for kinds that have no events', () => {
    const counts = countKinds(kinds, all, []);
    expect(counts.map((c) => c.value)).toEqual(['protest', 'meeting', 'strike', 'policy']);
    expect(legendKinds(kinds)).toEqual(['protest', 'meeting', 'strike', 'policy']);
    expect(counts.find((c) => c.value === 'protest')).toEqual({ value: 'protest', visible: 0, total: 0 });
  });

  it('counts shown events against the whole dataset', () => {
    const counts = countKinds(kinds, all, [all[0]!, all[2]!]);
    expect(counts.find((c) => c.value === 'strike')).toEqual({ value: 'strike', visible: 1, total: 2 });
    expect(counts.find((c) => c.value === 'meeting')).toEqual({ value: 'meeting', visible: 1, total: 1 });
    expect(counts.find((c) => c.value === 'policy')).toEqual({ value: 'policy', visible: 0, total: 1 });
  });
});

describe('countActors', () => {
  it('orders actors by number of events, ties alphabetically', () => {
    expect(countActors(all, all).map((c) => c.value)).toEqual(['Iran', 'Russia', 'Syria', 'United States']);
  });

  it('counts an event once per actor even if the actor is listed twice', () => {
    expect(countActors(all, all).find((c) => c.value === 'Iran')).toEqual({ value: 'Iran', visible: 2, total: 2 });
  });

  it('counts only the shown events as visible', () => {
    const russia = countActors(all, [all[1]!]).find((c) => c.value === 'Russia');
    expect(russia).toEqual({ value: 'Russia', visible: 1, total: 2 });
  });
});
