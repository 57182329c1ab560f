/** The drafter on short texts of our own: one behaviour each. */
import { describe, expect, it } from 'vitest';
import { parseGivenDate } from '../../src/draft/article-date';
import { draftArticle } from '../../src/draft/draft-article';
import { buildGazetteer, formatGazetteer, GAZETTEER_OUT } from './build-gazetteer';
import { readFileSync } from 'node:fs';
import { nodeContext } from './node-context';

const ctx = nodeContext();
const draft = (text: string, date = '2017-04-08') =>
  draftArticle({ text, articleId: 'test', articleDate: parseGivenDate(date)!, minConfidence: 0 }, ctx);

describe('draftArticle', () => {
  it('gives each reported event of a sentence its own candidate, date and place', () => {
    const text = 'On Saturday, officials met in Moscow, after missile strikes on Thursday targeted the Shayrat Airfield near Homs.';
    const [meeting, strike] = draft(text);
    expect(meeting).toMatchObject({ kind: 'meeting', date: '2017-04-08', place: { chosen: { datasetId: 'moscow' } } });
    expect(strike).toMatchObject({ kind: 'strike', date: '2017-04-06', place: { chosen: { datasetId: 'shayrat-airbase' }, precision: 'site' } });
    expect(strike!.duplicate_of).toBe('shayrat-tomahawk-strike-2017');
    for (const c of [meeting!, strike!]) expect(text.slice(c.sources[0]!.start, c.sources[0]!.end)).toBe(c.sources[0]!.excerpt);
  });

  it('reads one clause as two kinds when it reports both ("in protest of the airstrikes")', () => {
    const kinds = draft('Crowds gathered in Aleppo on April 14, 2018, in protest of the airstrikes carried out by France.', '2020-07-08').map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['protest', 'strike']));
  });

  it('carries the date and the place of the sentence before into one that has neither', () => {
    const [second] = draft('Last July, rebels were seen in Hama province with new drones.\nVideos show drones over the same area bombed by Russia.', '2015-10-15');
    expect(second).toMatchObject({ kind: 'strike', date: '2015-07' });
    expect(second!.place!.chosen.name).toMatch(/Hama/);
    expect(second!.place!.note).toMatch(/carried over from the sentence before/);
    expect(second!.date_note).toMatch(/carried over from the sentence before/);
  });

  it('reads "in western Iran" as a region of the country, not the country', () => {
    const [c] = draft('Bombers are flying out of an air base in western Iran, the ministry said on Tuesday.', '2016-08-18');
    expect(c!.place).toMatchObject({ label: 'western Iran', precision: 'region', chosen: { type: 'country', ref: 'IRN' } });
  });

  it('lowers the confidence of a hedged claim', () => {
    const [plain] = draft('Syrian jets struck Idlib province on Friday.');
    const [hedged] = draft('Syrian jets could have struck Idlib province on Friday.');
    expect(hedged!.confidence).toBeLessThan(plain!.confidence);
  });
});

describe('the committed gazetteer', () => {
  it('is what npm run draft:gazetteer builds from the current data and packages', () => {
    expect(readFileSync(GAZETTEER_OUT, 'utf8'), 'src/draft/gazetteer.json is stale: run `npm run draft:gazetteer`')
      .toBe(formatGazetteer(buildGazetteer()));
  }, 30_000);
});
