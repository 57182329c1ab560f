import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../state/url-state';
import { elementAttributes, elementCode, embedUrl, escapeAttribute, iframeCode, RESIZE_SNIPPET } from './embed-code';

const BASE = 'https://maps.example/sortie/';
const STATE = {
  time: Date.UTC(2017, 3, 7),
  selectedId: 'shayrat-tomahawk-strike-2017',
  kinds: new Set(['strike', 'chemical-attack'] as const),
  actors: null,
  mode: 'window' as const,
  view: { center: [36.91234, 34.5] as [number, number], zoom: 6.456 },
};

describe('embed code', () => {
  it('points the iframe at embed.html with the explorer’s link parameters', () => {
    expect(embedUrl(STATE, BASE)).toBe(
      'https://maps.example/sortie/embed.html?t=2017-04-07&event=shayrat-tomahawk-strike-2017&kinds=chemical-attack,strike&mode=window&view=36.9123,34.5,6.46',
    );
  });

  it('gives the element the same view as attributes, which read back to the same state', () => {
    const attributes = elementAttributes(STATE);
    expect(attributes).toEqual([
      ['time', '2017-04-07'],
      ['event', 'shayrat-tomahawk-strike-2017'],
      ['kinds', 'chemical-attack,strike'],
      ['mode', 'window'],
      ['view', '36.9123,34.5,6.46'],
    ]);
    const asParams = new URLSearchParams(attributes.map(([n, v]) => [n === 'time' ? 't' : n, v]));
    const { state, notices } = parseUrlState(asParams.toString(), { eventIds: new Set([STATE.selectedId]), actors: new Set() });
    expect(notices).toEqual([]);
    expect(state.time).toBe(STATE.time);
    expect([...(state.kinds ?? [])].sort()).toEqual(['chemical-attack', 'strike']);
    expect(state.view).toEqual({ center: [36.9123, 34.5], zoom: 6.46 });
  });

  it('loads the library from the base URL and falls back to the picture without JavaScript', () => {
    const code = elementCode(STATE, BASE);
    expect(code).toContain('<script type="module" src="https://maps.example/sortie/sortie-map.js"></script>');
    expect(code).toContain('<sortie-map time="2017-04-07" event="shayrat-tomahawk-strike-2017"');
    expect(code).toContain('<noscript><img src="https://maps.example/sortie/sortie-map.png"');
  });

  it('resizes only the frame that sent a well-formed height message from its own origin', () => {
    const code = iframeCode(STATE, BASE);
    expect(code).toContain('title="Sortie: map of military events');
    const snippet = RESIZE_SNIPPET.replace(/^<script>|<\/script>$/g, '');
    const frame = (src: string) => ({ src, contentWindow: {}, style: { height: '' } });
    const ours = frame('https://maps.example/sortie/embed.html');
    const other = frame('https://maps.example/sortie/embed.html?t=2016-08-16');
    let listener: (e: { data: unknown; origin: string; source: unknown }) => void = () => undefined;
    const run = new Function('addEventListener', 'document', 'location', snippet);
    run((_: string, fn: typeof listener) => { listener = fn; }, { querySelectorAll: () => [ours, other] }, { href: 'https://news.example/a' });

    listener({ data: 'pymxPYMxxPYMxheightxPYMx700', origin: 'https://evil.example', source: ours.contentWindow });
    listener({ data: 'pymxPYMxxPYMxheightxPYMx70px', origin: 'https://maps.example', source: ours.contentWindow });
    listener({ data: { height: 700 }, origin: 'https://maps.example', source: ours.contentWindow });
    expect(ours.style.height).toBe('');
    listener({ data: 'pymxPYMxmapxPYMxheightxPYMx700', origin: 'https://maps.example', source: ours.contentWindow });
    expect(ours.style.height).toBe('700px');
    expect(other.style.height).toBe('');
  });

  it('escapes values that could break out of an attribute', () => {
    expect(escapeAttribute('a"><script>&')).toBe('a&quot;&gt;&lt;script&gt;&amp;');
    const code = elementCode({ actors: new Set(['"><img src=x onerror=alert(1)>']) }, BASE);
    expect(code).not.toContain('"><img');
  });

  it('gives an empty state the default view', () => {
    expect(embedUrl({}, BASE)).toBe('https://maps.example/sortie/embed.html');
    expect(elementCode({}, BASE)).toContain('<sortie-map></sortie-map>');
  });

  it('adds the chosen height, controls and theme to both, leaving defaults out', () => {
    const options = { height: 480, controls: 'minimal', theme: 'dark' } as const;
    expect(embedUrl(STATE, BASE, options)).toBe(
      'https://maps.example/sortie/embed.html?t=2017-04-07&event=shayrat-tomahawk-strike-2017&kinds=chemical-attack,strike&mode=window&view=36.9123,34.5,6.46&controls=minimal&theme=dark&height=480',
    );
    expect(iframeCode(STATE, BASE, options)).toContain('height:480px;border:0');
    expect(elementCode(STATE, BASE, options)).toContain('<sortie-map controls="minimal" theme="dark" height="480" time="2017-04-07"');
    expect(embedUrl({}, BASE, { controls: 'full', theme: 'light', height: null })).toBe('https://maps.example/sortie/embed.html');
  });

  it('keeps the element’s dataset and basemap: both in the element, only the basemap in the iframe', () => {
    const options = { src: 'https://news.example/data/my-events.geojson', basemap: 'https://news.example/style.json' };
    expect(elementCode({}, BASE, options)).toContain(
      '<sortie-map src="https://news.example/data/my-events.geojson" basemap="https://news.example/style.json"></sortie-map>',
    );
    const url = new URL(embedUrl({}, BASE, options));
    expect(url.searchParams.get('basemap')).toBe('https://news.example/style.json');
    expect(url.searchParams.has('src')).toBe(false);
  });
});
