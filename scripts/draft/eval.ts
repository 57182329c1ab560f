/**
 * `npm run draft:eval`: drafts each of the dataset's articles and compares the candidates with
 * the curated events that cite it (data/events.yaml, built into data/events.geojson). A curated
 * event is found when a candidate has its kind, an overlapping date and a place within its
 * precision (src/draft/duplicates.ts, the same test as the duplicate warning). Precision counts
 * candidates that match a curated event of the article.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { draftArticle } from '../../src/draft/draft-article';
import { sameEvent } from '../../src/draft/duplicates';
import type { Candidate } from '../../src/draft/types';
import { articleDateFor } from './cli';
import { datasetArticles, nodeContext } from './node-context';

export interface ArticleScore {
  article: string;
  curated: number;
  found: number;
  candidates: number;
  matching: number;
  recall: number;
  precision: number;
  missed: string[];
}

export const ARTICLES_DIR = resolve(process.env.SORTIE_ARTICLES ?? `${import.meta.dirname}/../../../shared/articles`);

const point = (c: Candidate): [number, number] | undefined => (c.place ? [c.place.chosen.lng, c.place.chosen.lat] : undefined);

export function evaluate(dir = ARTICLES_DIR): ArticleScore[] {
  const ctx = nodeContext();
  return datasetArticles().map((article) => {
    const text = readFileSync(`${dir}/${article.file}`, 'utf8');
    const candidates = draftArticle({ text, articleId: article.id, articleDate: articleDateFor(text, undefined, article) }, ctx);
    const curated = ctx.known.filter((e) => e.articles?.includes(article.id));
    const matches = (c: Candidate, e: (typeof curated)[number]): boolean =>
      sameEvent({ kind: c.kind, date: c.date, point: point(c), precision: c.place?.precision }, e);
    const found = curated.filter((e) => candidates.some((c) => matches(c, e)));
    const matching = candidates.filter((c) => curated.some((e) => matches(c, e)));
    return {
      article: article.id, curated: curated.length, found: found.length, candidates: candidates.length, matching: matching.length,
      recall: found.length / Math.max(1, curated.length), precision: matching.length / Math.max(1, candidates.length),
      missed: curated.filter((e) => !found.includes(e)).map((e) => e.id),
    };
  });
}

export function formatTable(scores: ArticleScore[]): string {
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const rows = scores.map((s) => `| ${s.article} | ${s.curated} | ${s.found} | ${pct(s.recall)} | ${s.candidates} | ${s.matching} | ${pct(s.precision)} |`);
  const t = scores.reduce((a, s) => ({ c: a.c + s.curated, f: a.f + s.found, n: a.n + s.candidates, m: a.m + s.matching }), { c: 0, f: 0, n: 0, m: 0 });
  rows.push(`| **all five** | ${t.c} | ${t.f} | ${pct(t.f / t.c)} | ${t.n} | ${t.m} | ${pct(t.m / t.n)} |`);
  return ['| article | curated events | found | recall | candidates | matching a curated event | precision |',
    '| --- | --: | --: | --: | --: | --: | --: |', ...rows].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const scores = evaluate();
  console.log(formatTable(scores));
  for (const s of scores) if (s.missed.length) console.log(`${s.article} missed: ${s.missed.join(', ')}`);
}
