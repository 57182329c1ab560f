import { describe, expect, it } from 'vitest';
import { appDefaults, appProperties } from './app-properties';
import { OPTIONS } from './options-table';

describe('the app properties from the options table', () => {
  const properties = appProperties();

  it('declares one property per forwarded option, under its attribute, and none for the others', () => {
    for (const row of OPTIONS) {
      if (row.forwarded) expect(properties[row.name], row.name).toMatchObject({ attribute: row.attribute });
      else expect(properties[row.name], row.name).toBeUndefined();
    }
  });

  it('reads a removed theme or controls attribute as the default, and reflects them', () => {
    for (const [name, absent] of [['theme', 'light'], ['controls', 'full']] as const) {
      const declaration = properties[name] as { reflect?: boolean; converter?: { fromAttribute(v: string | null): unknown } };
      expect(declaration.reflect).toBe(true);
      expect(declaration.converter?.fromAttribute(null)).toBe(absent);
      expect(declaration.converter?.fromAttribute('dark')).toBe('dark');
    }
  });

  it('starts booleans off, reflected options at their default and the rest unset', () => {
    expect(appDefaults()).toMatchObject({ autoplay: false, theme: 'light', controls: 'full', time: null, src: null });
  });
});
