/**
 * The drafter on the five articles: recall may not drop below what it reaches today (README
 * table), and every excerpt is verbatim (offsets and the shared excerpt checker).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, evaluate } from './eval';
import { main } from './cli';
import { datasetArticles, ROOT } from './node-context';

/** Measured recall per article (README), rounded down a little. */
const FLOORS: Record<string, number> = {
  'iran-syria-deal-2020': 0.7, 'wsj-2017-04-08': 0.85, 'russia-iran-ties-2016-08-18': 0.75,
  'blog-2015-10-15': 0.9, 'iran-iraq-air-defense-2019': 0.95,
};

describe('drafting the five articles', () => {
  it('finds at least the measured share of each article\'s curated events', () => {
    const scores = evaluate();
    for (const s of scores) expect(s.recall, `${s.article} (missed ${s.missed.join(', ')})`).toBeGreaterThanOrEqual(FLOORS[s.article]!);
    const all = scores.reduce((a, s) => a + s.found, 0) / scores.reduce((a, s) => a + s.curated, 0);
    expect(all).toBeGreaterThanOrEqual(0.83);
  });

  it('writes excerpts that are verbatim slices of the files, and the excerpt checker agrees', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sortie-draft-'));
    try {
      const out = join(dir, 'drafts.geojson');
      const files = datasetArticles().map((a) => join(ARTICLES_DIR, a.file));
      expect(main([...files, '--out', out], { log: () => undefined, error: (l) => { throw new Error(l); }, write: () => undefined })).toBe(0);
      const collection = JSON.parse(readFileSync(out, 'utf8')) as { features: { properties: { sources: { article: string; excerpt: string; start: number; end: number }[] } }[] };
      expect(collection.features.length).toBeGreaterThan(20);
      const byId = new Map(datasetArticles().map((a) => [a.id, readFileSync(join(ARTICLES_DIR, a.file), 'utf8')]));
      for (const f of collection.features) {
        for (const s of f.properties.sources) expect(byId.get(s.article)!.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.excerpt.replace(/\s+/g, ' '));
      }
      const check = spawnSync(process.execPath, [join(ARTICLES_DIR, '..', 'tools', 'check-excerpts.mjs'), out], { cwd: ROOT, encoding: 'utf8' });
      expect(check.stdout).toMatch(/ 0 failed/);
      expect(check.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad input with a clear message', () => {
    const errors: string[] = [];
    const out = { log: () => undefined, error: (l: string) => errors.push(l), write: () => undefined };
    expect(main([], out)).toBe(1);
    expect(main(['missing.txt'], out)).toBe(1);
    expect(main([join(ARTICLES_DIR, '001_36072b05874206a5.txt'), '--date', '2017-02-30'], out)).toBe(1);
    expect(errors.join('\n')).toMatch(/no article given[\s\S]*missing\.txt: cannot read \(ENOENT\)[\s\S]*--date "2017-02-30" is not a date/);
  });
});
