import { describe, expect, it } from 'vitest';
import { countActors, countKinds, LEGEND_KINDS } from './counts';
import { testEvent } from './test-events';

const all = [
  testEvent({ id: 'a', kind: 'strike', actors: ['United States'] }),
  testEvent({ id: 'b', kind: 'strike', actors: ['Russia', 'Syria'] }),
  testEvent({ id: 'c', kind: 'meeting', actors: ['Iran', 'Russia'] }),
  testEvent({ id: 'd', kind: 'policy', actors: ['Iran', 'Iran'] }),
];

describe('countKinds', () => {
  it('lists every legend kind in legend order, with zero for kinds that have no events', () => {
    const counts = countKinds(all, []);
    expect(counts.map((c) => c.value)).toEqual(LEGEND_KINDS);
    expect(counts.find((c) => c.value === 'protest')).toEqual({ value: 'protest', visible: 0, total: 0 });
  });

  it('counts shown events against the whole dataset', () => {
    const counts = countKinds(all, [all[0]!, all[2]!]);
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
