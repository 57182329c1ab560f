/**
 * What a dataset says about itself (its `sortie` member, dataset-format.ts), resolved into
 * what the app shows: title, description, credits, licence, initial view, the kinds registry
 * (label, colour, symbol per kind), actors and articles. Every member has a default derived
 * from the events; a malformed member is ignored with a named problem, never a failure.
 */
import { SYMBOLS, type ArticleMeta, type SymbolName } from './dataset-format';
import { extentOf, type BBox } from './extent';
import type { KindStyle } from './kinds';
import { assignDefaults, FALLBACK_COLOR, isHexColor } from './palette';
import { SYMBOL_PATHS } from './symbols';
import type { DataProblem, SortieEvent } from './validate';

/** One kind as the app draws and names it. */
export interface ResolvedKind extends KindStyle {
  id: string;
  symbol: SymbolName;
  /** False for a kind the dataset declares but no event uses (kept, so filters and docs can name it). */
  used: boolean;
}

/** Kinds in legend order: declared ones as declared, then undeclared ones in order of first use. */
export type KindRegistry = ReadonlyMap<string, ResolvedKind>;

export interface ResolvedActor {
  id: string;
  label: string;
  /** `#rrggbb`, or null when the dataset gives none. */
  color: string | null;
  used: boolean;
}

export interface DatasetMeta {
  title: string;
  description: string;
  credits: string;
  license: string;
  /** Initial view [west, south, east, north]; null only for a dataset with no events and no bbox. */
  bbox: BBox | null;
  /** Whether bbox was declared by the dataset (true) or derived from the events. */
  bboxDeclared: boolean;
  kinds: KindRegistry;
  actors: readonly ResolvedActor[];
  /** The dataset's own article list, or null when it carries none (citations then say "not listed"). */
  articles: readonly ArticleMeta[] | null;
  /** Members that were malformed and ignored (shown as a notice). */
  problems: DataProblem[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** "chemical-attack" → "Chemical attack"; "sub_event_type" → "Sub event type". */
export function deSlug(id: string): string {
  const words = id.replace(/[-_\s]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}

/**
 * English plural of a label: "Strike" → "Strikes", "Policy" → "Policies", "Ash" → "Ashes",
 * "Crisis" → "Crises". A label that already reads as a plural is kept: imported data often
 * names its kinds so (ACLED's "Battles", "Protests", "Violence against civilians"), and the
 * legend read "Battleses". A last word ending in a single "s" (not "ss", "us" or "is") is
 * taken as a plural.
 */
export function pluralOf(label: string): string {
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  if (/[a-z]is$/i.test(label)) return `${label.slice(0, -2)}es`;
  if (/[^su]s$/i.test(label)) return label;
  if (/(s|x|z|ch|sh)$/i.test(label)) return `${label}es`;
  return `${label}s`;
}

/** The title of a dataset that gives none: its file name, de-slugged ("acled-sudan-2023.geojson" → "Acled sudan 2023"). */
export function titleFromFile(fileName: string): string {
  return deSlug(fileName.replace(/\.((geo)?json|parquet)$/i, '')) || 'Events';
}

/** A style for a kind the registry does not know (never expected: resolveMeta registers every used kind). */
export function kindStyle(kinds: KindRegistry, id: string): ResolvedKind {
  return kinds.get(id) ?? {
    id, label: deSlug(id), plural: pluralOf(deSlug(id)), description: '', color: FALLBACK_COLOR,
    symbol: 'circle', shape: SYMBOL_PATHS.circle, used: true,
  };
}

const SYMBOL_SET = new Set<string>(SYMBOLS);

function resolveBBox(value: unknown, problem: (field: string, message: string) => void): BBox | null {
  if (value === undefined) return null;
  const ok = Array.isArray(value) && value.length === 4 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!ok) {
    problem('bbox', 'must be four numbers [west, south, east, north]; using the events\' extent');
    return null;
  }
  const [w, s, e, n] = value as BBox;
  if (w < -180 || e > 180 || s < -90 || n > 90 || w > e || s > n) {
    problem('bbox', `${JSON.stringify(value)} is not a box in degrees (west ≤ east within ±180, south ≤ north within ±90); using the events' extent`);
    return null;
  }
  return [w, s, e, n];
}

function resolveKinds(declared: unknown, events: readonly SortieEvent[], problem: (field: string, message: string) => void): KindRegistry {
  const specs = new Map<string, Obj>();
  if (declared !== undefined && !isObject(declared)) problem('kinds', 'must be an object of kind id → { label, color, symbol }; using defaults');
  else if (declared) {
    for (const [id, spec] of Object.entries(declared)) {
      if (!isObject(spec)) problem(`kinds.${id}`, 'must be an object; using defaults');
      specs.set(id, isObject(spec) ? spec : {});
    }
  }
  const used = new Set<string>();
  for (const e of events) used.add(e.kind);
  const ids = [...specs.keys(), ...[...used].filter((k) => !specs.has(k))];
  const requests = ids.map((id) => {
    const spec = specs.get(id) ?? {};
    const request: { color?: string; symbol?: SymbolName } = {};
    if (spec.color !== undefined) {
      if (isHexColor(spec.color)) request.color = spec.color;
      else problem(`kinds.${id}.color`, `${JSON.stringify(spec.color)} is not a #rrggbb colour; using the palette`);
    }
    if (spec.symbol !== undefined) {
      if (typeof spec.symbol === 'string' && SYMBOL_SET.has(spec.symbol)) request.symbol = spec.symbol as SymbolName;
      else problem(`kinds.${id}.symbol`, `${JSON.stringify(spec.symbol)} is not one of ${SYMBOLS.join(', ')}; using a default`);
    }
    return request;
  });
  const looks = assignDefaults(requests);
  const registry = new Map<string, ResolvedKind>();
  ids.forEach((id, i) => {
    const spec = specs.get(id) ?? {};
    const look = looks[i] ?? { color: FALLBACK_COLOR, symbol: 'circle' as const };
    const label = text(spec.label) ?? deSlug(id);
    registry.set(id, {
      id,
      label,
      plural: text(spec.plural) ?? pluralOf(label),
      description: text(spec.description) ?? '',
      color: look.color,
      symbol: look.symbol,
      shape: SYMBOL_PATHS[look.symbol],
      used: used.has(id),
    });
  });
  return registry;
}

function resolveActors(declared: unknown, events: readonly SortieEvent[], problem: (field: string, message: string) => void): ResolvedActor[] {
  const specs = new Map<string, Obj>();
  if (declared !== undefined && !isObject(declared)) problem('actors', 'must be an object of actor id → { label, color }; ignored');
  else if (declared) for (const [id, spec] of Object.entries(declared)) specs.set(id, isObject(spec) ? spec : {});
  const used = new Set<string>();
  for (const e of events) for (const a of e.actors) used.add(a);
  const ids = [...specs.keys(), ...[...used].filter((a) => !specs.has(a))];
  return ids.map((id) => {
    const spec = specs.get(id) ?? {};
    let color: string | null = null;
    if (spec.color !== undefined) {
      if (isHexColor(spec.color)) color = spec.color;
      else problem(`actors.${id}.color`, `${JSON.stringify(spec.color)} is not a #rrggbb colour; ignored`);
    }
    return { id, label: text(spec.label) ?? id, color, used: used.has(id) };
  });
}

/** Keeps well-formed article entries (an id and a headline); the rest are named as problems. */
function resolveArticles(value: unknown, problem: (field: string, message: string) => void): ArticleMeta[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    problem('articles', 'must be a list of articles; ignored');
    return null;
  }
  const textOrNull = (v: unknown) => v === undefined || v === null || typeof v === 'string';
  return value.filter((a: unknown, i): a is ArticleMeta => {
    const ok = isObject(a) && text(a.id) !== undefined && text(a.headline) !== undefined
      && textOrNull(a.publisher) && textOrNull(a.author) && textOrNull(a.date) && textOrNull(a.url);
    if (!ok) problem(`articles[${i}]`, 'needs an id and a headline (publisher, author, date and url are text when present); ignored');
    return ok;
  });
}

/**
 * Resolves a dataset's `sortie` member (`raw`, unchecked) against its validated events.
 * `fileName` names the dataset when it has no title.
 */
export function resolveMeta(raw: unknown, events: readonly SortieEvent[], fileName: string): DatasetMeta {
  const problems: DataProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ id: 'sortie', field: field ? `sortie.${field}` : 'sortie', message });
  if (raw !== undefined && raw !== null && !isObject(raw)) problem('', 'must be an object; using defaults');
  const m: Obj = isObject(raw) ? raw : {};
  for (const field of ['title', 'description', 'credits', 'license'] as const) {
    if (m[field] !== undefined && typeof m[field] !== 'string') problem(field, 'must be text; ignored');
  }
  const declared = resolveBBox(m.bbox, problem);
  return {
    title: text(m.title) ?? titleFromFile(fileName),
    description: text(m.description) ?? '',
    credits: text(m.credits) ?? '',
    license: text(m.license) ?? '',
    bbox: declared ?? extentOf(events.map((e) => e.geometry)),
    bboxDeclared: declared !== null,
    kinds: resolveKinds(m.kinds, events, problem),
    actors: resolveActors(m.actors, events, problem),
    articles: resolveArticles(m.articles, problem),
    problems,
  };
}

/**
 * The meta of a dataset not loaded yet (or that failed to load): nothing declared, nothing
 * derived; the heading then names the app itself.
 */
export const EMPTY_META: DatasetMeta = { ...resolveMeta(undefined, [], 'events'), title: 'Sortie' };
