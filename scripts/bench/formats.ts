/**
 * `npm run bench:formats [-- --sizes 100000,1000000 --variants plain,varied]`: the candidate
 * binary dataset formats of issue 9 against GeoJSON, measured in Node on generated datasets.
 *
 * For each size and variant it writes every candidate once, then reads them back to
 * GeoJSON-shaped features in three interleaved rounds (the median is printed), then prints bytes raw and
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
    const candidates = CANDIDATES.filter((c) => !only.length || only.includes(c.name) || c.name === 'GeoJSON');
    // Write every candidate first, then read them in turns (round k reads each once), so a
    // burst of load from the machine's other users falls on all of them, not on one.
    const written = [];
    for (const candidate of candidates) {
      const t = performance.now();
      const bytes = await candidate.write(dataset);
      written.push({ candidate, bytes, write: performance.now() - t, gz: gzipSync(bytes, { level: 6 }).byteLength, reads: [] as number[], held: 0, exact: false });
    }
    // Held in an object so that emptying it between reads lets the last result go.
    const last: { features: unknown[] } = { features: [] };
    for (let k = 0; k < 3; k++) {
      for (const w of written) {
        last.features = [];
        // V8 keeps the value of the last `await` alive until the next one resolves: await
        // nothing first, so the previous read's features are garbage when the heap is taken.
        await null;
        const before = heap();
        const t = performance.now();
        last.features = await w.candidate.read(w.bytes);
        w.reads.push(performance.now() - t);
        if (k === 0) {
          w.held = heap() - before;
          const step = Math.max(1, Math.floor(count / 2000));
          w.exact = last.features.length === count;
          for (let i = 0; w.exact && i < count; i += step) w.exact = isDeepStrictEqual(last.features[i], dataset.features[i]);
        }
      }
    }
    last.features = [];
    for (const w of written) {
      const m = { raw: w.bytes.byteLength, gz: w.gz, write: w.write, read: median(w.reads), heap: w.held };
      base ??= m;
      const ratio = (a: number, b: number) => (w.candidate.name === 'GeoJSON' ? '' : ` (${fmt(a / b, 2)}×)`);
      rows.push([w.candidate.name, fmtBytes(m.raw) + ratio(m.raw, base.raw), fmtBytes(m.gz) + ratio(m.gz, base.gz),
        fmt(m.write, 0) + ratio(m.write, base.write), fmt(m.read, 0) + ratio(m.read, base.read),
        `${w.reads.map((r) => fmt(r, 0)).join(' / ')}`, fmtBytes(m.heap) + ratio(m.heap, base.heap), w.exact ? 'yes' : 'NO']);
    }
    console.log(`\n### ${count.toLocaleString('en-GB')} events, ${variant} (load average before ${loadBefore}, after ${load()})\n`);
    console.log(markdownTable(['format', 'bytes', 'gzip -6', 'write ms', 'read ms (median)', 'reads ms', 'heap after read', 'exact'], rows));
  }
}
