import { describe, expect, it } from 'vitest';
import { checkDatasetUrl, checkElementOptions, parseHeight, readEmbedParams } from './options';

const ORIGIN = 'https://maps.example';
const attributesFromParams = (search: string) => readEmbedParams(search, ORIGIN).attributes;

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
  it('reads bare numbers as pixels and keeps CSS lengths, bounded by 4000 px and 3 viewports', () => {
    expect(parseHeight('480')).toEqual({ css: 'min(480px, 4000px, 300vh)', capped: null });
    expect(parseHeight(' 30rem ')?.css).toBe('min(30rem, 4000px, 300vh)');
    expect(parseHeight('70vh')?.css).toBe('min(70vh, 4000px, 300vh)');
  });

  it.each(['99999999', '4001', '301vh', '300rem'])('caps %j and says so, naming the value', (value) => {
    const height = parseHeight(value);
    expect(height?.css).toBe('min(4000px, 300vh)');
    expect(height?.capped).toContain(`"${value}"`);
  });

  it('does not call a value at the bound capped', () => {
    expect(parseHeight('4000')?.capped).toBeNull();
    expect(parseHeight('300vh')?.capped).toBeNull();
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

  it('never takes a dataset from the URL, and accepts pym.js’s own parameters silently', () => {
    const { attributes, notices } = readEmbedParams('src=https://evil.example/fake.geojson&childId=map&initialWidth=640&parentUrl=x&parentTitle=y', ORIGIN);
    expect([...attributes]).toEqual([]);
    expect(notices.map((n) => n.param)).toEqual(['src']);
  });

  it('takes a basemap only from its own origin, with a notice naming the parameter otherwise', () => {
    expect(readEmbedParams('basemap=/styles/dark.json', ORIGIN).attributes.get('basemap')).toBe('/styles/dark.json');
    expect(readEmbedParams(`basemap=${ORIGIN}/s.json`, ORIGIN).attributes.get('basemap')).toBe(`${ORIGIN}/s.json`);
    for (const foreign of ['https://evil.example/style.json', '//evil.example/style.json', 'http://maps.example/s.json']) {
      const { attributes, notices } = readEmbedParams(`basemap=${encodeURIComponent(foreign)}`, ORIGIN);
      expect(attributes.has('basemap'), foreign).toBe(false);
      expect(notices[0]?.param).toBe('basemap');
      expect(notices[0]?.message).toContain(foreign);
    }
  });

  it('reports unknown parameters and invalid theme/controls, keeping the rest', () => {
    const { attributes, notices } = readEmbedParams('theme=purple&controls=some&colour=red&t=2017-04-07', ORIGIN);
    expect([...attributes]).toEqual([['time', '2017-04-07']]);
    expect(notices.map((n) => n.param)).toEqual(['theme', 'controls', 'colour']);
    expect(notices[0]?.message).toContain('"purple"');
    expect(notices[2]?.message).toContain('"colour"');
  });
});

describe('checkDatasetUrl and malformed escapes', () => {
  it('refuses a malformed % escape, naming the src', () => {
    const result = checkDatasetUrl('data%zz.geojson', PAGE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('"data%zz.geojson"');
    expect(checkDatasetUrl('my%20data.geojson', PAGE).ok).toBe(true);
  });
});

describe('checkElementOptions', () => {
  it('reports a theme or controls value the element does not know', () => {
    expect(checkElementOptions({ theme: 'dark', controls: 'minimal' })).toEqual([]);
    expect(checkElementOptions({ theme: 'night', controls: null }).map((n) => n.param)).toEqual(['theme']);
    expect(checkElementOptions({ theme: null, controls: 'all' })[0]?.message).toContain('"all"');
  });
});
