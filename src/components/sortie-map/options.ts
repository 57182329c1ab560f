/**
 * What `<sortie-map>` accepts from a page and hands to the `<sortie-app>` inside it.
 * Kept apart from the element so the checks can be unit-tested without a DOM.
 */

/**
 * Attributes forwarded to the inner `<sortie-app>` unchanged (strings; `autoplay` is a
 * boolean attribute). `src` is forwarded only once it has passed checkDatasetUrl, and
 * `url-sync` is never forwarded: an embedded map must not touch the host page's URL.
 */
export const FORWARDED_ATTRIBUTES = [
  'src',
  'basemap',
  'time',
  'from',
  'to',
  'kinds',
  'actors',
  'mode',
  'autoplay',
  'view',
  'bbox',
  'theme',
  'controls',
  'event',
] as const;

export type ForwardedAttribute = (typeof FORWARDED_ATTRIBUTES)[number];

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * Accepts a dataset location that is an http(s) URL or a path on the page's own site
 * (resolved against `baseUrl`, normally `document.baseURI`). Anything else (javascript:,
 * data:, file:, blob:, garbage) is refused with a message for the page's editor.
 */
export function checkDatasetUrl(value: string, baseUrl: string): UrlCheck {
  let url: URL | null;
  try {
    url = new URL(value.trim(), baseUrl);
  } catch {
    url = null;
  }
  if (value.trim() === '' || !url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return {
      ok: false,
      message: `The "src" attribute must be an http(s) URL or a path on this site pointing to a GeoJSON file of events; got "${value}". Nothing was loaded.`,
    };
  }
  return { ok: true, url: url.href };
}

const CSS_LENGTH = /^\d+(?:\.\d+)?(?:px|em|rem|vh|svh|lvh|dvh|vw)$/;

/**
 * The element's height as a CSS length: a bare number means pixels ("480" -> "480px"),
 * a length with a unit is kept ("30rem", "70vh"). Returns null (use the default aspect
 * ratio) for an empty, zero or unreadable value.
 */
export function parseHeight(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return null;
  const length = /^\d+(?:\.\d+)?$/.test(text) ? `${text}px` : text;
  if (!CSS_LENGTH.test(length) || Number.parseFloat(length) <= 0) return null;
  return length;
}

/**
 * URL parameters of embed.html, each set as the `<sortie-map>` attribute of the same name.
 * `src` is deliberately not one: anyone can write a URL, and a dataset named in it would
 * show someone else's "events" on this site's address. (A page embedding the element can
 * still set `src`; it is responsible for what it shows.)
 */
export const EMBED_PARAMS = [
  'time',
  'from',
  'to',
  'kinds',
  'actors',
  'mode',
  'autoplay',
  'view',
  'bbox',
  'basemap',
  'theme',
  'controls',
  'event',
  'height',
] as const;

/**
 * The attributes embed.html gives its `<sortie-map>`, read from its query string. `t` is
 * accepted for `time` so the explorer's own share links (`?t=2017-04-07&…`) work here too;
 * `autoplay` is on unless absent, `false` or `0`. Other parameters (pym.js adds `childId`,
 * `initialWidth`, `parentTitle`, `parentUrl`) are ignored.
 */
export function attributesFromParams(search: string): Map<string, string> {
  const params = new URLSearchParams(search);
  const attributes = new Map<string, string>();
  for (const name of EMBED_PARAMS) {
    const value = params.get(name) ?? (name === 'time' ? params.get('t') : null);
    if (value === null) continue;
    if (name === 'autoplay') {
      if (value !== 'false' && value !== '0') attributes.set(name, '');
    } else {
      attributes.set(name, value);
    }
  }
  return attributes;
}
