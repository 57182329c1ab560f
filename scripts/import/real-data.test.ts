/**
 * Datasets nobody here wrote (vega-datasets: LA Times' 1992 riots deaths, a USGS week of
 * earthquakes) and the preset fixtures, through runImport, the code the CLI runs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import edtf from 'edtf';
import { afterAll, describe, expect, it } from 'vitest';
import type { SortieDatasetFile } from '../../src/data/dataset-format';
import { placeDate } from '../../src/data/date-rules';
import { geometryProblem } from '../../src/data/geometry-rules';
import { runImport } from './run';

const dir = mkdtempSync(join(tmpdir(), 'sortie-import-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importTo(name: string, args: string[]) {
  const lines: string[] = [];
  const out = join(dir, `${name}.geojson`);
  const code = await runImport([...args, '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  const data = code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as SortieDatasetFile) : null;
  // Every written event must be one the app can place in time and draw.
  for (const f of data?.features ?? []) {
    const placed = placeDate(f.properties.date);
    if (!placed.ok) throw new Error(`${f.properties.id}: ${placed.message}`);
    const bad = geometryProblem(f.geometry);
    if (bad) throw new Error(`${f.properties.id}: geometry ${bad}`);
  }
  return { code, log: lines.join('\n'), data: data! };
}
const byId = (data: SortieDatasetFile, id: string) => data.features.find((f) => f.properties.id === id)?.properties;
const sortedDates = (data: SortieDatasetFile) => data.features.map((f) => f.properties.date).sort();

describe('real datasets, no flags', { timeout: 30_000 }, () => {
  it('LA riots: 63 deaths, 1992-04-29 to 1993-11-24, detected columns', async () => {
    const { code, log, data } = await importTo('la', ['node_modules/vega-datasets/data/la-riots.csv']);
    expect(code).toBe(0);
    expect(log).toMatch(/63 of 63 rows became events; dates 1992-04-29 to 1993-11-24/);
    expect(data.features).toHaveLength(63);
    const aguilar = data.features.find((f) => f.properties.last_name === 'Aguilar');
    expect(aguilar?.properties).toMatchObject({ date: '1992-04-30', kind: 'officer-involved-shooting', place: 'Westlake', title: 'Westlake, 1992-04-30', age: 18 });
    expect(aguilar?.geometry).toEqual({ type: 'Point', coordinates: [-118.2739756, 34.0592814] });
    expect(Object.keys(data.sortie?.kinds ?? {})).toEqual(['officer-involved-shooting', 'not-riot-related', 'homicide', 'death']);
  });

  it('LA riots with examples/la-riots.mapping.json: names as titles, address and neighbourhood as place', async () => {
    const { code, data } = await importTo('la-mapped', ['node_modules/vega-datasets/data/la-riots.csv', '--mapping', 'examples/la-riots.mapping.json']);
    expect(code).toBe(0);
    expect(data.features).toHaveLength(63);
    const aguilar = data.features.find((f) => f.properties.title === 'Cesar A. Aguilar');
    expect(aguilar?.properties).toMatchObject({ place: '2009 W. 6th St., Westlake', kind: 'officer-involved-shooting', date: '1992-04-30' });
    expect(aguilar?.properties).not.toHaveProperty('first_name');
  });

  it('USGS earthquakes: 1,707 events in one week, ids, titles and URLs from the feed', async () => {
    const { code, log, data } = await importTo('eq', ['node_modules/vega-datasets/data/earthquakes.json']);
    expect(code).toBe(0);
    expect(log).toMatch(/1,707 of 1,707 rows became events; dates 2018-01-31 to 2018-02-07/);
    expect(data.features).toHaveLength(1707);
    expect(data.sortie?.description).toBe('Imported from earthquakes.json: 1,707 of 1,707 rows.');
    expect(byId(data, 'ci37868143')).toMatchObject({
      title: 'M 2.0 - 4km W of Castaic, CA', kind: 'earthquake', date: '2018-02-07', place: '4km W of Castaic, CA', mag: 2,
      code: '37868143', sources: [{ url: 'https://earthquake.usgs.gov/earthquakes/eventpage/ci37868143' }],
    });
    expect(Object.keys(data.sortie?.kinds ?? {})).toEqual(['earthquake', 'explosion', 'quarry-blast']);
  });
});

describe('presets on fixtures in each codebook layout', { timeout: 30_000 }, () => {
  for (const era of ['2019', '2024']) {
    it(`ACLED ${era} export is detected and read by its precision codes`, async () => {
      const { code, log, data } = await importTo(`acled-${era}`, [`e2e/fixtures/import/acled-${era}.csv`]);
      expect(code).toBe(0);
      expect(log).toMatch(/preset: acled/);
      expect(data.features).toHaveLength(24);
      expect(data.sortie?.credits).toMatch(/^ACLED/);
      const nga = byId(data, 'NGA1002');
      expect(nga).toMatchObject({ kind: 'protests', location_precision: 'region', title: 'Peaceful protest in Maiduguri', place: 'Maiduguri, Borno, Nigeria' });
      expect(nga?.date).toMatch(/^20\d\d-11-12\/20\d\d-11-18$/); // time_precision 2: the week around the 15th
      expect(byId(data, 'MLI1003')?.date).toMatch(/^20\d\d-04$/); // time_precision 3: the month
      expect(byId(data, 'MEX1001')).toMatchObject({ location_precision: 'city', sources: [{ name: 'Reuters' }], fatalities: 2 });
      for (const d of sortedDates(data)) expect(() => edtf(d)).not.toThrow();
      expect(sortedDates(data)[0]).toMatch(era === '2019' ? /^2018/ : /^2023/);
    });
  }

  it('the 2024 era keeps assoc_actor lists as separate actors', async () => {
    const { data } = await importTo('acled-actors', ['e2e/fixtures/import/acled-2024.csv']);
    expect(byId(data, 'NGA1002')?.actors).toEqual(['Military Forces of Nigeria', 'Protesters (Nigeria)', 'Women (Nigeria)', 'Students (Nigeria)']);
  });

  it('UCDP GED: windows as EDTF, where_prec and violence types', async () => {
    const { code, log, data } = await importTo('ucdp', ['e2e/fixtures/import/ucdp-ged.csv']);
    expect(code).toBe(0);
    expect(log).toMatch(/preset: ucdp/);
    expect(data.features).toHaveLength(24);
    expect(byId(data, '300000')).toMatchObject({ date: '2015-01-01', kind: 'state-based', location_precision: 'site', best: 1 });
    expect(byId(data, '300001')).toMatchObject({ date: '2016-06-04/2016-06-07', kind: 'non-state', location_precision: 'city' });
    expect(byId(data, '300003')).toMatchObject({ date: '2018-04', location_precision: 'region' }); // date_prec 4: a whole month
    expect(byId(data, '300004')?.date).toBe('2019'); // date_prec 5: a whole year
    expect(byId(data, '300005')?.location_precision).toBe('country'); // where_prec 6
    expect(data.sortie?.kinds).toEqual({
      'state-based': { label: 'State-based violence' }, 'non-state': { label: 'Non-state violence' }, 'one-sided': { label: 'One-sided violence' },
    });
  });

  it('a preset can be forced, and flags still override it', async () => {
    const { code, data } = await importTo('forced', ['e2e/fixtures/import/acled-2024.csv', '--preset', 'acled', '--title', 'event_id_cnty']);
    expect(code).toBe(0);
    expect(byId(data, 'COL1000')?.title).toBe('COL1000');
  });
});
