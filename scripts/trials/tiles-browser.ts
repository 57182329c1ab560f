/**
 * The browser half of the vector-tile trial (docs/beyond-the-browser.md). Serves, on
 * localhost only, tiles-page.html, MapLibre's and pmtiles' browser builds from node_modules
 * and the trial's archives with HTTP range requests (as a static host or CDN would), then
 * opens the page in Debian's Chromium (SwiftShader: WebGL on the CPU) once per method of
 * applying the time (filter, opacity, state; see the page) and, at each zoom:
 *
 *   - load: a fresh browser opens the page at that zoom; ms from navigation until the
 *     map is idle, with the range requests and bytes the archive served;
 *   - steps: the time moved by `--days` days per step, each waited out until idle: the
 *     call's own main-thread ms, and ms until idle (tiles re-laid-out in the workers, or
 *     paint re-evaluated, then drawn);
 *   - memory: JS heap and the renderer's + GPU process's resident memory.
 *
 *   npx tsx scripts/trials/tiles-browser.ts --archive events-1000000.pmtiles [--port 4283]
 *     [--zooms 3,6,9] [--steps 10] [--methods filter,opacity,state] [--dir tiles-trial]
 *     [--layer events|overview]
 *   (--serve: only serve the page and the archives, to look at them)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, reportProblems, ROOT } from '../lib/preview-browser';
import { measureMemory } from '../bench/memory';
import { summarize } from '../bench/stats';

const { values } = parseArgs({
  options: {
    archive: { type: 'string' }, port: { type: 'string' }, zooms: { type: 'string' }, steps: { type: 'string' },
    methods: { type: 'string' }, dir: { type: 'string' }, days: { type: 'string' }, center: { type: 'string' },
    serve: { type: 'boolean' }, layer: { type: 'string' },
  },
  strict: true,
});
const archive = basename(values.archive ?? 'events-1000000.pmtiles');
const port = Number(values.port ?? process.env.SORTIE_PORT ?? 4283);
const zooms = (values.zooms ?? '3,6,9').split(',').map(Number);
const steps = Number(values.steps ?? 10);
const days = Number(values.days ?? 30);
const methods = (values.methods ?? 'filter,opacity,state').split(',');
const dir = resolve(values.dir ?? 'tiles-trial');
const center = (values.center ?? '36,34').split(',').map(Number) as [number, number];
const T0 = 1800;
const layer = values.layer ?? 'events';

const traffic = { requests: 0, bytes: 0 };

async function serveFile(req: IncomingMessage, res: ServerResponse, path: string, type: string): Promise<void> {
  const { size } = await stat(path);
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  const [start, end] = range ? [Number(range[1]), range[2] ? Math.min(Number(range[2]), size - 1) : size - 1] : [0, size - 1];
  if (start > end) {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  res.writeHead(range ? 206 : 200, {
    'Content-Type': type, 'Content-Length': end - start + 1, 'Accept-Ranges': 'bytes',
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (path.startsWith(dir)) { traffic.requests++; traffic.bytes += end - start + 1; }
  createReadStream(path, { start, end }).pipe(res);
}

function startServer(): Promise<() => void> {
  const maplibre = resolve(ROOT, 'node_modules/maplibre-gl/dist');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const name = basename(path);
    const send = (file: string, type: string) => serveFile(req, res, file, type).catch(() => res.writeHead(404).end());
    if (path === '/') void readFile(resolve(import.meta.dirname, 'tiles-page.html')).then((b) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(b));
    else if (path === '/pmtiles.js') void send(resolve(ROOT, 'node_modules/pmtiles/dist/pmtiles.js'), 'text/javascript');
    else if (path.startsWith('/maplibre/') && /^maplibre-gl[\w-]*\.(mjs|css)$/.test(name)) void send(resolve(maplibre, name), name.endsWith('.css') ? 'text/css' : 'text/javascript');
    else if (path.startsWith('/data/') && /^[\w.-]+\.pmtiles$/.test(name)) void send(resolve(dir, name), 'application/octet-stream');
    else res.writeHead(404).end();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(() => server.close()));
  });
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '–');
const mb = (n: number) => (Number.isFinite(n) ? (n / 1e6).toFixed(n < 1e7 ? 1 : 0) : '–');

async function main(): Promise<void> {
  await stat(resolve(dir, archive)).catch(() => { throw new Error(`no ${resolve(dir, archive)}: run scripts/trials/tiles-trial.sh first`); });
  const stop = await startServer();
  const origin = `http://localhost:${port}`;
  if (values.serve) {
    console.log(`serving ${origin}/?archive=${archive}&method=filter (Ctrl-C stops)`);
    return;
  }
  const rows: string[] = [];
  try {
    for (const method of methods) {
      for (const zoom of zooms) {
        // A browser per case: each starts cold (no tiles cached), and its memory is its own.
        const browser = await launchBrowser();
        try {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          reportProblems(page, origin);
          traffic.requests = 0; traffic.bytes = 0;
          await page.goto(`${origin}/?archive=${archive}&layer=${layer}&method=${method}&t=${T0}&zoom=${zoom}&center=${center.join(',')}`);
          await page.waitForSelector('html[data-ready]', { timeout: 300_000 });
          const loadMs = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
          const loaded = { ...traffic };
          const main: number[] = [];
          const drawn: number[] = [];
          const counts: number[] = [];
          for (let i = 1; i <= steps; i++) {
            const t = T0 + i * days;
            const [callMs, untilMs, n] = await page.evaluate(async (time) => {
              const w = window as unknown as { __setTime(t: number): number; __idle(): Promise<void>; __drawn(t: number): number };
              const began = performance.now();
              const idle = w.__idle();
              const call = w.__setTime(time);
              await idle;
              return [call, performance.now() - began, w.__drawn(time)] as const;
            }, t);
            main.push(callMs); drawn.push(untilMs); counts.push(n);
          }
          const memory = await measureMemory(browser, page);
          const m = summarize(main);
          const d = summarize(drawn);
          rows.push(`| ${method} | ${zoom} | ${ms(loadMs)} | ${loaded.requests} / ${mb(loaded.bytes)} | ${ms(m.median)} / ${ms(m.p95)} | ${ms(d.median)} / ${ms(d.p95)} | ${m.n} | ${counts[0]?.toLocaleString('en-GB')} → ${counts.at(-1)?.toLocaleString('en-GB')} | ${mb(memory.heap)} / ${mb(memory.rss)} |`);
          console.log(rows.at(-1));
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    stop();
  }
  console.log(`\n${archive}, viewport 1280×800 at [${center.join(', ')}], ${steps} steps of ${days} days from day ${T0}; Chromium with SwiftShader (CPU-WebGL). Times median / p95.\n`);
  console.log('| method | zoom | ready ms | range requests / MB | step call ms | until idle ms | steps | circles drawn (first → last step) | heap / RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
