/**
 * data/schema/dataset.schema.json describes whole dataset files: the bundled one and a
 * generic one (e2e/fixtures/generic.geojson) both pass; a broken `sortie` member fails.
 * What the schema cannot say (EDTF, unique ids) is validate.ts's job.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(read('../../data/schema/dataset.schema.json') as object);
const errors = (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

describe('data/schema/dataset.schema.json', () => {
  it('accepts the bundled dataset, sortie member and all', () => {
    const bundled = read('../../data/events.geojson') as { sortie?: unknown };
    expect(bundled.sortie).toBeDefined();
    expect(errors(bundled)).toEqual([]);
  });

  it('accepts a generic dataset with its own kinds, extras and named sources', () => {
    expect(errors(read('../../e2e/fixtures/generic.geojson'))).toEqual([]);
  });

  it('accepts the smallest dataset: features with only id, title, kind and date', () => {
    expect(errors({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { id: 'a', title: 'A', kind: 'anything', date: '1999' } }] })).toEqual([]);
  });

  it.each([
    [{ bbox: [0, 0, 1] }, /sortie\/bbox/],
    [{ kinds: { flood: { color: 'blue' } } }, /sortie\/kinds\/flood\/color/],
    [{ kinds: { flood: { symbol: 'skull' } } }, /sortie\/kinds\/flood\/symbol/],
    [{ titel: 'typo' }, /must NOT have additional properties/],
  ])('rejects a sortie member %j', (sortie, message) => {
    expect(errors({ type: 'FeatureCollection', sortie, features: [] }).join('\n')).toMatch(message);
  });

  it('rejects a source with nothing to cite', () => {
    const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { id: 'a', title: 'A', kind: 'k', date: '1999', sources: [{ excerpt: 'alone' }] } };
    expect(errors({ type: 'FeatureCollection', features: [feature] })).not.toEqual([]);
  });
});
