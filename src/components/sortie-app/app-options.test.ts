import { describe, expect, it } from 'vitest';
import { parseAppOptions } from './app-options';

const vocabulary = { eventIds: new Set(['a-1']), actors: new Set(['Russia']) };

describe('parseAppOptions', () => {
  it('reads attributes in the URL formats', () => {
    const r = parseAppOptions({ time: '2017-04-07', kinds: 'strike', actors: 'Russia', mode: 'window', event: 'a-1', view: '36.9,34.5,7' }, vocabulary);
    expect(r.notices).toEqual([]);
    expect(r.patch.time).toBe(Date.UTC(2017, 3, 7));
    expect([...r.patch.kinds!]).toEqual(['strike']);
    expect(r.patch.selectedId).toBe('a-1');
    expect(r.patch.view).toEqual({ center: [36.9, 34.5], zoom: 7 });
  });
  it('names the attribute, not the URL parameter, in notices', () => {
    const r = parseAppOptions({ time: 'soon', bbox: '1,2,3', from: '2019-13-01' }, vocabulary);
    expect(r.notices.map((n) => n.param)).toEqual(['time', 'bbox', 'from']);
    expect(r.patch.time).toBeUndefined();
    expect(r.bbox).toBeNull();
  });
  it('reads a range and a box; `to` covers its whole day', () => {
    const r = parseAppOptions({ from: '2016-01-01', to: '2017-12-31', bbox: '34,32,40,37.5' }, vocabulary);
    expect(r.from).toBe(Date.UTC(2016, 0, 1));
    expect(r.to).toBe(Date.UTC(2018, 0, 1) - 1);
    expect(r.bbox).toEqual([34, 32, 40, 37.5]);
  });
  it('drops a reversed range with a notice', () => {
    const r = parseAppOptions({ from: '2018-01-01', to: '2016-01-01' }, vocabulary);
    expect(r.from).toBeNull();
    expect(r.to).toBeNull();
    expect(r.notices[0]?.param).toBe('to');
  });
});
