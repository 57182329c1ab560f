import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_PARAMS, EXPLORER_PARAMS, FORWARDED_ATTRIBUTES, OPTIONS } from './options-table';
import { elementTable, updateReadme } from './readme-tables';

describe('README option tables', () => {
  it('are what the options table says (run `npm run docs:options` after changing an option)', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    expect(updateReadme(readme)).toBe(readme);
  });

  it('have one row per option', () => {
    expect(elementTable().split('\n').length).toBe(OPTIONS.length + 2);
  });
});

describe('the options table', () => {
  it('declares each option, attribute and URL parameter once', () => {
    const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
    expect(unique(OPTIONS.map((o) => o.name))).toBe(true);
    expect(unique(OPTIONS.map((o) => o.attribute))).toBe(true);
    expect(unique(EXPLORER_PARAMS)).toBe(true);
  });

  it('keeps the dataset out of embed.html and the page URL out of the element', () => {
    expect(EMBED_PARAMS).not.toContain('src');
    expect(FORWARDED_ATTRIBUTES).not.toContain('url-sync');
    expect(FORWARDED_ATTRIBUTES).toContain('src');
  });
});
