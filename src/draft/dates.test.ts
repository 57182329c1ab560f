import { describe, expect, it } from 'vitest';
import { parseGivenDate, readArticleDate } from './article-date';
import { DATE_CASES } from './date-cases';
import { resolveDates } from './dates';

describe('resolveDates on the date-case suite', () => {
  for (const c of DATE_CASES) {
    it(`"${c.text}" in an article of ${c.article} is ${c.edtf}`, () => {
      const article = parseGivenDate(c.article)!;
      const found = resolveDates(c.text, article);
      expect(found[0]?.edtf).toBe(c.edtf);
      expect(c.text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.expression);
    });
  }

  it('says how a relative date was read, naming the article date', () => {
    const [hit] = resolveDates('strikes on Thursday targeted', parseGivenDate('2017-04-08')!);
    expect(hit!.note).toBe('"Thursday" in an article of Saturday, 8 April 2017: two days before.');
  });

  it('marks every date resolved against an inferred article date as inferred too', () => {
    const [hit] = resolveDates('passed last month', parseGivenDate('2020-07?')!);
    expect(hit!.edtf).toBe('2020-06?');
    expect(hit!.note).toMatch(/inferred, so this one is too/);
  });

  it('gives only the known period for a weekday in an article dated to the month', () => {
    expect(resolveDates('met Wednesday', parseGivenDate('2020-07?')!)[0]!.edtf).toBe('2020-07?');
  });

  it('does not read the verb "may" as May', () => {
    expect(resolveDates('the strikes may continue', parseGivenDate('2017-04-08')!)).toEqual([]);
  });
});

describe('the article date', () => {
  it('reads a dateline near the top of the text', () => {
    expect(readArticleDate('Headline\n\nBy A. Writer\n8 April 2017\n\nText on Thursday.').edtf).toBe('2017-04-08');
    expect(readArticleDate('Thursday, October 15, 2015\n\nA post.').edtf).toBe('2015-10-15');
  });

  it('infers a year, marked `?`, from the latest year named and a war\'s stated age', () => {
    const reading = readArticleDate('No dateline. Deployed in October 2018. The campaign since 2011 in the nine-year civil war.');
    expect(reading).toMatchObject({ edtf: '2020?', inferred: true, source: 'inferred' });
    expect(reading.note).toMatch(/"since 2011" and "nine-year civil war" give 2020/);
  });

  it('refuses a malformed given date', () => {
    expect(parseGivenDate('2017-13-01')).toBeNull();
    expect(parseGivenDate('yesterday')).toBeNull();
  });
});
