/**
 * `npm run bench:import [-- --rows N]`: generates an N-row CSV (default 1,000,000; seeded,
 * valid rows, 10 columns) in a temp dir, imports it in a child process, and prints rows/s,
 * wall time, the child's peak RSS and the sizes. The import streams in and out, so peak RSS
 * should stay far below the file sizes; figures go in docs/import.md.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, keep: { type: 'boolean' } } });
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, not ${values.rows}`);

/** mulberry32: a small seeded generator, so every run imports the same file. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Battles', 'Protests', 'Riots', 'Explosions/Remote violence', 'Violence against civilians', 'Strategic developments'];
const TOWNS = ['Lagos', 'Lima', 'Kyiv', 'Manila', 'Dhaka', 'Bogota', 'Nairobi', 'Hanoi', 'Quito', 'Accra', 'Tunis', 'Oslo'];

async function generate(path: string) {
  const rand = random(8);
  const out = createWriteStream(path);
  out.write('event_id,event_date,latitude,longitude,event_type,location,actor1,actor2,notes,fatalities\n');
  const day0 = Date.UTC(2010, 0, 1);
  for (let i = 0; i < rows; i++) {
    const date = new Date(day0 + Math.floor(rand() * 5000) * 86_400_000).toISOString().slice(0, 10);
    const lat = (rand() * 160 - 80).toFixed(4);
    const lon = (rand() * 340 - 170).toFixed(4);
    const kind = KINDS[Math.floor(rand() * KINDS.length)];
    const town = TOWNS[Math.floor(rand() * TOWNS.length)];
    const line = `E${i},${date},${lat},${lon},${kind},${town},Group ${Math.floor(rand() * 50)},Group ${Math.floor(rand() * 50)},"Generated row ${i}, near ${town}",${Math.floor(rand() * 10)}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const dir = mkdtempSync(join(tmpdir(), 'sortie-import-bench-'));
try {
  const input = join(dir, 'events.csv');
  const output = join(dir, 'events.geojson');
  let t = performance.now();
  await generate(input);
  console.log(`generated ${rows.toLocaleString('en-GB')} rows (${(statSync(input).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // The child runs the same runImport as the CLI and reports its own peak RSS on exit.
  const child = `const { runImport } = await import('./scripts/import/run.ts');
    const code = await runImport(${JSON.stringify([input, '--out', output])}, { out: (l) => console.error(l), err: (l) => console.error(l) });
    const u = process.resourceUsage();
    process.stdout.write(JSON.stringify({ code, maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 }));`;
  t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], { encoding: 'utf8', maxBuffer: 1e7 });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`import failed (${r.status}):\n${r.stderr}`);
  const report = JSON.parse(r.stdout) as { code: number; maxRSS: number; cpu: number };
  console.log(r.stderr.split('\n').filter((l) => /rows became events|Wrote/.test(l)).join('\n'));
  console.log(`import: exit ${report.code}, wall ${wall.toFixed(1)} s, ${Math.round(rows / wall).toLocaleString('en-GB')} rows/s`);
  // CPU time is steadier than wall time on a shared machine.
  console.log(`import CPU time: ${report.cpu.toFixed(1)} s (${Math.round(rows / report.cpu).toLocaleString('en-GB')} rows per CPU second)`);
  console.log(`peak RSS of the import process: ${(report.maxRSS / 1024).toFixed(0)} MB`);
  console.log(`output: ${(statSync(output).size / 1e6).toFixed(1)} MB`);
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
