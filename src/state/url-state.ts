/**
 * The shareable part of the explorer's state, as URL parameters:
 *
 * | parameter | value | example |
 * | --- | --- | --- |
 * | `t` | ISO date (day) | `t=2017-04-07` |
 * | `event` | an event id | `event=shayrat-tomahawk-strike-2017` |
 * | `kinds` | comma list of kinds | `kinds=strike,deployment` |
 * | `actors` | comma list of actors | `actors=Russia,Iran` |
 * | `mode` | `cumulative` or `window` | `mode=window` |
 * | `view` | `lng,lat,zoom` | `view=36.9,34.5,7` |
 *
 * Parsing never throws: a value that does not parse, or names an event, kind or actor the
 * dataset does not have, is dropped and reported as a notice naming the parameter; every
 * other parameter is still restored.
 */

export type Mode = 'cumulative' | 'window';

export interface View {
  center: [number, number];
  zoom: number;
}

/** What a URL can say about the explorer's state; absent fields are left as they are. */
export interface UrlState {
  time?: number;
  selectedId?: string | null;
  kinds?: Set<string> | null;
  actors?: Set<string> | null;
  mode?: Mode;
  view?: View | null;
}

/** A URL parameter that was ignored, and why, in words for the reader. */
export interface UrlNotice {
  param: string;
  message: string;
}

/** What the dataset allows, to check ids, kinds and actors against. */
export interface UrlVocabulary {
  /** Which event ids the dataset holds (a Set, or a look-up into the loaded events). */
  eventIds: { has(id: string): boolean };
  actors: ReadonlySet<string>;
  /** The dataset's kind ids, in legend order. Absent: kinds are taken as given (callers that parse only the camera). */
  kinds?: ReadonlySet<string>;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` to UTC midnight, rejecting impossible days like 2017-02-30. */
export function parseIsoDay(value: string): number | null {
  const m = ISO_DAY.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t;
}

/** Formats a time as the `YYYY-MM-DD` of its UTC day. */
export function formatIsoDay(time: number): string {
  return new Date(Math.floor(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Parses `lng,lat,zoom` (in range), or null. */
export function parseView(value: string): View | null {
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== 3 || parts.some((p) => p === '')) return null;
  const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
  if (![lng, lat, zoom].every(Number.isFinite)) return null;
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
  return { center: [lng, lat], zoom };
}

/** Reads the explorer's parameters from a query string (with or without the leading `?`). */
export function parseUrlState(
  search: string,
  vocabulary: UrlVocabulary,
): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const notices: UrlNotice[] = [];
  const ignore = (param: string, message: string) => notices.push({ param, message });

  const t = params.get('t');
  if (t !== null) {
    const time = parseIsoDay(t);
    if (time === null) ignore('t', `"${t}" is not a date; expected YYYY-MM-DD, e.g. 2017-04-07.`);
    else state.time = time;
  }

  const event = params.get('event');
  if (event !== null) {
    if (vocabulary.eventIds.has(event)) state.selectedId = event;
    else ignore('event', `there is no event with id "${event}".`);
  }

  const kinds = params.get('kinds');
  if (kinds !== null) {
    const known = vocabulary.kinds;
    const values = splitList(kinds);
    const unknown = known ? values.filter((k) => !known.has(k)) : [];
    const valid = known ? values.filter((k) => known.has(k)) : values;
    if (unknown.length && known) {
      ignore('kinds', `unknown kind${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; known kinds are ${[...known].join(', ')}.`);
    }
    if (valid.length) state.kinds = new Set(valid);
  }

  const actors = params.get('actors');
  if (actors !== null) {
    const values = splitList(actors);
    const unknown = values.filter((a) => !vocabulary.actors.has(a));
    const valid = values.filter((a) => vocabulary.actors.has(a));
    if (unknown.length) {
      ignore('actors', `unknown actor${unknown.length > 1 ? 's' : ''} ${unknown.map((a) => `"${a}"`).join(', ')}.`);
    }
    if (valid.length) state.actors = new Set(valid);
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'cumulative' || mode === 'window') state.mode = mode;
    else ignore('mode', `"${mode}" is not a mode; expected "cumulative" or "window".`);
  }

  const view = params.get('view');
  if (view !== null) {
    const parsed = parseView(view);
    if (parsed) state.view = parsed;
    else ignore('view', `"${view}" is not a view; expected longitude,latitude,zoom, e.g. 36.9,34.5,7.`);
  }

  return { state, notices };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits)).toString();

/**
 * Writes the state as a query string (with `?`, or '' when nothing is set). Parameters
 * that are at their defaults are left out so links stay short; order is fixed so the
 * same state always gives the same link.
 */
export function serializeUrlState(state: UrlState, defaults: { mode: Mode } = { mode: 'cumulative' }): string {
  const params = new URLSearchParams();
  if (state.time !== undefined) params.set('t', formatIsoDay(state.time));
  if (state.selectedId) params.set('event', state.selectedId);
  if (state.kinds && state.kinds.size) params.set('kinds', [...state.kinds].sort().join(','));
  if (state.actors && state.actors.size) params.set('actors', [...state.actors].sort().join(','));
  if (state.mode && state.mode !== defaults.mode) params.set('mode', state.mode);
  if (state.view) {
    const [lng, lat] = state.view.center;
    params.set('view', `${round(lng, 4)},${round(lat, 4)},${round(state.view.zoom, 2)}`);
  }
  // URLSearchParams encodes commas; they are legal in a query and far easier to read.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
