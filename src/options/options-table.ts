/**
 * The one table of Sortie's options. Each row declares an option once: its attribute on
 * `<sortie-map>`, its property, its URL parameter in the explorer's links, whether embed.html
 * takes it, whether `<sortie-map>` forwards it to the `<sortie-app>` inside, a context-free
 * parser, and its documentation. Everything else is derived from here: the element's
 * properties and observed attributes, the forwarding, embed.html's and the explorer's URL
 * parsing (and which parameters are unknown), the Embed dialog's code and the README tables
 * (`npm run docs:options`; a unit test fails when README is out of date).
 *
 * The parsers check what can be checked without the dataset (a date, a view, a kind);
 * event ids and actors are checked against the loaded data by state/url-state.
 */
import { EVENT_KINDS } from '../data/types';
import { parseIsoDay, parseView } from '../state/url-state';

/** A parser's answer: the value is usable, or a message for the person who wrote it. */
export type OptionCheck = { ok: true } | { ok: false; message: string };

export interface OptionRow {
  /** The `<sortie-map>` (and `<sortie-app>`) property. */
  readonly name: string;
  /** The attribute (same as the property for every option today). */
  readonly attribute: string;
  /**
   * The explorer's URL parameter (its share links, index.html), or null when the explorer's
   * URL does not take the option. embed.html also accepts it, as an alias of the attribute.
   */
  readonly urlParam: string | null;
  /** `boolean` options are boolean attributes (present = on). */
  readonly type: 'string' | 'boolean';
  /** embed.html takes it as a URL parameter named like the attribute. */
  readonly embedHtml: boolean;
  /** `<sortie-map>` hands it to the inner `<sortie-app>` (as the same attribute). */
  readonly forwarded: boolean;
  /** The app applies a change of it after loading (a story step, a script). */
  readonly live: boolean;
  /** Checks a value without the dataset. Absent: any text is fine. */
  readonly parse?: (value: string) => OptionCheck;
  /** What a value looks like, for the README (Markdown). */
  readonly doc: string;
  /** The explorer link's wording, where it differs from `doc` (Markdown). */
  readonly urlDoc?: string;
  /** What happens without it, for the README (Markdown). */
  readonly default: string;
  /** Extra words for the embed.html column (Markdown), e.g. what it refuses. */
  readonly embedNote?: string;
  /**
   * The value a missing or removed attribute means, for options the app reflects (`theme`,
   * `controls`): `<sortie-map>` forwards only what the page gave, so removing an attribute
   * must bring the default back.
   */
  readonly whenAbsent?: string;
}

const ok: OptionCheck = { ok: true };
const fail = (message: string): OptionCheck => ({ ok: false, message });

const oneOf = (values: readonly string[], what: string) => (value: string): OptionCheck =>
  values.includes(value.trim()) ? ok : fail(`"${value}" is not ${what}; expected ${values.map((v) => `"${v}"`).join(', ')}.`);

const isoDay = (value: string): OptionCheck =>
  parseIsoDay(value) === null ? fail(`"${value}" is not a date; expected YYYY-MM-DD, e.g. 2017-04-07.`) : ok;

/** A camera box `west,south,east,north` in degrees. */
export function parseBbox(value: string): [number, number, number, number] | null {
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 4 || !parts.every(Number.isFinite)) return null;
  const [w, s, e, n] = parts as [number, number, number, number];
  if (w < -180 || e > 180 || s < -85 || n > 85 || w >= e || s >= n) return null;
  return [w, s, e, n];
}

// The bundled dataset's kinds, for the docs only; any dataset brings its own.
const KIND_LIST = EVENT_KINDS.map((k) => `\`${k}\``).join(', ');
export const THEMES = ['light', 'dark', 'auto'] as const;
export const CONTROLS = ['full', 'minimal', 'none'] as const;

export const OPTIONS: readonly OptionRow[] = [
  {
    name: 'src', attribute: 'src', urlParam: 'src', type: 'string', embedHtml: false, forwarded: true, live: true,
    doc: 'URL of a Sortie dataset (GeoJSON): http(s), or a path on the page\'s site; anything else (or a malformed `%` escape) is refused with a message in the element. Removing it goes back to the bundled data',
    urlDoc: 'URL of a Sortie dataset (GeoJSON) to explore instead of the bundled one: http(s) (the server must allow CORS) or a path on the explorer\'s site; anything else is ignored with a notice',
    default: 'the dataset served with the library',
    embedNote: 'no: anyone can write a URL, and a dataset named in it would show someone else\'s "events" at Sortie\'s address',
  },
  {
    name: 'time', attribute: 'time', urlParam: 't', type: 'string', embedHtml: true, forwarded: true, live: true, parse: isoDay,
    doc: 'the day shown first, `YYYY-MM-DD`. The attribute keeps this first value; the `time` property reads the day shown now (after playback, a scrub, a story step or `setTime()`)',
    default: 'the last event',
    urlDoc: 'the day shown, `YYYY-MM-DD`',
  },
  { name: 'from', attribute: 'from', urlParam: null, type: 'string', embedHtml: true, forwarded: true, live: true, parse: isoDay, doc: 'first day of the timeline, `YYYY-MM-DD`', default: 'the data\'s first day' },
  { name: 'to', attribute: 'to', urlParam: null, type: 'string', embedHtml: true, forwarded: true, live: true, parse: isoDay, doc: 'last day of the timeline, `YYYY-MM-DD`', default: 'the data\'s last day' },
  {
    name: 'kinds', attribute: 'kinds', urlParam: 'kinds', type: 'string', embedHtml: true, forwarded: true, live: true,
    // Checked against the dataset's own kinds once it has loaded (url-state.ts), not here:
    // the page cannot know another dataset's kinds before it arrives.
    doc: `comma list of kind ids as the dataset names them (the bundled dataset: ${KIND_LIST})`, default: 'all',
  },
  { name: 'actors', attribute: 'actors', urlParam: 'actors', type: 'string', embedHtml: true, forwarded: true, live: true, doc: 'comma list of actors, as the data names them (`Russia,Iran`)', default: 'all' },
  {
    name: 'mode', attribute: 'mode', urlParam: 'mode', type: 'string', embedHtml: true, forwarded: true, live: true, parse: oneOf(['cumulative', 'window'], 'a mode'),
    doc: '`cumulative` (everything so far) or `window` (recent only)', default: '`cumulative`',
  },
  { name: 'autoplay', attribute: 'autoplay', urlParam: null, type: 'boolean', embedHtml: true, forwarded: true, live: false, doc: 'boolean: play once ready (not under reduced motion); in embed.html any value but `false` or `0`', default: 'off' },
  {
    name: 'view', attribute: 'view', urlParam: 'view', type: 'string', embedHtml: true, forwarded: true, live: true,
    parse: (value) => (parseView(value) ? ok : fail(`"${value}" is not a view; expected longitude,latitude,zoom, e.g. 36.9,34.5,7.`)),
    doc: 'camera as `longitude,latitude,zoom`', default: 'fitted to the data',
  },
  {
    name: 'bbox', attribute: 'bbox', urlParam: null, type: 'string', embedHtml: true, forwarded: true, live: true,
    parse: (value) => (parseBbox(value) ? ok : fail(`"${value}" is not a box; expected west,south,east,north, e.g. 34,32,40,37.5.`)),
    doc: 'camera as a box to fit, `west,south,east,north` (when `view` is not given)', default: 'fitted to the data',
  },
  { name: 'event', attribute: 'event', urlParam: 'event', type: 'string', embedHtml: true, forwarded: true, live: true, doc: 'id of the event to select', default: 'none' },
  {
    name: 'basemap', attribute: 'basemap', urlParam: 'basemap', type: 'string', embedHtml: true, forwarded: true, live: false,
    doc: 'a MapLibre style URL to draw under the events. The element and the explorer take one from any site: that is the page owner\'s choice (and the only way to add requests to another site)',
    default: 'the built-in basemap',
    urlDoc: 'a MapLibre style URL to draw under the events, from any site (the page owner\'s choice)',
    embedNote: 'only a style on Sortie\'s own site: anyone can write an embed URL, and a foreign style could draw anything at Sortie\'s address',
  },
  { name: 'theme', attribute: 'theme', urlParam: 'theme', type: 'string', embedHtml: true, forwarded: true, live: false, parse: oneOf(THEMES, 'a theme'), whenAbsent: 'light', doc: '`light`, `dark` or `auto` (follows the reader\'s system)', default: '`light`' },
  {
    name: 'controls', attribute: 'controls', urlParam: null, type: 'string', embedHtml: true, forwarded: true, live: false, parse: oneOf(CONTROLS, 'a controls setting'), whenAbsent: 'full',
    doc: '`full`, `minimal` (map, key, time slider) or `none` (map and key)', default: '`full`',
  },
  {
    name: 'height', attribute: 'height', urlParam: null, type: 'string', embedHtml: true, forwarded: false, live: false,
    doc: 'pixels (`560`) or a CSS length (`30rem`, `70vh`); at most 4,000 px or 3 viewport heights (larger values are capped, with a console warning)',
    default: 'a 16:10 box, at least 640 px tall (660 at 760 px wide or less, 520 for `minimal`, 360 for `none`, always room for a map area of 320 px and the slider), at most 900',
  },
  { name: 'loading', attribute: 'loading', urlParam: null, type: 'string', embedHtml: false, forwarded: false, live: false, parse: oneOf(['lazy', 'eager'], 'a loading setting'), doc: '`lazy`, or `eager` to load at once', default: '`lazy`', embedNote: 'no: the iframe itself is the lazy part' },
];

export type OptionName = (typeof OPTIONS)[number]['name'];

const byName = new Map(OPTIONS.map((o) => [o.name, o]));

/** The row of an option; throws for a name the table does not have (a programming error). */
export function option(name: string): OptionRow {
  const row = byName.get(name);
  if (!row) throw new Error(`No option "${name}" in the options table`);
  return row;
}

/** Attributes `<sortie-map>` forwards to the inner `<sortie-app>`. */
export const FORWARDED_ATTRIBUTES: readonly string[] = OPTIONS.filter((o) => o.forwarded).map((o) => o.attribute);
/** Options the app applies again when a page changes them after loading. */
export const LIVE_OPTIONS: readonly string[] = OPTIONS.filter((o) => o.live && o.name !== 'src').map((o) => o.name);
/** URL parameters of embed.html (each the attribute of the same name). */
export const EMBED_PARAMS: readonly string[] = OPTIONS.filter((o) => o.embedHtml).map((o) => o.attribute);
/** URL parameters of the explorer (index.html). */
export const EXPLORER_PARAMS: readonly string[] = OPTIONS.flatMap((o) => (o.urlParam ? [o.urlParam] : []));

/**
 * Parameters pym.js adds to a child's URL (`initialWidth`, `childId`, `parentTitle`,
 * `parentUrl`): not ours, never reported as unknown.
 */
export const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

/** The option behind an explorer URL parameter (`t` -> time). */
export function optionOfParam(param: string): OptionRow | undefined {
  return OPTIONS.find((o) => o.urlParam === param);
}

/** Checks a value with its row's parser (any text passes a row without one). */
export function checkOption(name: string, value: string): OptionCheck {
  return option(name).parse?.(value) ?? ok;
}

/** Names of query parameters that nobody reads, given the parameters a page does read. */
export function unknownParams(search: string, known: readonly string[]): string[] {
  const accepted = new Set<string>([...known, ...PYM_PARAMS]);
  return [...new Set([...new URLSearchParams(search).keys()])].filter((name) => !accepted.has(name));
}

/** A notice's words for an unknown parameter. */
export function unknownParamMessage(name: string, known: readonly string[]): string {
  return `there is no parameter "${name}"; known parameters are ${known.join(', ')}.`;
}
