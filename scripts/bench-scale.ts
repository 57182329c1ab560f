/**
 * `npm run bench` (second part; alone: `npm run bench:scale`): the map at scale (issue 9).
 * For each size it generates a dataset (scripts/lib/synthetic.ts, seed 1), serves it on the
 * app's origin, and measures in one run, at the same viewport (1280×800):
 *
 *   - Sortie: the full explorer opened on it by link (`/?src=/bench-data/…`), with the event
 *     list and the time strip, as a reader gets it;
 *   - the baselines: a plain MapLibre page (no Sortie code, scripts/bench/baseline-page.ts)
 *     with the same events in a GeoJSON source and one circle layer, changing the time by
 *     `setFilter` per step and by `setData` (filtered in JS) per step.
 *
 * Each page: bytes and when they arrived, time to ready, JS heap and resident memory, idle
 * and redraw frames, scrub steps each waited out (main-thread ms, and ms until drawn) and
 * continuous scrubbing (one change per frame). Then the issue's targets, met or not.
 * A 42-event row (the bundled dataset, `/`) compares with `bench-scrub.ts`'s small case.
 *
 * Options: --sizes 1000,10000,100000 (default), --million (adds 1,000,000; or
 * SORTIE_BENCH_MILLION=1), --format parquet|geojson (what Sortie loads: GeoParquet, the
 * format `npm run import` writes for large data, by default; the baselines always load
 * GeoJSON, as plain MapLibre reads nothing else), --steps 60, --budget 60 (s per phase),
 * --ready-timeout 300 (s), --port (default SORTIE_PORT or 4192). Needs `npm run build` first.
 */
import { parseArgs } from 'node:util';
import os from 'node:os';
import { servePreview } from './lib/preview-browser';
import { syntheticDataset } from './lib/synthetic';
import { writeColumnar } from '../src/data/columnar/write';
import { baselineFeatures, featureBounds } from './bench/baseline-page';
import { measureBaseline, measureSortie, placeData, DATA_PATH, VIEWPORT, type BaselineResult, type Limits, type SortieResult } from './bench/measure';
import { sizeTable, targetsTable, type SizeResult } from './bench/report';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    million: { type: 'boolean' },
    format: { type: 'string' },
    steps: { type: 'string' },
    budget: { type: 'string' },
    'ready-timeout': { type: 'string' },
    port: { type: 'string' },
  },
  strict: true,
});

function positive(name: string, value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a whole number above 0 (got "${value}")`);
  return n;
}

const sizes = (values.sizes ?? '1000,10000,100000').split(',').map((s) => positive('sizes', s.trim().replace(/_/g, ''), 0));
if ((values.million || process.env.SORTIE_BENCH_MILLION === '1') && !sizes.includes(1_000_000)) sizes.push(1_000_000);
const limits: Limits = {
  steps: positive('steps', values.steps, 60),
  budgetMs: positive('budget', values.budget, 60) * 1000,
  readyMs: positive('ready-timeout', values['ready-timeout'], 300) * 1000,
};
const format = values.format ?? 'parquet';
if (format !== 'parquet' && format !== 'geojson') throw new Error(`--format must be parquet or geojson (got "${format}")`);
const port = positive('port', values.port ?? process.env.SORTIE_PORT, 4192);
const origin = `http://localhost:${port}`;

function print(size: SizeResult): void {
  console.log(`\n### ${size.label} (measured in ${Math.round(size.seconds)} s)\n`);
  console.log(sizeTable(size));
  if (size.sortie.failure) console.log(`\nSortie: ${size.sortie.failure}.`);
  if (size.baseline?.failure) console.log(`\nBaseline: ${size.baseline.failure}.`);
  if (size.sortie.ready) console.log(`\nSortie loaded ${size.sortie.events.toLocaleString('en-GB')} events, ${size.sortie.atScale ? 'drawn on the GPU (scale mode)' : 'drawn by MapLibre layers'}.`);
  if (size.baseline?.ready) console.log(`Baseline circles on screen: ${size.baseline.drawn.toLocaleString('en-GB')} after loading, ${size.baseline.drawnAfterSteps.toLocaleString('en-GB')} after the setFilter scrub.`);
  console.log(`\n${targetsTable(size)}`);
}

async function main(): Promise<void> {
  const stop = await servePreview(port, 'index.html');
  const began = Date.now();
  const defects: string[] = [];
  console.log(`bench-scale: ${new Date().toISOString()}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`Sortie loads ${format === 'parquet' ? 'GeoParquet (npm run import\'s format)' : 'GeoJSON'}; the baselines GeoJSON.`);
  console.log(`${limits.steps} steps per phase, at most ${limits.budgetMs / 1000} s per phase, ready within ${limits.readyMs / 1000} s; times are median / p95.`);
  try {
    const t0 = Date.now();
    const bundled = await measureSortie(origin, '/', limits);
    print({ count: bundled.events, label: `${bundled.events} events (the bundled dataset, \`/\`)`, sortieBytes: NaN, baselineBytes: null, sortie: bundled, baseline: null, seconds: (Date.now() - t0) / 1000 });

    for (const count of sizes) {
      const t1 = Date.now();
      const dataset = syntheticDataset({ count, seed: 1 });
      const features = baselineFeatures(dataset);
      const starts = features.map((f) => f.properties.start);
      const ends = features.map((f) => f.properties.end);
      const domain = [starts.reduce((a, b) => Math.min(a, b), Infinity), ends.reduce((a, b) => Math.max(a, b), -Infinity)] as const;
      const sortieName = `events-${count}.${format}`;
      const sortieFile = format === 'parquet'
        ? Buffer.from(await writeColumnar(dataset.features, dataset.sortie))
        : Buffer.from(JSON.stringify(dataset));
      const baselineFile = Buffer.from(JSON.stringify({ type: 'FeatureCollection', bbox: featureBounds(features), features }));
      const files = new Map([[sortieName, sortieFile], [`baseline-${count}.geojson`, baselineFile]]);
      const remove = await placeData(files);
      let sortie: SortieResult;
      let baseline: BaselineResult;
      try {
        sortie = await measureSortie(origin, `/?src=${encodeURIComponent(`${DATA_PATH}${sortieName}`)}`, limits);
        baseline = await measureBaseline(origin, `baseline-${count}.geojson`, domain, limits);
      } finally {
        await remove();
      }
      if (baseline.ready && !baseline.failure && (baseline.drawn === 0 || baseline.drawnAfterSteps === 0)) defects.push(`the baseline drew no circles at ${count} events`);
      print({ count, label: `${count.toLocaleString('en-GB')} events`, sortieBytes: sortieFile.length, baselineBytes: baselineFile.length, sortie, baseline, seconds: (Date.now() - t1) / 1000 });
    }
  } finally {
    stop();
  }
  console.log(`\nWhole run: ${Math.round((Date.now() - began) / 1000)} s; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
  if (defects.length) {
    console.error(`DEFECT: ${defects.join('; ')}: its figures compare against nothing.`);
    process.exitCode = 1;
  }
}

await main();
// A browser whose page crashed can outlive its close(); the figures are printed, so end here.
process.exit();
