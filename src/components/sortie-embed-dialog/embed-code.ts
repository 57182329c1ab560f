/**
 * The code the Embed dialog offers for a view of the explorer. Both forms reproduce the
 * view: the iframe through embed.html's URL parameters (the explorer's own link format,
 * serializeUrlState), the element through the same values as attributes.
 */
import { optionOfParam } from '../../options/options-table';
import { serializeUrlState, type UrlState } from '../../state/url-state';

export const EMBED_TITLE = 'Sortie: map of military events in Syria, Iraq, Iran and Russia, 2003–2020';
/** Height the iframe starts at, before the page reports the map's real height. */
export const IFRAME_START_HEIGHT = 620;


/**
 * How the embed looks, chosen in the dialog, and what the element had that the view does
 * not say: its dataset and basemap. Every field is optional; left out, the embed uses its
 * default and the code does not mention it.
 */
export interface EmbedOptions {
  /** Fixed height in px (the iframe's starting height, the element's `height`). */
  height?: number | null;
  controls?: 'full' | 'minimal' | 'none' | null;
  theme?: 'light' | 'dark' | 'auto' | null;
  /** Absolute URL of the element's own dataset (the element only: embed.html takes no `src`). */
  src?: string | null;
  /** Absolute URL of a MapLibre style used as the basemap. */
  basemap?: string | null;
}

/** The options as name/value pairs, defaults left out; `src` only where it is accepted. */
function optionPairs(options: EmbedOptions, withSrc: boolean): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (withSrc && options.src) pairs.push(['src', options.src]);
  if (options.basemap) pairs.push(['basemap', options.basemap]);
  if (options.controls && options.controls !== 'full') pairs.push(['controls', options.controls]);
  if (options.theme && options.theme !== 'light') pairs.push(['theme', options.theme]);
  if (options.height) pairs.push(['height', String(Math.round(options.height))]);
  return pairs;
}

/** Escapes text for an HTML attribute value in double quotes (dataset strings can hold anything). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The address of embed.html showing this view. `baseUrl` is the directory that holds it. */
export function embedUrl(state: UrlState, baseUrl: string, options: EmbedOptions = {}): string {
  const url = new URL(`embed.html${serializeUrlState(state)}`, baseUrl);
  for (const [name, value] of optionPairs(options, false)) url.searchParams.set(name, value);
  // URLSearchParams writes commas as %2C; the explorer's links keep them readable.
  return url.href.replace(/%2C/g, ',');
}

/** The view as `<sortie-map>` attributes, in the order the explorer's links use. */
export function elementAttributes(state: UrlState): Array<[string, string]> {
  const params = new URLSearchParams(serializeUrlState(state));
  // The options table maps each link parameter to its attribute (`t` -> `time`).
  return [...params].map(([name, value]) => [optionOfParam(name)?.attribute ?? name, value]);
}

/**
 * Lines that let iframes marked `data-sortie-embed` take the map's height: they listen for
 * the pym.js height message and apply it only to the iframe that sent it, only when it
 * comes from that iframe's own origin and only in the shape pym sends. Safe to paste more
 * than once. A site that already uses pym.js can use `new pym.Parent(…)` instead.
 */
export const RESIZE_SNIPPET = `<script>
  // Lets Sortie map frames take the height of their content (pym.js protocol).
  addEventListener('message', function (e) {
    var m = typeof e.data === 'string' && /^pymxPYMx[^]*?xPYMxheightxPYMx(\\d+)$/.exec(e.data);
    if (!m) return;
    document.querySelectorAll('iframe[data-sortie-embed]').forEach(function (f) {
      if (f.contentWindow === e.source && new URL(f.src, location.href).origin === e.origin) f.style.height = m[1] + 'px';
    });
  });
</script>`;

/** An iframe of embed.html showing this view, followed by RESIZE_SNIPPET. */
export function iframeCode(state: UrlState, baseUrl: string, options: EmbedOptions = {}): string {
  const src = embedUrl(state, baseUrl, options);
  const height = options.height ? Math.round(options.height) : IFRAME_START_HEIGHT;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(EMBED_TITLE)}" data-sortie-embed loading="lazy"
  style="display:block;width:100%;height:${height}px;border:0"></iframe>
${RESIZE_SNIPPET}`;
}

/** A `<script type="module">` for the library and the element with this view's attributes. */
export function elementCode(state: UrlState, baseUrl: string, options: EmbedOptions = {}): string {
  const script = new URL('sortie-map.js', baseUrl).href;
  const image = new URL('sortie-map.png', baseUrl).href;
  const attributes = [...optionPairs(options, true), ...elementAttributes(state)].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<script type="module" src="${escapeAttribute(script)}"></script>
<sortie-map${attributes}></sortie-map>
<noscript><img src="${escapeAttribute(image)}" alt="${escapeAttribute(`Static map: ${EMBED_TITLE}`)}" style="width:100%;height:auto"></noscript>`;
}
