import { describe, expect, it } from 'vitest';
import { resolveMeta } from '../../data/dataset-meta';
import { TimeIndex } from '../../state/time-index';
import { actorRows, countActors, countKinds, countShownAt, countTotals, kindRows, legendKinds, shortCount } from './counts';
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

describe('countShownAt (from the time index)', () => {
  const DAY = 86_400_000;
  const timed = all.map((e, i) => ({ ...e, start: i * 10 * DAY, end: i * 10 * DAY + (i === 1 ? 100 * DAY : DAY) }));
  const index = TimeIndex.build(timed);

  it('gives the kind and actor rows that tallying the shown events gives', () => {
    for (const [t, mode, w] of [[15 * DAY, 'cumulative', 0], [25 * DAY, 'window', 3 * DAY], [-1, 'cumulative', 0], [99 * DAY, 'window', 0]] as const) {
      const shown = timed.filter((e) => e.start <= t && (mode === 'cumulative' || e.end >= t - w));
      const totals = countTotals(timed);
      const fromIndex = countShownAt(index, t, mode, w);
      expect(kindRows(kinds, totals, fromIndex)).toEqual(countKinds(kinds, timed, shown));
      expect(actorRows(totals, fromIndex)).toEqual(countActors(timed, shown));
    }
  });

  it('counts a long event in a window long after it started, and nothing before the first start', () => {
    const fromIndex = countShownAt(index, 99 * DAY, 'window', 0);
    expect(fromIndex.kinds.get('strike')).toBe(1);
    expect(fromIndex.actors.get('Syria')).toBe(1);
    expect(countShownAt(index, -1, 'cumulative', 0).kinds.get('strike')).toBe(0);
  });
});

describe('shortCount', () => {
  it('keeps every digit below 10,000 events and shortens above, by the total (so 950 of 166,314 reads 950, not 950 of 166.3k mixed)', () => {
    expect(shortCount(9_999, 9_999)).toBe('9999');
    expect(shortCount(166_314, 166_314)).toBe('166.3k');
    expect(shortCount(950, 166_314)).toBe('950');
    expect(shortCount(1_000_000, 1_000_000)).toBe('1m');
  });
});
