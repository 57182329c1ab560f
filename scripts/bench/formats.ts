/**
 * `npm run bench:formats [-- --sizes 100000,1000000 --variants plain,varied]`: the candidate
 * binary dataset formats of issue 9 against GeoJSON, measured in Node on generated datasets.
 *
 * For each size and variant it writes every candidate once and reads it back to
 * GeoJSON-shaped features three times (the median is printed), then prints bytes raw and
 * gzipped (node:zlib, level 6), write and read times, the heap held after the read (with
 * the features still alive, after a forced GC when run with --expose-gc), and ratios against
 * GeoJSON in the same run. "exact" says whether a sample of 2,000 features came back deep-equal.
 * The machine's load average is printed with each table: the figures are only as quiet as
 * the machine was.
 *
 * Variants: `plain` is scripts/lib/synthetic.ts (titles "Generated event n", so compression
 * is optimistic); `varied` adds random words, actors, a source with a unique URL and an
 * extra number per event (scripts/lib/synthetic-varied.ts).
 */
import { gzipSync } from 'node:zlib';
import { loadavg, cpus } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { syntheticDataset } from '../lib/synthetic';
import { variedDataset } from '../lib/synthetic-varied';
import { CANDIDATES } from './format-candidates';
import { fmt, fmtBytes, markdownTable } from './table';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = flag('sizes', '100000,1000000').split(',').map(Number);
const variants = flag('variants', 'plain,varied').split(',');
const only = flag('only', '').split(',').filter(Boolean);

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => { gc?.(); return process.memoryUsage().heapUsed; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${new Date().toISOString()}${gc ? '' : ' (no --expose-gc: heap figures include garbage)'}`);
for (const variant of variants) {
  for (const count of sizes) {
    const dataset = variant === 'varied' ? variedDataset({ count }) : syntheticDataset({ count });
    const rows: string[][] = [];
    let base: { raw: number; gz: number; write: number; read: number; heap: number } | null = null;
    const loadBefore = load();
    for (const candidate of CANDIDATES) {
      if (only.length && !only.includes(candidate.name) && candidate.name !== 'GeoJSON') continue;
      let t = performance.now();
      const bytes = await candidate.write(dataset);
      const write = performance.now() - t;
      const gz = gzipSync(bytes, { level: 6 }).byteLength;
      const reads: number[] = [];
      // Held in an object so that emptying it between reads lets the last result go.
      const last: { features: unknown[] } = { features: [] };
      let held = 0;
      const before = heap();
      for (let k = 0; k < 3; k++) {
        last.features = [];
        t = performance.now();
        last.features = await candidate.read(bytes);
        reads.push(performance.now() - t);
        // Only the first read: V8 keeps the previous read's result alive until the next
        // one resolves, so later differences would net out to about nothing.
        if (k === 0) held = heap() - before;
      }
      const step = Math.max(1, Math.floor(count / 2000));
      let exact = last.features.length === count;
      for (let i = 0; exact && i < count; i += step) exact = isDeepStrictEqual(last.features[i], dataset.features[i]);
      last.features = [];
      const m = { raw: bytes.byteLength, gz, write, read: median(reads), heap: held };
      base ??= m;
      const ratio = (a: number, b: number) => (candidate.name === 'GeoJSON' ? '' : ` (${fmt(a / b, 2)}×)`);
      rows.push([candidate.name, fmtBytes(m.raw) + ratio(m.raw, base.raw), fmtBytes(m.gz) + ratio(m.gz, base.gz),
        fmt(m.write, 0) + ratio(m.write, base.write), fmt(m.read, 0) + ratio(m.read, base.read),
        `${reads.map((r) => fmt(r, 0)).join(' / ')}`, fmtBytes(m.heap) + ratio(m.heap, base.heap), exact ? 'yes' : 'NO']);
    }
    console.log(`\n### ${count.toLocaleString('en-GB')} events, ${variant} (load average before ${loadBefore}, after ${load()})\n`);
    console.log(markdownTable(['format', 'bytes', 'gzip -6', 'write ms', 'read ms (median)', 'reads ms', 'heap after read', 'exact'], rows));
  }
}
