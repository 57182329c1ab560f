import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay, parseUrlState, serializeUrlState } from './url-state';

const vocabulary = {
  eventIds: new Set(['shayrat-tomahawk-strike-2017', 'soleimani-putin-meeting-2015']),
  actors: new Set(['Russia', 'Iran', 'United States']),
  kinds: new Set(['strike', 'chemical-attack', 'deployment', 'meeting']),
};

describe('parseIsoDay', () => {
  it('reads a day as UTC midnight', () => {
    expect(parseIsoDay('2017-04-07')).toBe(Date.UTC(2017, 3, 7));
  });
  it('rejects impossible and malformed days', () => {
    expect(parseIsoDay('2017-02-30')).toBeNull();
    expect(parseIsoDay('2017-13-01')).toBeNull();
    expect(parseIsoDay('2017-4-7')).toBeNull();
    expect(parseIsoDay('yesterday')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
  });
  it('round-trips through formatIsoDay, also from mid-day times', () => {
    expect(formatIsoDay(Date.UTC(2016, 7, 16, 23, 59))).toBe('2016-08-16');
    expect(formatIsoDay(parseIsoDay('2020-07-08')!)).toBe('2020-07-08');
  });
});

describe('parseUrlState', () => {
  it('restores every parameter of a full link', () => {
    const { state, notices } = parseUrlState(
      '?t=2017-04-07&event=shayrat-tomahawk-strike-2017&kinds=strike,deployment&actors=Russia&mode=window&view=36.9,34.5,7',
      vocabulary,
    );
    expect(notices).toEqual([]);
    expect(state.time).toBe(Date.UTC(2017, 3, 7));
    expect(state.selectedId).toBe('shayrat-tomahawk-strike-2017');
    expect([...state.kinds!]).toEqual(['strike', 'deployment']);
    expect([...state.actors!]).toEqual(['Russia']);
    expect(state.mode).toBe('window');
    expect(state.view).toEqual({ center: [36.9, 34.5], zoom: 7 });
  });

  it('checks kinds against the dataset\'s own kinds, whatever they are', () => {
    const floods = { ...vocabulary, kinds: new Set(['flood', 'wildfire']) };
    const { state, notices } = parseUrlState('?kinds=flood,strike', floods);
    expect([...state.kinds!]).toEqual(['flood']);
    expect(notices).toEqual([{ param: 'kinds', message: 'unknown kind "strike"; known kinds are flood, wildfire.' }]);
  });

  it('leaves absent parameters undefined', () => {
    expect(parseUrlState('', vocabulary)).toEqual({ state: {}, notices: [] });
  });

  it('drops each bad value with a notice naming its parameter and keeps the rest', () => {
    const { state, notices } = parseUrlState(
      '?t=2017-02-30&event=nope&kinds=strike,bogus&actors=Mars,Iran&mode=fast&view=200,1,3',
      vocabulary,
    );
    expect(notices.map((n) => n.param)).toEqual(['t', 'event', 'kinds', 'actors', 'mode', 'view']);
    expect(notices[0]!.message).toContain('2017-02-30');
    expect(notices[1]!.message).toContain('nope');
    expect(notices[2]!.message).toContain('bogus');
    expect(notices[3]!.message).toContain('Mars');
    expect(state.time).toBeUndefined();
    expect(state.selectedId).toBeUndefined();
    expect([...state.kinds!]).toEqual(['strike']);
    expect([...state.actors!]).toEqual(['Iran']);
    expect(state.mode).toBeUndefined();
    expect(state.view).toBeUndefined();
  });

  it('does not turn a list of only unknown values into an empty filter', () => {
    const { state } = parseUrlState('?kinds=bogus&actors=Mars', vocabulary);
    expect(state.kinds).toBeUndefined();
    expect(state.actors).toBeUndefined();
  });

  it('rejects views with missing or non-numeric parts', () => {
    for (const v of ['36.9,34.5', '36.9,,7', 'a,b,c', '36.9,34.5,7,1', '36.9,34.5,30']) {
      const { state, notices } = parseUrlState(`?view=${v}`, vocabulary);
      expect(state.view, v).toBeUndefined();
      expect(notices[0]?.param, v).toBe('view');
    }
  });

  it('decodes actors with spaces', () => {
    const { state } = parseUrlState('?actors=United+States', vocabulary);
    expect([...state.actors!]).toEqual(['United States']);
  });
});

describe('serializeUrlState', () => {
  it('writes a stable, readable query that parses back to the same state', () => {
    const state = {
      time: Date.UTC(2017, 3, 7, 12),
      selectedId: 'shayrat-tomahawk-strike-2017',
      kinds: new Set(['strike', 'deployment'] as const),
      actors: new Set(['United States', 'Russia']),
      mode: 'window' as const,
      view: { center: [36.912345, 34.5] as [number, number], zoom: 7.256 },
    };
    const query = serializeUrlState(state);
    expect(query).toBe(
      '?t=2017-04-07&event=shayrat-tomahawk-strike-2017&kinds=deployment,strike&actors=Russia,United+States&mode=window&view=36.9123,34.5,7.26',
    );
    const { state: back, notices } = parseUrlState(query, vocabulary);
    expect(notices).toEqual([]);
    expect(back.time).toBe(Date.UTC(2017, 3, 7));
    expect(back.selectedId).toBe(state.selectedId);
    expect(back.kinds).toEqual(new Set(['deployment', 'strike']));
    expect(back.actors).toEqual(new Set(['Russia', 'United States']));
    expect(back.view).toEqual({ center: [36.9123, 34.5], zoom: 7.26 });
  });

  it('leaves out defaults and empty filters', () => {
    expect(serializeUrlState({ mode: 'cumulative', kinds: null, actors: new Set() })).toBe('');
  });
});
