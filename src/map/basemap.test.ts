// Checks the committed basemap (data/basemap, built by `npm run basemap`) and the style that
// draws it. Reads only committed files and installed dependencies: CI has no source packages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASEMAP_ATTRIBUTION, BASEMAP_FIRST_LABEL_LAYER, BASEMAP_PALETTES, createBasemapStyle } from './basemap-style';

const dir = new URL('../../data/basemap/', import.meta.url);
const FILES = ['countries', 'admin1', 'boundaries', 'labels', 'cities'] as const;
type Name = (typeof FILES)[number];
const raw = (name: Name) => readFileSync(new URL(`${name}.geojson`, dir));
const read = (name: Name) => JSON.parse(raw(name).toString()) as FeatureCollection;
const props = (f: Feature) => f.properties ?? {};

/** Every position of a geometry, however deeply nested. */
function positions(f: Feature): Position[] {
  const walk = (c: unknown): Position[] => (typeof (c as unknown[])[0] === 'number' ? [c as Position] : (c as unknown[]).flatMap(walk));
  return f.geometry.type === 'GeometryCollection' ? [] : walk(f.geometry.coordinates);
}

/** Even-odd point in polygon over every ring of a (Multi)Polygon. */
function contains(f: Feature, [x = 0, y = 0]: Position): boolean {
  const g = f.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  let inside = false;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [[ax = 0, ay = 0], [bx = 0, by = 0]] = [ring[i - 1] ?? [], ring[i] ?? []];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
    }
  }
  return inside;
}

describe('basemap files', () => {
  it.each(FILES)('%s.geojson is a FeatureCollection of features with in-range coordinates', (name) => {
    const fc = read(name);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      for (const [x, y] of positions(f)) {
        expect(Number.isFinite(x) && Number.isFinite(y) && Math.abs(x ?? NaN) <= 180 && Math.abs(y ?? NaN) <= 90, `${name}: [${x}, ${y}]`).toBe(true);
      }
    }
  });

  it('has one polygon feature per country, with a name and a unique ISO alpha-3 code', () => {
    const countries = read('countries').features;
    for (const f of countries) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(typeof props(f)['name']).toBe('string');
      expect(props(f)['iso3'] === null || /^[A-Z]{3}$/.test(String(props(f)['iso3']))).toBe(true);
    }
    const codes = countries.map((f) => props(f)['iso3']).filter((c) => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['SYR', 'IRQ', 'IRN', 'TUR', 'LBN', 'JOR', 'ISR', 'PSE', 'RUS', 'USA']));
  });

  it('draws no ring across the antimeridian, which a flat map would show as a band round the world', () => {
    for (const f of read('countries').features) {
      const g = f.geometry;
      const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
      // An edge along a pole (Antarctica's, cut by the 110m/50m boxes) may be long; it draws nothing.
      const alongPole = (a: Position, b: Position) => Math.abs(a[1] ?? 0) === 90 && a[1] === b[1];
      const jump = rings.some((ring) => ring.some(([x = 0, y = 0], i) => {
        const [px = x, py = y] = ring[i - 1] ?? [];
        return Math.abs(x - px) > 180 && !alongPole([px, py], [x, y]);
      }));
      expect(jump, String(props(f)['name'])).toBe(false);
    }
  });

  it('puts the places events happen far apart on the right country', () => {
    const byCode = (code: string) => read('countries').features.find((f) => props(f)['iso3'] === code);
    const at: [string, Position][] = [['RUS', [37.62, 55.75]], ['USA', [-77.04, 38.9]], ['SYR', [36.28, 33.51]], ['IRN', [51.39, 35.69]]];
    for (const [code, place] of at) {
      const country = byCode(code);
      expect(country && contains(country, place), `${place.join(',')} in ${code}`).toBe(true);
    }
  });

  it('gives Iraq and Iran a common border edge (the data build derives it with line-overlap)', () => {
    const byCode = (code: string) => read('countries').features.find((f) => props(f)['iso3'] === code);
    const [iraq, iran] = [byCode('IRQ'), byCode('IRN')];
    if (!iraq || !iran) throw new Error('IRQ or IRN missing');
    const iranVertices = new Set(positions(iran).map(String));
    const shared = positions(iraq).filter((p) => iranVertices.has(String(p)));
    expect(shared.length).toBeGreaterThan(100);
  });

  it('has the provinces of the region, keyed by Natural Earth name, where their cities are', () => {
    const provinces = read('admin1').features;
    for (const f of provinces) {
      expect(['SYR', 'IRQ', 'IRN', 'TUR', 'LBN', 'JOR', 'ISR', 'PSE']).toContain(props(f)['iso3']);
      expect(typeof props(f)['name']).toBe('string');
      expect(typeof props(f)['label']).toBe('string');
    }
    const cities = read('cities').features;
    const city = (geonameid: number) => cities.find((f) => props(f)['geonameid'] === geonameid);
    const province = (name: string) => provinces.find((f) => props(f)['iso3'] === 'SYR' && props(f)['name'] === name);
    // GeoNames ids: Idlib, Aleppo, Hama, Deir ez-Zor.
    for (const [name, geonameid] of [['Idlib', 169389], ['Aleppo', 170063], ['Hamah', 170017], ['Dayr Az Zawr', 170794]] as const) {
      const [area, place] = [province(name), city(geonameid)];
      expect(area, `province ${name}`).toBeDefined();
      expect(place, `city ${geonameid}`).toBeDefined();
      if (area && place) expect(contains(area, positions(place)[0] ?? []), `${geonameid} inside ${name}`).toBe(true);
    }
    expect(provinces.filter((f) => props(f)['iso3'] === 'SYR').length).toBeGreaterThanOrEqual(14);
  });

  it('has capitals and major cities with GeoNames ids and populations', () => {
    const cities = read('cities').features;
    for (const f of cities) {
      const p = props(f);
      expect(f.geometry.type).toBe('Point');
      expect(Number.isInteger(p['geonameid']) && Number.isInteger(p['population']) && typeof p['capital'] === 'boolean').toBe(true);
    }
    const capitals = cities.filter((f) => props(f)['capital'] === true).map((f) => props(f)['name']);
    expect(capitals).toEqual(expect.arrayContaining(['Damascus', 'Baghdad', 'Tehran', 'Ankara', 'Beirut', 'Amman', 'Moscow', 'Washington, D.C.']));
  });

  it('writes every label in Latin-1, which the latin subset of Noto Sans covers', () => {
    const labels = [...read('labels').features, ...read('cities').features, ...read('admin1').features].map((f) => String(props(f)['label']));
    const outside = labels.filter((label) => [...label].some((char) => char.charCodeAt(0) > 0xff));
    expect(outside).toEqual([]);
  });

  it('fits the start-up budget: basemap files and fonts at most 1 MB gzip', () => {
    const require = createRequire(import.meta.url);
    const fonts = [400, 600].map((w) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff2`)));
    const total = FILES.reduce((sum, name) => sum + gzipSync(raw(name)).length, 0) + fonts.reduce((sum, f) => sum + f.length, 0);
    expect(total).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('createBasemapStyle', () => {
  it.each(['light', 'dark'] as const)('%s: is a valid style that needs no other origin', (theme) => {
    const style = createBasemapStyle({ theme });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources), layer.id).toContain(layer.source);
    }
    expect(style.layers.map((l) => l.id)).toContain(BASEMAP_FIRST_LABEL_LAYER);
  });

  it('loads the committed basemap files', () => {
    const urls = Object.values(createBasemapStyle().sources).map((s) => ('data' in s ? String(s.data) : ''));
    for (const name of ['countries', 'boundaries', 'labels', 'cities']) {
      expect(urls.some((url) => url.includes(`${name}.geojson`))).toBe(true);
    }
  });

  it('uses a different palette for the dark theme', () => {
    const background = (theme: 'light' | 'dark') => JSON.stringify(createBasemapStyle({ theme }).layers[0]);
    expect(background('dark')).not.toBe(background('light'));
  });

  it.each(['light', 'dark'] as const)('%s: labels meet WCAG AA contrast (4.5:1) on land and on their halo', (theme) => {
    const luminance = (hex: string) => {
      const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const p = BASEMAP_PALETTES[theme];
    for (const text of [p.countryLabel, p.admin1Label, p.cityLabel]) {
      expect(contrast(text, p.land)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, p.halo)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('credits Natural Earth and GeoNames in plain text', () => {
    expect(BASEMAP_ATTRIBUTION).toMatch(/Natural Earth/);
    expect(BASEMAP_ATTRIBUTION).toMatch(/GeoNames/);
    expect(BASEMAP_ATTRIBUTION).not.toMatch(/[<>]/);
  });
});

describe('loadMapFonts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('registers Noto Sans 400 and 600, and gives up waiting after the timeout', async () => {
    const added: { family: string; weight: string }[] = [];
    // A browser whose font requests never finish: the map must still get going.
    class PendingFontFace {
      constructor(
        readonly family: string,
        readonly source: string,
        readonly descriptors: { weight: string },
      ) {}
      load = () => new Promise<never>(() => {});
    }
    vi.stubGlobal('FontFace', PendingFontFace);
    vi.stubGlobal('document', { fonts: { add: (face: PendingFontFace) => added.push({ family: face.family, weight: face.descriptors.weight }) } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    const { loadMapFonts } = await import('./fonts');

    let done = false;
    void loadMapFonts(1000).then(() => (done = true));
    expect(added).toEqual([{ family: 'Noto Sans', weight: '400' }, { family: 'Noto Sans', weight: '600' }]);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
