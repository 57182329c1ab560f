/**
 * `npm run import` as a user runs it: the CLI runs on small files written here, and its exit
 * code, messages and output file are checked. Most checks call the CLI's own entry
 * (`runImport`, what scripts/import.ts runs) in this process; the last one spawns the script
 * itself (Node with tsx, as `npm run` does), for the exit codes and the streams. Spawning for
 * every check took 1.5 s each, 24 s in all, a third of the unit tests' time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SortieDatasetFile } from '../../src/data/dataset-format';
import { isColumnar } from '../../src/data/columnar';
import { readColumnar } from '../../src/data/columnar/read';
import { runImport } from './run';

const dir = mkdtempSync(join(tmpdir(), 'sortie-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI's entry in this process: its exit code and what it printed to each stream. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The script as `npm run import` starts it, in a process of its own. */
function spawned(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SortieDatasetFile;
const dates = (path: string) => read(path).features.map((f) => f.properties.date);

const GOOD = 'date,latitude,longitude,city,event_type\n2019-03-01,48.85,2.35,Paris,Protest\n2019-03-02,-33.87,151.21,Sydney,Strike\n';

describe('npm run import', { timeout: 60_000 }, () => {
  it('writes GeoParquet when OUTPUT ends in .parquet, with the same events and meta as the GeoJSON', async () => {
    const json = join(dir, 'same.geojson');
    const parquet = join(dir, 'same.parquet');
    expect((await run([file('same.csv', GOOD), '--out', json, '--name', 'Two cities'])).code).toBe(0);
    const r = await run([file('same.csv', GOOD), '--out', parquet, '--name', 'Two cities']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Wrote .*same\.parquet \([\d,]+ bytes\)/);
    const bytes = readFileSync(parquet);
    expect(isColumnar(bytes)).toBe(true);
    const back = await readColumnar(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const geojson = read(json);
    expect(back.features).toEqual(geojson.features);
    expect(back.sortie).toEqual(geojson.sortie);
  });

  it('leaves an existing .parquet as it was when no row becomes an event', async () => {
    const out = file('kept.parquet', 'previous contents');
    const r = await run([file('none.csv', 'date,latitude,longitude\nsoon,1,2\n'), '--out', out, '--date', 'date']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no row became an event; nothing written/);
    expect(readFileSync(out, 'utf8')).toBe('previous contents');
  });

  it('imports a CSV, prints the mapping and the count, writes a Sortie dataset', async () => {
    const out = join(dir, 'good.geojson');
    const r = await run([file('good.csv', GOOD), '--out', out, '--name', 'Two cities', '--credits', 'Us']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lat +latitude/);
    expect(r.out).toMatch(/2 of 2 rows became events; dates 2019-03-01 to 2019-03-02/);
    const data = read(out);
    expect(data.type).toBe('FeatureCollection');
    expect(data.sortie).toMatchObject({ version: 1, title: 'Two cities', credits: 'Us', bbox: [2.35, -33.87, 151.21, 48.85] });
    expect(Object.keys(data.sortie?.kinds ?? {})).toEqual(['protest', 'strike']);
    expect(data.features[1]?.properties).toMatchObject({ title: 'Sydney, 2019-03-02', kind: 'strike', place: 'Sydney' });
  });

  it('skips a bad row, naming its row number and column, and counts problems per kind', async () => {
    const out = join(dir, 'bad.geojson');
    const r = await run([file('bad.csv', `${GOOD}31-02-2019,10,10,Nowhere,Raid\n2019-03-04,10,999,Nowhere,Raid\n`), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('row 3, column "date": "31-02-2019" is not a date');
    expect(r.err).toContain('row 4, column "longitude": "999" is out of range for a longitude');
    expect(r.err).toMatch(/not a date: 1/);
    expect(r.out).toMatch(/2 of 4 rows became events; 2 skipped/);
    expect(read(out).features).toHaveLength(2);
  });

  it('--strict fails on any bad row and writes nothing', async () => {
    const out = join(dir, 'strict.geojson');
    const r = await run([file('strict.csv', `${GOOD}31-02-2019,10,10,X,Raid\n`), '--out', out, '--strict']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--strict and 1 bad rows; nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 and writes nothing when no row is good, leaving a previous output byte for byte', async () => {
    const out = join(dir, 'keep.geojson');
    expect((await run([file('keep.csv', GOOD), '--out', out])).code).toBe(0);
    const before = readFileSync(out);
    const r = await run([file('allbad.csv', 'date,latitude,longitude\nsoon,1,1\nlater,2,2\n'), '--out', out, '--date', 'date']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no row became an event; nothing written/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect((await run([file('nothing.csv', 'date,latitude,longitude\nsoon,1,1\n'), '--out', join(dir, 'none.geojson'), '--date', 'date'])).code).toBe(1);
    expect(existsSync(join(dir, 'none.geojson'))).toBe(false);
  });

  it('reads --mapping, with flags overriding it', async () => {
    const csv = file('people.csv', 'first,last,died,y,x,what,hood\nAnn,Lee,1992-04-30,34.05,-118.27,Shooting,Westlake\n');
    const mapping = file('people.mapping.json', JSON.stringify({ date: 'died', lat: 'y', lon: 'x', title: '{first} {last}', kind: 'what' }));
    const out = join(dir, 'people.geojson');
    expect((await run([csv, '--out', out, '--mapping', mapping, '--place', 'hood'])).code).toBe(0);
    expect(read(out).features[0]?.properties).toMatchObject({ title: 'Ann Lee', kind: 'shooting', place: 'Westlake', date: '1992-04-30' });
    const bad = await run([csv, '--out', out, '--mapping', file('bad.mapping.json', '{"dat": "died"}')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown member "dat"/);
  });

  it('reads TSV by its extension', async () => {
    const out = join(dir, 'tab.geojson');
    expect((await run([file('events.tsv', GOOD.replaceAll(',', '\t')), '--out', out])).code).toBe(0);
    expect(read(out).features.map((f) => f.properties.place)).toEqual(['Paris', 'Sydney']);
  });

  it('detects a semicolon delimiter, and takes --delimiter', async () => {
    const out = join(dir, 'semi.geojson');
    expect((await run([file('semi.csv', GOOD.replaceAll(',', ';')), '--out', out])).code).toBe(0);
    expect(read(out).features.map((f) => f.properties.place)).toEqual(['Paris', 'Sydney']);
    const pipes = file('pipes.txt', GOOD.replaceAll(',', '|'));
    expect((await run([pipes, '--out', out, '--delimiter', '|'])).code).toBe(0);
    expect(read(out).features).toHaveLength(2);
  });

  it('reads epoch seconds and milliseconds, and every written date format', async () => {
    const out = join(dir, 'formats.geojson');
    const csv = ['when,lat,lon', '1551398400,1,1', '1551398400000,1,1', '2019-03-01,1,1', '2019-03-01T12:00:00Z,1,1', '01-03-2019,1,1', '1 March 2019,1,1', '"March 1, 2019",1,1', '2019-03,1,1'];
    expect((await run([file('formats.csv', csv.join('\n')), '--out', out, '--date', 'when'])).code).toBe(0);
    expect(dates(out)).toEqual(['2019-03-01', '2019-03-01', '2019-03-01', '2019-03-01', '2019-03-01', '2019-03-01', '2019-03-01', '2019-03']);
  });

  it('reads a WKT column', async () => {
    const out = join(dir, 'wkt.geojson');
    const csv = 'date,wkt\n2019-03-01,"LINESTRING (30 10, 10 30)"\n2019-03-02,"POLYGON ((30 10, 40 40, 20 40, 30 10))"\n2019-03-03,POINT (5 6)\n';
    expect((await run([file('wkt.csv', csv), '--out', out])).code).toBe(0);
    const fs = read(out).features;
    expect(fs.map((f) => f.geometry.type)).toEqual(['LineString', 'Polygon', 'Point']);
    expect(fs.map((f) => f.properties.location_precision)).toEqual(['route', 'region', 'site']);
  });

  it('puts instants on their day in --tz, around midnight', async () => {
    const csv = file('midnight.csv', 'time,lat,lon\n2019-03-01T23:30:00Z,1,1\n1551483000,1,1\n');
    const utc = join(dir, 'utc.geojson');
    const tokyo = join(dir, 'tokyo.geojson');
    expect((await run([csv, '--out', utc])).code).toBe(0);
    expect((await run([csv, '--out', tokyo, '--tz', 'Asia/Tokyo'])).code).toBe(0);
    expect(dates(utc)).toEqual(['2019-03-01', '2019-03-01']);
    expect(dates(tokyo)).toEqual(['2019-03-02', '2019-03-02']);
    expect((await run([csv, '--out', tokyo, '--tz', 'Asia/Tokio'])).err).toMatch(/not an IANA time zone/);
  });

  it('refuses unknown flags and a column that is not there; prints help', async () => {
    const r = await run([file('u.csv', GOOD), '--out', join(dir, 'u.geojson'), '--colour', 'red']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown option '--colour'/);
    const missing = await run([file('m.csv', GOOD), '--out', join(dir, 'm.geojson'), '--kind', 'type']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/kind → "type"/);
    const nodate = await run([file('nodate.csv', 'what,lat,lon\nx,1,1\n'), '--out', join(dir, 'nd.geojson')]);
    expect(nodate.code).toBe(2);
    expect(nodate.err).toMatch(/no date column was found: name one with --date COL/);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: npm run import -- INPUT --out OUTPUT/);
  });

  it('as a process: exits 0 with the summary on stdout, 1 with the reason on stderr, 2 for a bad flag', () => {
    const out = join(dir, 'process.geojson');
    const good = spawned([file('process.csv', GOOD), '--out', out]);
    expect(good.code, good.err).toBe(0);
    expect(good.out).toMatch(/2 of 2 rows became events/);
    expect(read(out).features).toHaveLength(2);
    const none = spawned([file('process-none.csv', 'date,latitude,longitude\nsoon,1,1\n'), '--out', out, '--date', 'date']);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/no row became an event; nothing written/);
    const flag = spawned(['--colour', 'red']);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/Unknown option '--colour'/);
    const help = spawned(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: npm run import -- INPUT --out OUTPUT/);
  });
});
