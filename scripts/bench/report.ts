/**
 * bench-scale.ts's printout: one table per size (Sortie and the two baselines, the same
 * figures for each) and the targets for that size, each met or not.
 */
import type { BaselineResult, SortieResult, Stepped } from './measure';
import { ratio, verdict, type Summary, type Verdict } from './stats';
import { fmt, fmtBytes, markdownTable } from './table';

export interface SizeResult {
  /** Events in the file. */
  count: number;
  label: string;
  sortieBytes: number;
  baselineBytes: number | null;
  sortie: SortieResult;
  baseline: BaselineResult | null;
  /** Wall-clock seconds this size took to measure. */
  seconds: number;
}

const MB = 1e6;
const pair = (s: Summary, digits = 1) => `${fmt(s.median, digits)} / ${fmt(s.p95, digits)}`;
const seconds = (ms: number) => fmt(ms / 1000, 2);

const HEADER = ['page', 'bytes', 'ready s', 'after bytes s', 'heap MB', 'RSS MB', 'step main ms (med / p95)', 'until drawn ms (med / p95)', 'steps', 'scrub frame ms (med / p95)', 'idle frame ms', 'redraw frame ms'];

function row(name: string, bytes: number | null, page: SortieResult | BaselineResult, steps: Stepped): string[] {
  if (!page.ready) return [name, fmtBytes(bytes), 'not ready', '–', '–', '–', '–', '–', '0', '–', '–', '–'];
  return [
    name, fmtBytes(bytes), seconds(page.readyMs), seconds(page.readyMs - page.bytesEndMs),
    fmt(page.memory.heap / MB, 0), fmt(page.memory.rss / MB, 0),
    pair(steps.main, 2), pair(steps.settled), String(steps.main.n), pair(steps.scrub), fmt(page.idle.median), fmt(page.redraw.median),
  ];
}

export function sizeTable(size: SizeResult): string {
  const rows = [row('Sortie', size.sortieBytes, size.sortie, size.sortie)];
  if (size.baseline) {
    rows.push(row('MapLibre setFilter', size.baselineBytes, size.baseline, size.baseline.setFilter));
    rows.push(row('MapLibre setData', size.baselineBytes, size.baseline, size.baseline.setData));
  }
  return markdownTable(HEADER, rows);
}

interface Target {
  what: string;
  value: string;
  verdict: Verdict | 'no target at this size';
}

/** The targets as they apply at this size (some only at 100k and 1M, some only at 1M). */
export function targets(size: SizeResult): Target[] {
  const { sortie, baseline, count } = size;
  const big = count >= 100_000;
  const million = count >= 1_000_000;
  const applies = (v: Verdict, yes: boolean) => (yes ? v : 'no target at this size' as const);
  const main = sortie.main.median;
  const out: Target[] = [
    { what: 'Sortie main-thread ms per step (median) ≤ 4', value: fmt(main, 2), verdict: sortie.ready ? verdict(main, 4, 'at most') : 'not met' },
  ];
  if (baseline) {
    const vsFilter = ratio(baseline.setFilter.settled.median, main);
    const vsData = ratio(baseline.setData.settled.median, main);
    out.push({ what: 'setFilter until drawn ÷ Sortie main-thread per step ≥ 40×', value: `${fmt(vsFilter)}×`, verdict: applies(verdict(vsFilter, 40, 'at least'), big) });
    out.push({ what: 'setData until drawn ÷ Sortie main-thread per step ≥ 15×', value: `${fmt(vsData)}×`, verdict: applies(verdict(vsData, 15, 'at least'), big) });
    // The stricter reading: Sortie's step until its frame is drawn against the same for the baselines.
    out.push({ what: '(stricter) setFilter ÷ Sortie, both until drawn', value: `${fmt(ratio(baseline.setFilter.settled.median, sortie.settled.median))}×`, verdict: applies(verdict(ratio(baseline.setFilter.settled.median, sortie.settled.median), 40, 'at least'), big) });
    out.push({ what: '(stricter) setData ÷ Sortie, both until drawn', value: `${fmt(ratio(baseline.setData.settled.median, sortie.settled.median))}×`, verdict: applies(verdict(ratio(baseline.setData.settled.median, sortie.settled.median), 15, 'at least'), big) });
  }
  const scrubIdle = ratio(sortie.scrub.median, sortie.idle.median);
  out.push({ what: 'Sortie scrub frame ÷ idle frame (medians) ≤ 1.5', value: `${fmt(scrubIdle, 2)}×`, verdict: applies(verdict(scrubIdle, 1.5, 'at most'), million) });
  out.push({ what: 'Sortie scrub frame ÷ redraw frame (medians), for reference', value: `${fmt(ratio(sortie.scrub.median, sortie.redraw.median), 2)}×`, verdict: 'no target at this size' });
  const afterBytes = (sortie.readyMs - sortie.bytesEndMs) / 1000;
  const readyBound = million ? 10 : 3;
  out.push({ what: `Sortie ready after the bytes arrive ≤ ${readyBound} s`, value: sortie.ready ? fmt(afterBytes, 2) : 'not ready', verdict: applies(sortie.ready ? verdict(afterBytes, readyBound, 'at most') : 'not met', big) });
  out.push({ what: 'Sortie page memory (renderer + GPU RSS) < 1,500 MB', value: fmt(sortie.memory.rss / MB, 0), verdict: applies(sortie.ready ? verdict(sortie.memory.rss / MB, 1500, 'at most') : 'not met', million) });
  return out;
}

export function targetsTable(size: SizeResult): string {
  return markdownTable(['target', 'measured', ''], targets(size).map((t) => [t.what, t.value, t.verdict]));
}
