/**
 * The low-zoom half of the vector-tile trial (docs/beyond-the-browser.md): the events of a
 * newline-delimited GeoJSON file (tiles-data.ts) aggregated into cells × time bins, one
 * point per non-empty (cell, month) at the cell's centre, with the month's first and last
 * day (`start_day`, `end_day`, so the same time filter applies), the `count` of events that
 * start in it, and one `k_<kind>` count per kind present.
 *
 * A cell is a web-mercator tile at --cell-zoom (default 8: 64 × 64 px at zoom 2, 8 cells
 * across a zoom-5 tile), so cells nest in the tiles that carry them. How many features this
 * makes is bounded by cells × months, not by the number of events: that is the point.
 *
 *   npx tsx scripts/trials/tiles-aggregate.ts tiles-trial/events-N.geojsonl --out tiles-trial/overview-N.geojsonl
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { cellOf, centreOf, monthOf } from './tiles-math';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, 'cell-zoom': { type: 'string' } },
  allowPositionals: true,
  strict: true,
});
const [input] = positionals;
const output: string | undefined = values.out;
if (!input || !output) throw new Error('usage: tiles-aggregate.ts EVENTS.geojsonl --out OVERVIEW.geojsonl [--cell-zoom 8]');
const source: string = input;
const target: string = output;
const cellZoom = Number(values['cell-zoom'] ?? 8);

interface Bin { x: number; y: number; month: number; first: number; last: number; count: number; kinds: Map<string, number> }

async function main(): Promise<void> {
  const began = Date.now();
  const bins = new Map<string, Bin>();
  let events = 0;
  const lines = createInterface({ input: createReadStream(source), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const feature = JSON.parse(line) as { geometry: { coordinates: [number, number] }; properties: { kind: string; start_day: number } };
    const [x, y] = cellOf(...feature.geometry.coordinates, cellZoom);
    const { month, first, last } = monthOf(feature.properties.start_day);
    const key = `${x}/${y}/${month}`;
    const bin = bins.get(key) ?? bins.set(key, { x, y, month, first, last, count: 0, kinds: new Map() }).get(key)!;
    bin.count++;
    bin.kinds.set(feature.properties.kind, (bin.kinds.get(feature.properties.kind) ?? 0) + 1);
    events++;
  }
  const out = createWriteStream(target);
  for (const bin of bins.values()) {
    const properties: Record<string, number> = { month: bin.month, start_day: bin.first, end_day: bin.last, count: bin.count };
    for (const [kind, n] of bin.kinds) properties[`k_${kind}`] = n;
    const line = JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: centreOf(bin.x, bin.y, cellZoom) }, properties });
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise<void>((r, reject) => out.end((error?: Error | null) => (error ? reject(error) : r())));
  const cellCount = new Set([...bins.values()].map((b) => `${b.x}/${b.y}`)).size;
  console.log(`tiles-aggregate: ${events.toLocaleString('en-GB')} events → ${bins.size.toLocaleString('en-GB')} (cell, month) features in ${cellCount.toLocaleString('en-GB')} cells of zoom ${cellZoom}, ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
