import { describe, expect, it } from 'vitest';
import { attributesFromParams, checkDatasetUrl, parseHeight } from './options';

const PAGE = 'https://news.example/2020/07/story.html';

describe('checkDatasetUrl', () => {
  it('accepts http(s) URLs and paths on the page’s site, resolved against the page', () => {
    expect(checkDatasetUrl('https://data.example/events.geojson', PAGE)).toEqual({ ok: true, url: 'https://data.example/events.geojson' });
    expect(checkDatasetUrl('/maps/events.geojson', PAGE)).toEqual({ ok: true, url: 'https://news.example/maps/events.geojson' });
    expect(checkDatasetUrl('events.geojson', PAGE)).toEqual({ ok: true, url: 'https://news.example/2020/07/events.geojson' });
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'blob:https://news.example/1', '  '])(
    'refuses %j with a message naming the attribute and the value',
    (value) => {
      const result = checkDatasetUrl(value, PAGE);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain('"src" attribute');
        expect(result.message).toContain(`"${value}"`);
      }
    },
  );
});

describe('parseHeight', () => {
  it('reads bare numbers as pixels and keeps CSS lengths', () => {
    expect(parseHeight('480')).toBe('480px');
    expect(parseHeight(' 30rem ')).toBe('30rem');
    expect(parseHeight('70vh')).toBe('70vh');
  });

  it.each([null, '', '0', '-5', 'tall', '10%', 'calc(100vh - 2px)', '12 px'])('falls back to the default size for %j', (value) => {
    expect(parseHeight(value)).toBeNull();
  });
});

describe('attributesFromParams', () => {
  it('maps embed.html parameters to attributes, accepting the explorer’s `t` for time', () => {
    const attributes = attributesFromParams('?t=2017-04-07&kinds=strike,chemical-attack&view=36.7,35.2,6&controls=none&height=500');
    expect([...attributes]).toEqual([
      ['time', '2017-04-07'],
      ['kinds', 'strike,chemical-attack'],
      ['view', '36.7,35.2,6'],
      ['controls', 'none'],
      ['height', '500'],
    ]);
  });

  it('prefers `time` over `t` and reads autoplay as a boolean attribute', () => {
    expect(attributesFromParams('time=2016-08-16&t=2003-01-01').get('time')).toBe('2016-08-16');
    expect(attributesFromParams('autoplay').get('autoplay')).toBe('');
    expect(attributesFromParams('autoplay=1').get('autoplay')).toBe('');
    expect(attributesFromParams('autoplay=false').has('autoplay')).toBe(false);
  });

  it('never takes a dataset from the URL, and ignores pym.js’s own parameters', () => {
    const attributes = attributesFromParams('src=https://evil.example/fake.geojson&childId=map&initialWidth=640&parentUrl=x');
    expect([...attributes]).toEqual([]);
  });
});
