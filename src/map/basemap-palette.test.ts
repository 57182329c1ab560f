import { describe, expect, it } from 'vitest';
import { BASEMAP_PALETTES, basemapPaint, type BasemapTheme } from './basemap-style';

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const THEMES: BasemapTheme[] = ['light', 'dark'];

describe('basemap palettes', () => {
  for (const theme of THEMES) {
    const p = BASEMAP_PALETTES[theme];
    it(`${theme}: every label reaches WCAG AA (4.5:1) against the land and its halo`, () => {
      for (const label of [p.countryLabel, p.admin1Label, p.cityLabel]) {
        for (const ground of [p.land, p.halo]) expect(contrast(label, ground), `${label} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('dark darkens land, sea, borders and labels’ halos; its labels are light', () => {
    const dark = BASEMAP_PALETTES.dark;
    for (const ground of [dark.land, dark.sea, dark.halo]) expect(luminance(ground)).toBeLessThan(0.03);
    for (const line of [dark.countryBorder, dark.admin1Boundary]) expect(luminance(line)).toBeLessThan(luminance(BASEMAP_PALETTES.light.land));
    for (const label of [dark.countryLabel, dark.cityLabel]) expect(luminance(label)).toBeGreaterThan(0.5);
  });

  it('a theme switch touches every colour of the basemap and nothing but paint', () => {
    const light = basemapPaint('light');
    const dark = basemapPaint('dark');
    expect(dark.map(({ layer, property }) => `${layer}.${property}`)).toEqual(light.map(({ layer, property }) => `${layer}.${property}`));
    const colours = (paint: typeof light) => paint.filter(({ property }) => property.endsWith('color')).map(({ value }) => value);
    expect(colours(dark)).toEqual(expect.arrayContaining(Object.values(BASEMAP_PALETTES.dark)));
    expect(colours(dark).some((c, i) => c !== colours(light)[i])).toBe(true);
    for (const layer of ['basemap-sea', 'basemap-land', 'basemap-country-borders', 'basemap-admin1-boundaries', 'basemap-country-labels', 'basemap-city-labels']) {
      expect(dark.some((p) => p.layer === layer), layer).toBe(true);
    }
  });
});
