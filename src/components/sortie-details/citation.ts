/**
 * The words the details panel uses for places and sources, kept out of the template so the
 * rules (what "not stated" looks like, which URLs may become links) are tested.
 */
import { formatDate } from '../../data/time';
import type { Article, EventSource, LocationPrecision } from '../../data/types';

/** How precise a place is, in a reader's words. */
export const PLACE_PRECISION_WORDS: Readonly<Record<LocationPrecision, string>> = {
  site: 'site',
  city: 'city',
  region: 'region',
  country: 'whole country',
  border: 'border',
  route: 'route',
};

/** One source of an event, resolved against data/sources.json. */
export interface Citation {
  excerpt: string;
  /** The article id as the event gives it (shown when the article is missing). */
  articleId: string;
  headline: string | null;
  /** The publisher, or "publisher not stated" when the text does not show one. */
  publisher: string;
  author: string | null;
  /** "8 April 2017", "8 July 2020 (inferred)", "April 2019 (month only, inferred)". */
  date: string | null;
  /** Why an inferred date was inferred. */
  dateNote: string | null;
  /** An http(s) link to the article, if the article list ever carries one; anything else is dropped. */
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

/** Resolves each source of an event to what the panel shows for it. */
export function citations(sources: readonly EventSource[], articles: readonly Article[]): Citation[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return sources.map(({ article: articleId, excerpt }) => {
    const article = byId.get(articleId);
    return {
      excerpt,
      articleId,
      headline: article?.headline ?? null,
      publisher: article?.publisher ?? 'publisher not stated',
      author: article?.author ?? null,
      date: article ? formatDate(article.date) : null,
      dateNote: article?.date_note ?? null,
      // sources.json has no url field today; Article is typed without one.
      url: article ? httpUrl((article as Article & { url?: unknown }).url) : null,
    };
  });
}
