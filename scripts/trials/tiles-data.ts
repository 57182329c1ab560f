/**
 * The input of the vector-tile trial (docs/beyond-the-browser.md): N generated events
 * (scripts/lib/synthetic.ts, seed 1) as newline-delimited GeoJSON features, one per line,
 * which tippecanoe reads in parallel (`-P`). Each feature keeps only what a tile needs to
 * be filtered by time and kind: numeric `start_day` and `end_day` (whole days since
 * 2000-01-01, the end inclusive) and `kind`, plus the event's id.
 *
 * Beside it, the time strip's histogram as the small precomputed file the design serves
 * instead of counting events in the browser: events starting per day, per kind.
 *
 *   npx tsx scripts/trials/tiles-data.ts --count 1000000 --out tiles-trial
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { syntheticDataset, SYNTHETIC_KINDS } from '../lib/synthetic';
import { dayOf } from './tiles-math';

const { values } = parseArgs({
  options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  strict: true,
});
const count = Number((values.count ?? '1000000').replace(/_/g, ''));
const seed = Number(values.seed ?? 1);
if (!Number.isInteger(count) || count <= 0) throw new Error(`--count must be a whole number above 0 (got "${values.count}")`);
const out = resolve(values.out ?? 'tiles-trial');

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const began = Date.now();
  const dataset = syntheticDataset({ count, seed });
  const path = resolve(out, `events-${count}.geojsonl`);
  const file = createWriteStream(path);
  const kindAt = new Map<string, number>(SYNTHETIC_KINDS.map((k, i) => [k, i]));
  const histogram = new Map<number, number[]>();
  let [minDay, maxDay] = [Infinity, -Infinity];
  for (const feature of dataset.features) {
    const props = feature.properties as { id: string; kind: string; date: string };
    const [from = '', to = from] = props.date.split('/');
    const start = dayOf(from);
    const end = dayOf(to);
    minDay = Math.min(minDay, start);
    maxDay = Math.max(maxDay, end);
    const row = histogram.get(start) ?? histogram.set(start, new Array<number>(SYNTHETIC_KINDS.length).fill(0)).get(start)!;
    row[kindAt.get(props.kind) ?? 0]! += 1;
    const line = JSON.stringify({
      type: 'Feature',
      geometry: feature.geometry,
      properties: { id: props.id, kind: props.kind, start_day: start, end_day: end },
    });
    if (!file.write(`${line}\n`)) await new Promise((r) => file.once('drain', r));
  }
  await new Promise<void>((r, reject) => file.end((error?: Error | null) => (error ? reject(error) : r())));

  // One row per day from the first to the last, zeros included, so the client indexes by day.
  const days = Array.from({ length: maxDay - minDay + 1 }, (_, i) => histogram.get(minDay + i) ?? new Array<number>(SYNTHETIC_KINDS.length).fill(0));
  const strip = JSON.stringify({ origin: '2000-01-01', firstDay: minDay, binDays: 1, kinds: SYNTHETIC_KINDS, counts: days });
  await writeFile(resolve(out, `histogram-${count}.json`), strip);
  const gz = gzipSync(strip).length;
  console.log(`tiles-data: ${count.toLocaleString('en-GB')} events → ${path} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  console.log(`tiles-data: histogram ${days.length} days × ${SYNTHETIC_KINDS.length} kinds: ${strip.length.toLocaleString('en-GB')} bytes, ${gz.toLocaleString('en-GB')} gzipped`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
