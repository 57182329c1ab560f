/**
 * `npm run draft -- ARTICLE.txt [more.txt …] [--date YYYY-MM-DD] [--article-id ID] [--out FILE]
 *   [--min-confidence 0.4]`
 *
 * Reads plain-text articles and proposes candidate events with verbatim evidence (README,
 * "Drafting events from an article"). `--out drafts.yaml` writes data/events.yaml entries with
 * `status: draft` (and drafts.places.yaml with any new gazetteer entries); `--out drafts.geojson`
 * writes a FeatureCollection for other tools. Without --out the YAML goes to standard output.
 * Nothing leaves the machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type ArticleDateReading, parseGivenDate, readArticleDate } from '../../src/draft/article-date';
import { draftArticle } from '../../src/draft/draft-article';
import type { Candidate } from '../../src/draft/types';
import { eventEntry, formatEventsYaml, formatPlacesYaml, PlaceIds, toFeatureCollection } from '../../src/draft/write';
import { datasetArticles, nodeContext } from './node-context';

export const USAGE = 'usage: npm run draft -- ARTICLE.txt [...] [--date YYYY-MM-DD] [--article-id ID] [--out drafts.yaml|drafts.geojson] [--min-confidence 0.4]';

export interface Output { log: (line: string) => void; error: (line: string) => void; write: (text: string) => void }

const STD: Output = { log: (l) => console.error(l), error: (l) => console.error(l), write: (t) => process.stdout.write(t) };

export function articleDateFor(text: string, given: string | undefined, datasetDate: { date: string; date_note?: string } | undefined): ArticleDateReading {
  if (given !== undefined) {
    const reading = parseGivenDate(given);
    if (!reading) throw new Error(`--date "${given}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (add ? if inferred)`);
    return reading;
  }
  if (datasetDate) {
    const reading = parseGivenDate(datasetDate.date, `From data/sources.json: ${datasetDate.date_note ?? datasetDate.date}`);
    if (reading) return reading;
  }
  return readArticleDate(text);
}

/** Returns the exit code: 0 written, 1 bad input. */
export function main(argv: string[], out: Output = STD): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: {
      date: { type: 'string' }, 'article-id': { type: 'string' }, out: { type: 'string' }, 'min-confidence': { type: 'string' },
    } });
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    out.error(`no article given\n${USAGE}`);
    return 1;
  }
  if (values.out && !/\.(ya?ml|geojson|json)$/.test(values.out)) {
    out.error(`--out "${values.out}": the file must end in .yaml or .geojson`);
    return 1;
  }
  const minConfidence = values['min-confidence'] === undefined ? 0.4 : Number(values['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    out.error('--min-confidence must be a number from 0 to 1');
    return 1;
  }
  const ctx = nodeContext();
  const articles = datasetArticles();
  const all: Candidate[] = [];
  const taken = new Set(ctx.takenIds);
  for (const path of positionals) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      out.error(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return 1;
    }
    if (text.trim() === '') {
      out.error(`${path}: the file is empty`);
      return 1;
    }
    const known = articles.find((a) => a.id === values['article-id'] || a.file === basename(path));
    const articleId = values['article-id'] ?? known?.id ?? basename(path).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    let articleDate: ArticleDateReading;
    try {
      articleDate = articleDateFor(text, values.date, known);
    } catch (error) {
      out.error((error as Error).message);
      return 1;
    }
    const candidates = draftArticle({ text, articleId, articleDate, minConfidence }, { ...ctx, takenIds: taken });
    for (const c of candidates) taken.add(c.id);
    out.log(`${path}: article "${articleId}", dated ${articleDate.edtf} (${articleDate.source}: ${articleDate.note})`);
    out.log(`  ${candidates.length} candidate(s), ${candidates.filter((c) => c.duplicate_of).length} already in the dataset`);
    all.push(...candidates);
  }
  const ids = new PlaceIds(ctx.datasetPlaces);
  if (values.out && /\.(geo)?json$/.test(values.out)) {
    writeFileSync(values.out, `${JSON.stringify(toFeatureCollection(all), null, 1)}\n`);
    out.log(`Wrote ${values.out}: ${all.length} candidate(s).`);
    return 0;
  }
  const yamlText = formatEventsYaml(all, all.map((c) => eventEntry(c, ids, true)));
  const header = '# Drafted by `npm run draft`; every entry has status: draft and is skipped by `npm run data`.\n' +
    '# Review in review.html, or edit, drop `status: draft` and append to data/events.yaml.\n\n';
  const placesText = formatPlacesYaml(ids.added);
  if (!values.out) {
    out.write(header + yamlText);
    if (placesText) out.write(`\n# New gazetteer entries for data/places.yaml:\n${placesText.replace(/^/gm, '# ')}`);
    return 0;
  }
  writeFileSync(values.out, header + yamlText);
  out.log(`Wrote ${values.out}: ${all.length} candidate(s).`);
  if (placesText) {
    const placesOut = values.out.replace(/\.ya?ml$/, '.places.yaml');
    writeFileSync(placesOut, `# New gazetteer entries the drafts name; add them to data/places.yaml.\n${placesText}`);
    out.log(`Wrote ${placesOut}: ${Object.keys(ids.added).length} new place(s).`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
