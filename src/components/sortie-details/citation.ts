/**
 * The words the details panel uses for places and sources, kept out of the template so the
 * rules (what "not stated" looks like, which URLs may become links) are tested.
 */
import { formatDate } from '../../data/time';
import type { ArticleMeta, SourceRef } from '../../data/dataset-format';
import type { LocationPrecision } from '../../data/types';

/** How precise a place is, in a reader's words. */
export const PLACE_PRECISION_WORDS: Readonly<Record<LocationPrecision, string>> = {
  site: 'site',
  city: 'city',
  region: 'region',
  country: 'whole country',
  border: 'border',
  route: 'route',
};

/** One source of an event, resolved against the dataset's own article list (`sortie.articles`). */
export interface Citation {
  /** The verbatim quote, when the source gives one. */
  excerpt: string | null;
  /** The article id as the event gives it (shown when the dataset does not list it); null for a named or linked source. */
  articleId: string | null;
  /** A source named without an article entry ("Reuters; local media"), or null. */
  name: string | null;
  headline: string | null;
  /** The publisher, or "publisher not stated" when the text does not show one. */
  publisher: string;
  author: string | null;
  /** "8 April 2017", "8 July 2020 (inferred)", "April 2019 (month only, inferred)". */
  date: string | null;
  /** Why an inferred date was inferred. */
  dateNote: string | null;
  /** An http(s) link to the article or source; anything else is dropped. */
  url: string | null;
}

/**
 * The URL only if it is absolute http or https. Dataset text is never trusted to be a
 * link: `javascript:`, `data:` and relative URLs are not rendered as links.
 */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Resolves each source of an event to what the panel shows for it, against the dataset's
 * own articles only: an id the dataset does not list stays unresolved ("not listed").
 */
export function citations(sources: readonly SourceRef[], articles: readonly ArticleMeta[]): Citation[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return sources.map(({ article: articleId, excerpt, name, url: link }) => {
    const article = articleId === undefined ? undefined : byId.get(articleId);
    return {
      excerpt: excerpt?.trim() ? excerpt : null,
      articleId: articleId ?? null,
      name: name?.trim() ? name : null,
      headline: article?.headline ?? null,
      publisher: article?.publisher ?? 'publisher not stated',
      author: article?.author ?? null,
      date: article?.date ? formatDate(article.date) : null,
      dateNote: article?.date_note ?? null,
      url: httpUrl(article?.url) ?? httpUrl(link),
    };
  });
}
