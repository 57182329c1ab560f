import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deSlug, pluralOf, resolveMeta, titleFromFile } from './dataset-meta';
import { SYMBOL_PATHS } from './symbols';
import { validateEvents, type SortieEvent } from './validate';

process.env.TZ = 'UTC';

const point = (id: string, kind: string, coordinates: [number, number], extra: Record<string, unknown> = {}) => ({
  type: 'Feature', geometry: { type: 'Point', coordinates },
  properties: { id, title: id, kind, date: '1998-01-02', ...extra },
});
const events = (...features: unknown[]): SortieEvent[] => {
  const { events: valid, problems } = validateEvents(features);
  expect(problems).toEqual([]);
  return valid;
};

describe('resolveMeta defaults', () => {
  const floods = events(point('a', 'flood', [-60, -10]), point('b', 'wildfire', [-50, -20]), point('c', 'flood', [-55, -15]));

  it('titles a dataset without a title after its file, de-slugged', () => {
    expect(resolveMeta(undefined, floods, 'acled-sudan_2023.geojson').title).toBe('Acled sudan 2023');
    expect(titleFromFile('events.json')).toBe('Events');
    expect(titleFromFile('acled-sudan.parquet')).toBe('Acled sudan');
  });

  it('registers the kinds the events use, in order of first use, with distinct palette colours and symbols', () => {
    const { kinds } = resolveMeta(undefined, floods, 'x.geojson');
    expect([...kinds.keys()]).toEqual(['flood', 'wildfire']);
    const [flood, fire] = [kinds.get('flood')!, kinds.get('wildfire')!];
    expect(flood).toMatchObject({ label: 'Flood', plural: 'Floods', color: '#E69F00', symbol: 'triangle', used: true });
    expect(fire).toMatchObject({ label: 'Wildfire', color: '#56B4E9', symbol: 'diamond', shape: SYMBOL_PATHS.diamond });
  });

  it('derives the view from the events\' extent, padded', () => {
    const [w, s, e, n] = resolveMeta(undefined, floods, 'x.geojson').bbox!;
    expect(w).toBeLessThan(-60);
    expect(e).toBeGreaterThan(-50);
    expect(s).toBeLessThan(-20);
    expect(n).toBeGreaterThan(-10);
    expect(e - w).toBeLessThan(12);
  });

  it('includes lines and areas in the extent, not only their first position', () => {
    const line = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[10, 10], [30, 40]] },
      properties: { id: 'l', title: 'l', kind: 'storm', date: '1999' } };
    const [w, s, e, n] = resolveMeta(undefined, events(line), 'x.geojson').bbox!;
    expect([w < 10, s < 10, e > 30, n > 40]).toEqual([true, true, true, true]);
  });

  it('gives a single place (or identical places) a regional box around it, not a zero-size view', () => {
    const one = events(point('a', 'quake', [-71.5, -33]), point('b', 'quake', [-71.5, -33]));
    const [w, s, e, n] = resolveMeta(undefined, one, 'x.geojson').bbox!;
    expect([w, s, e, n]).toEqual([-72.5, -34, -70.5, -32]);
  });

  it('has no view for no events', () => {
    expect(resolveMeta(undefined, [], 'x.geojson').bbox).toBeNull();
  });

  it('lists actors in order of first use, labelled as written', () => {
    const withActors = events(point('a', 'k', [0, 0], { actors: ['Chile', 'Peru'] }), point('b', 'k', [0, 0], { actors: ['Peru', 'Bolivia'] }));
    expect(resolveMeta(undefined, withActors, 'x').actors.map((a) => a.label)).toEqual(['Chile', 'Peru', 'Bolivia']);
  });
});

describe('resolveMeta with a sortie member', () => {
  const quakes = events(point('a', 'quake', [-71, -33]), point('b', 'storm', [-80, -2]), point('c', 'flood', [-75, -10]));

  it('uses what the dataset declares and fills in the rest', () => {
    const meta = resolveMeta({
      title: 'Hazards', description: 'Natural hazards.', credits: 'Data: a survey', license: 'CC0-1.0',
      bbox: [-90, -40, -60, 0],
      kinds: { storm: { label: 'Tropical storm', color: '#117733', symbol: 'star' }, quake: { color: '#882255' }, drought: {} },
      actors: { CL: { label: 'Chile' } },
    }, quakes, 'x.geojson');
    expect(meta).toMatchObject({ title: 'Hazards', description: 'Natural hazards.', credits: 'Data: a survey', license: 'CC0-1.0',
      bbox: [-90, -40, -60, 0], bboxDeclared: true, problems: [] });
    expect([...meta.kinds.keys()]).toEqual(['storm', 'quake', 'drought', 'flood']);
    expect(meta.kinds.get('storm')).toMatchObject({ label: 'Tropical storm', plural: 'Tropical storms', color: '#117733', symbol: 'star' });
    expect(meta.kinds.get('quake')).toMatchObject({ label: 'Quake', color: '#882255', used: true });
    expect(meta.kinds.get('drought')).toMatchObject({ used: false });
    // Defaults never repeat a declared look.
    const looks = [...meta.kinds.values()].map((k) => `${k.color} ${k.symbol}`);
    expect(new Set(looks).size).toBe(looks.length);
    expect(meta.kinds.get('flood')!.symbol).not.toBe('star');
    expect(meta.actors).toEqual([{ id: 'CL', label: 'Chile', color: null, used: false }]);
  });

  it.each([
    [{ bbox: [1, 2, 3] }, 'sortie.bbox', /four numbers/],
    [{ bbox: [10, 0, -10, 5] }, 'sortie.bbox', /not a box in degrees/],
    [{ bbox: [0, -95, 10, 5] }, 'sortie.bbox', /not a box in degrees/],
    [{ kinds: { quake: { color: 'red' } } }, 'sortie.kinds.quake.color', /"red" is not a #rrggbb colour/],
    [{ kinds: { quake: { symbol: 'skull' } } }, 'sortie.kinds.quake.symbol', /"skull" is not one of triangle/],
    [{ kinds: ['quake'] }, 'sortie.kinds', /must be an object/],
    [{ title: 7 }, 'sortie.title', /must be text/],
    [{ articles: 'none' }, 'sortie.articles', /must be a list/],
    [{ articles: [{ id: 'a' }] }, 'sortie.articles[0]', /needs an id and a headline/],
    ['nonsense', 'sortie', /must be an object/],
  ])('ignores a malformed member %j with a named problem, never a failure', (raw, field, message) => {
    const meta = resolveMeta(raw, quakes, 'hazards.geojson');
    expect(meta.problems).toEqual([{ id: 'sortie', field, message: expect.stringMatching(message) }]);
    expect(meta.kinds.size).toBe(3);
    expect(meta.bbox).not.toBeNull();
    expect(meta.title).toBe('Hazards');
  });

  it('keeps the well-formed articles and drops the rest', () => {
    const meta = resolveMeta({ articles: [{ id: 'r1', headline: 'Report' }, { headline: 'no id' }] }, quakes, 'x');
    expect(meta.articles).toEqual([{ id: 'r1', headline: 'Report' }]);
    expect(meta.problems.map((p) => p.field)).toEqual(['sortie.articles[1]']);
  });

  it('has no articles when the dataset lists none (citations then say "not listed")', () => {
    expect(resolveMeta({}, quakes, 'x').articles).toBeNull();
  });
});

describe('the bundled dataset', () => {
  const file = JSON.parse(readFileSync(new URL('../../data/events.geojson', import.meta.url), 'utf8')) as { sortie: unknown; features: unknown[] };
  const meta = resolveMeta(file.sortie, validateEvents(file.features).events, 'events.geojson');

  it('declares its eight kinds with the looks the app always had, in legend order', () => {
    expect(meta.problems).toEqual([]);
    expect([...meta.kinds.values()].map((k) => [k.id, k.color, k.symbol, k.plural])).toEqual([
      ['strike', '#D55E00', 'triangle', 'Strikes'],
      ['chemical-attack', '#CC79A7', 'diamond', 'Chemical attacks'],
      ['offensive', '#E69F00', 'square', 'Offensives'],
      ['deployment', '#0072B2', 'circle', 'Deployments'],
      ['agreement', '#009E73', 'star', 'Agreements'],
      ['meeting', '#56B4E9', 'hexagon', 'Meetings'],
      ['protest', '#F0E442', 'plus', 'Protests'],
      ['policy', '#5F5F5F', 'pentagon', 'Policy acts'],
    ]);
  });

  it('carries its own articles and the view of the region where its events concentrate', () => {
    expect(meta.articles?.length).toBe(5);
    expect(meta.bbox).toEqual([32.85427, 27, 51.5, 39.91987]);
    expect(meta.description).toMatch(/^Military events in Syria, Iraq, Iran and Russia, 2003–2020/);
  });
});

describe('labels', () => {
  it('de-slugs ids and forms plurals', () => {
    expect(deSlug('chemical-attack')).toBe('Chemical attack');
    expect(deSlug('sub_event_type')).toBe('Sub event type');
    expect(['Strike', 'Policy', 'Ash', 'Day'].map(pluralOf)).toEqual(['Strikes', 'Policies', 'Ashes', 'Days']);
    expect(['Bus', 'Class', 'Crisis', 'Box', 'Airstrike'].map(pluralOf)).toEqual(['Buses', 'Classes', 'Crises', 'Boxes', 'Airstrikes']);
    // Already plural, as ACLED names its event types: kept, not "Battleses".
    expect(['Battles', 'Protests', 'Riots', 'Violence against civilians', 'Strategic developments'].map(pluralOf))
      .toEqual(['Battles', 'Protests', 'Riots', 'Violence against civilians', 'Strategic developments']);
  });
});
