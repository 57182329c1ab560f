import { describe, expect, it } from 'vitest';
import type { Article } from '../../data/types';
import { citations, httpUrl, PLACE_PRECISION_WORDS } from './citation';

const wsj: Article = {
  id: 'wsj',
  file: '001.txt',
  headline: 'Iran Seeks Stronger Russia Alliance After U.S. Strikes in Syria',
  publisher: 'The Wall Street Journal Online',
  author: 'Asa Fitch',
  date: '2017-04-08',
};
const deal: Article = {
  id: 'deal',
  file: '000.txt',
  headline: 'Iran Signs Military Deal with Syria',
  publisher: null,
  author: null,
  date: '2020-07-08?',
  date_note: 'Inferred: the text has no dateline.',
};

describe('citations', () => {
  it('gives headline, publisher, author and date in words', () => {
    const [c] = citations([{ article: 'wsj', excerpt: 'A quote.' }], [wsj, deal]);
    expect(c).toMatchObject({
      excerpt: 'A quote.',
      headline: wsj.headline,
      publisher: 'The Wall Street Journal Online',
      author: 'Asa Fitch',
      date: '8 April 2017',
      dateNote: null,
    });
  });

  it('says when the publisher is not stated and when the date is inferred', () => {
    const [c] = citations([{ article: 'deal', excerpt: 'A quote.' }], [wsj, deal]);
    expect(c).toMatchObject({
      publisher: 'publisher not stated',
      author: null,
      date: '8 July 2020 (inferred)',
      dateNote: 'Inferred: the text has no dateline.',
    });
  });

  it('keeps the excerpt and article id when the article is missing', () => {
    const [c] = citations([{ article: 'gone', excerpt: 'A quote.' }], [wsj]);
    expect(c).toMatchObject({ excerpt: 'A quote.', articleId: 'gone', headline: null, date: null, url: null });
  });

  it('links an article only through an http(s) url', () => {
    const linked = { ...wsj, url: 'https://example.com/a' } as Article;
    const script = { ...deal, url: 'javascript:alert(1)' } as Article;
    const [a, b] = citations([{ article: 'wsj', excerpt: 'x' }, { article: 'deal', excerpt: 'y' }], [linked, script]);
    expect(a?.url).toBe('https://example.com/a');
    expect(b?.url).toBeNull();
  });
});

describe('httpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(httpUrl('http://example.com/')).toBe('http://example.com/');
    expect(httpUrl('HTTPS://Example.com/x')).toBe('https://example.com/x');
  });

  it('rejects other schemes, relative URLs and non-strings', () => {
    for (const value of ['javascript:alert(1)', ' data:text/html,x', '/relative', 'example.com', '', null, 42]) {
      expect(httpUrl(value)).toBeNull();
    }
  });
});

describe('PLACE_PRECISION_WORDS', () => {
  it('calls a country-level place a whole country', () => {
    expect(PLACE_PRECISION_WORDS.country).toBe('whole country');
  });
});
