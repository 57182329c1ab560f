/**
 * The element's options (attributes such as `time`, `kinds`, `view`, `from`, `bbox`) read
 * into a store patch. They use the same formats as the explorer's URL parameters, so one
 * parser serves both; a value that does not parse is reported, naming the attribute.
 */
import type { SortieState } from '../../state/store';
import { OPTIONS, parseBbox } from '../../options/options-table';
import { parseIsoDay, parseUrlState, type UrlNotice, type UrlVocabulary } from '../../state/url-state';
import { toStorePatch } from './url-sync';

export interface AppOptions {
  time?: string | null;
  kinds?: string | null;
  actors?: string | null;
  mode?: string | null;
  event?: string | null;
  view?: string | null;
  bbox?: string | null;
  from?: string | null;
  to?: string | null;
}

/** URL parameter → attribute name, for messages (from the options table). */
const ATTRIBUTE_OF: Record<string, string> = Object.fromEntries(OPTIONS.flatMap((o) => (o.urlParam ? [[o.urlParam, o.attribute]] : [])));

export interface ParsedOptions {
  patch: Partial<SortieState>;
  bbox: [number, number, number, number] | null;
  from: number | null;
  to: number | null;
  notices: UrlNotice[];
}

export function parseAppOptions(options: AppOptions, vocabulary: UrlVocabulary): ParsedOptions {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') params.set(name, value);
  };
  // The live options of the explorer's links (parseUrlState's), under their URL names (`time` as `t`).
  for (const row of OPTIONS) {
    if (row.urlParam && row.live) set(row.urlParam, options[row.name as keyof AppOptions]);
  }
  const { state, notices } = parseUrlState(params.toString(), vocabulary);
  const renamed = notices.map((n) => ({ param: ATTRIBUTE_OF[n.param] ?? n.param, message: n.message }));

  let bbox: [number, number, number, number] | null = null;
  if (options.bbox) {
    bbox = parseBbox(options.bbox);
    if (!bbox) renamed.push({ param: 'bbox', message: `"${options.bbox}" is not a box; expected west,south,east,north, e.g. 34,32,40,37.5.` });
  }
  const day = (name: 'from' | 'to') => {
    const value = options[name];
    if (!value) return null;
    const t = parseIsoDay(value);
    if (t === null) renamed.push({ param: name, message: `"${value}" is not a date; expected YYYY-MM-DD.` });
    return t;
  };
  let from = day('from');
  let to = day('to');
  if (from !== null && to !== null && from > to) {
    renamed.push({ param: 'to', message: `"${options.to}" is before "from" (${options.from}); showing the whole timeline.` });
    from = to = null;
  }
  // `to` names a day: include all of it.
  if (to !== null) to += 86_400_000 - 1;
  return { patch: toStorePatch(state), bbox, from, to, notices: renamed };
}
