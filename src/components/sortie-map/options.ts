/**
 * What `<sortie-map>` accepts from a page and hands to the `<sortie-app>` inside it, and what
 * embed.html reads from its URL. The option names come from the options table
 * (src/options/options-table.ts); this file holds the checks that need a page (base URL,
 * origin, viewport), kept apart from the element so they can be unit-tested without a DOM.
 */
import { checkOption, EMBED_PARAMS, FORWARDED_ATTRIBUTES, option, unknownParamMessage, unknownParams } from '../../options/options-table';
import type { UrlNotice } from '../../state/url-state';

/**
 * Attributes forwarded to the inner `<sortie-app>` unchanged (strings; `autoplay` is a
 * boolean attribute). `src` is forwarded only once it has passed checkDatasetUrl, and
 * `url-sync` is never forwarded: an embedded map must not touch the host page's URL.
 */
export { FORWARDED_ATTRIBUTES, EMBED_PARAMS };

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** A `%` not followed by two hex digits: fetch would send it, and no server can read it. */
const BAD_ESCAPE = /%(?![0-9a-f]{2})/i;

/**
 * Accepts a dataset location that is an http(s) URL or a path on the page's own site
 * (resolved against `baseUrl`, normally `document.baseURI`). Anything else (javascript:,
 * data:, file:, blob:, garbage, a malformed `%` escape) is refused with a message for the
 * page's editor.
 */
export function checkDatasetUrl(value: string, baseUrl: string): UrlCheck {
  let url: URL | null;
  try {
    url = new URL(value.trim(), baseUrl);
  } catch {
    url = null;
  }
  if (BAD_ESCAPE.test(value)) {
    return {
      ok: false,
      message: `The "src" attribute "${value}" has a malformed % escape (a "%" must be followed by two hexadecimal digits, e.g. %20). Nothing was loaded.`,
    };
  }
  if (value.trim() === '' || !url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return {
      ok: false,
      message: `The "src" attribute must be an http(s) URL or a path on this site pointing to a GeoJSON file of events; got "${value}". Nothing was loaded.`,
    };
  }
  return { ok: true, url: url.href };
}

const CSS_LENGTH = /^(\d+(?:\.\d+)?)(px|em|rem|vh|svh|lvh|dvh|vw)$/;
/** The tallest a map may be: taller canvases exhaust the GPU (and crashed the renderer). */
export const MAX_HEIGHT_PX = 4000;
export const MAX_HEIGHT_VIEWPORTS = 3;

export interface Height {
  /** The CSS height to apply, bounded by MAX_HEIGHT_PX and MAX_HEIGHT_VIEWPORTS. */
  css: string;
  /** Set when the value asked for more than the bound (for a console warning). */
  capped: string | null;
}

/**
 * The element's height as a CSS length: a bare number means pixels ("480" -> "480px"),
 * a length with a unit is kept ("30rem", "70vh"), always bounded by
 * min(4000px, 300vh). Returns null (use the default aspect ratio) for an empty, zero or
 * unreadable value. `capped` says when the value was over the bound (as far as can be told
 * without layout: pixels, viewport units, and em/rem at 16 px).
 */
export function parseHeight(value: string | null | undefined): Height | null {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return null;
  const length = /^\d+(?:\.\d+)?$/.test(text) ? `${text}px` : text;
  const m = CSS_LENGTH.exec(length);
  const amount = Number.parseFloat(m?.[1] ?? '');
  if (!m || !(amount > 0)) return null;
  const unit = m[2] ?? 'px';
  const px = unit === 'px' ? amount : unit === 'em' || unit === 'rem' ? amount * 16 : null;
  const viewports = /vh$/.test(unit) ? amount / 100 : null;
  const over = (px !== null && px > MAX_HEIGHT_PX) || (viewports !== null && viewports > MAX_HEIGHT_VIEWPORTS);
  const bound = `${MAX_HEIGHT_PX}px, ${MAX_HEIGHT_VIEWPORTS * 100}vh`;
  return {
    css: over ? `min(${bound})` : `min(${length}, ${bound})`,
    capped: over ? `"${value}" is taller than the ${MAX_HEIGHT_PX} px (or ${MAX_HEIGHT_VIEWPORTS} viewport heights) a map may be; capped to that` : null,
  };
}

/** What embed.html makes of its URL: the element's attributes, and what it ignored. */
export interface EmbedParams {
  attributes: Map<string, string>;
  notices: UrlNotice[];
}

/**
 * The attributes embed.html gives its `<sortie-map>`, read from its query string. The
 * explorer's parameter names (`t` for `time`) are accepted too, so the explorer's own share
 * links work here; `autoplay` is on unless absent, `false` or `0`. `src` is never taken
 * (see the options table). `basemap` is taken only from embed.html's own origin (`origin`):
 * anyone can write an embed URL, and a foreign style could draw anything under Sortie's name.
 * Unknown parameters and invalid `theme`/`controls` values are ignored with a notice;
 * pym.js's own parameters are accepted silently.
 */
export function readEmbedParams(search: string, origin: string): EmbedParams {
  const params = new URLSearchParams(search);
  const attributes = new Map<string, string>();
  const notices: UrlNotice[] = [];
  const aliases: string[] = [];
  for (const name of EMBED_PARAMS) {
    const row = option(name);
    const alias = row.urlParam && row.urlParam !== name ? row.urlParam : null;
    if (alias) aliases.push(alias);
    const value = params.get(name) ?? (alias ? params.get(alias) : null);
    if (value === null) continue;
    if (row.type === 'boolean') {
      if (value !== 'false' && value !== '0') attributes.set(name, '');
      continue;
    }
    if (name === 'basemap') {
      const message = foreignBasemap(value, origin);
      if (message) {
        notices.push({ param: name, message });
        continue;
      }
    }
    if (name === 'theme' || name === 'controls') {
      const check = checkOption(name, value);
      if (!check.ok) {
        notices.push({ param: name, message: check.message });
        continue;
      }
    }
    attributes.set(name, value);
  }
  const known = [...EMBED_PARAMS, ...aliases];
  for (const name of unknownParams(search, known)) {
    const message = name === 'src'
      ? 'embed.html shows only Sortie\'s own dataset; a page that wants another one can use the <sortie-map> element with its "src" attribute.'
      : unknownParamMessage(name, known);
    notices.push({ param: name, message });
  }
  return { attributes, notices };
}

/** Why a basemap value is refused for embed.html (null when it is on `origin`). */
function foreignBasemap(value: string, origin: string): string | null {
  let url: URL | null;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    url = null;
  }
  if (url && url.origin === origin) return null;
  return `"${value}" is not on this site (${origin}); embed.html only takes a basemap style from its own site. Showing the built-in basemap.`;
}

/** Attributes whose values the element checks itself (the app trusts what it is given). */
export function checkElementOptions(values: { theme: string | null; controls: string | null }): UrlNotice[] {
  const notices: UrlNotice[] = [];
  for (const name of ['theme', 'controls'] as const) {
    const value = values[name];
    if (value === null) continue;
    const check = checkOption(name, value);
    if (!check.ok) notices.push({ param: name, message: check.message });
  }
  return notices;
}
