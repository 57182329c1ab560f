import { readFileSync } from 'node:fs';
/**
 * `npm run data`: builds data/events.geojson from the hand-written sources in data/ (format in
 * data/README.md). Every problem in every source is reported, one line each naming the file, the
 * entry and the field; if there is any, the previous output is left exactly as it was.
 *
 *   tsx scripts/build-data.ts [--events data/events.yaml] [--places data/places.yaml]
 *     [--sources data/sources.json] [--dataset data/dataset.yaml] [--basemap data/basemap]
 *     [--out data/events.geojson]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { COLUMNAR_EXTENSION } from '../src/data/columnar';
import { writeColumnar } from '../src/data/columnar/write';
import type { OpenEventFeature, SortieMeta } from '../src/data/dataset-format';
import { EVENT_KINDS, type EventFeature } from '../src/data/types';
import { loadBasemap } from './data/basemap';
import type { Border } from './data/border';
import { ProblemLog, subjectOf } from './data/errors';
import { buildEvents } from './data/events';
import { loadGazetteer } from './data/gazetteer';
import { displayPath, isRecord, readJson, readYaml, writeAtomically } from './data/io';
import { compileSchema, DATASET_SCHEMA, EVENT_SCHEMA, schemaProblems, SOURCES_SCHEMA } from './data/schema';

export interface BuildPaths {
  events: string;
  places: string;
  sources: string;
  /** What the dataset says about itself (title, kinds…); default data/dataset.yaml. */
  dataset?: string;
  basemap: string;
  out: string;
}

export const DEFAULT_PATHS: BuildPaths = {
  events: 'data/events.yaml',
  places: 'data/places.yaml',
  sources: 'data/sources.json',
  dataset: 'data/dataset.yaml',
  basemap: 'data/basemap',
  out: 'data/events.geojson',
};

export interface BuildResult {
  /** One line per problem; the build succeeded only if this is empty. */
  problems: string[];
  features: EventFeature[];
  /** Facts worth a glance even when all is well (border lengths, unused places). */
  notes: string[];
  /** The article list, written into the dataset so it carries its own citations. */
  articles: unknown[];
  /** The dataset's `sortie` member without its articles (data/dataset.yaml). */
  meta: SortieMeta;
}

/** Reads and checks every source; writes nothing. */
export function buildData(paths: BuildPaths): BuildResult {
  const log = new ProblemLog();
  const articleIds = loadArticleIds(paths.sources, log);
  const basemap = loadBasemap(paths.basemap, log);
  const placesFile = displayPath(paths.places);
  const places = loadGazetteer(readYaml(paths.places, log), placesFile, basemap, log);
  const borders = new Map<string, Border | null>();
  const used = new Set<string>();
  const features = buildEvents(readYaml(paths.events, log), {
    file: displayPath(paths.events),
    validate: compileSchema(EVENT_SCHEMA),
    articleIds,
    sourcesFile: displayPath(paths.sources),
    where: { places, placesFile, basemap, borders, used },
  }, log);

  const notes = [...borders].flatMap(([pair, border]) =>
    border ? [`border ${pair.replace('|', '–')}: ${border.lengthKm.toFixed(0)} km of shared edge`] : []);
  const unused = [...places.keys()].filter((id) => !used.has(id));
  if (unused.length > 0) notes.push(`places no event names (fine, but check): ${unused.join(', ')}`);
  const meta = loadMeta(paths.dataset ?? 'data/dataset.yaml', log);
  return { problems: log.lines(), features, notes, articles: readArticles(paths.sources), meta };
}

/**
 * data/dataset.yaml, checked against the `sortie` part of data/schema/dataset.schema.json.
 * Stricter than the app for the curated dataset: it must declare exactly the kinds the
 * event schema allows, each with its label, colour and symbol, so nothing is left to defaults.
 */
function loadMeta(path: string, log: ProblemLog): SortieMeta {
  const data = readYaml(path, log);
  if (data === undefined) return {};
  const file = displayPath(path);
  const validate = compileSchema(DATASET_SCHEMA, '#/definitions/sortie');
  const checked: unknown = data;
  if (!validate(checked)) {
    for (const { field, message } of schemaProblems(validate.errors)) log.add(file, 'dataset', field, message);
    return {};
  }
  const meta = data as SortieMeta;
  const declared = Object.keys(meta.kinds ?? {});
  const missing = EVENT_KINDS.filter((k) => !declared.includes(k));
  const extra = declared.filter((k) => !(EVENT_KINDS as readonly string[]).includes(k));
  if (missing.length) log.add(file, 'dataset', 'kinds', `must declare every kind of the event schema; missing ${missing.join(', ')}`);
  if (extra.length) log.add(file, 'dataset', 'kinds', `declares kinds the event schema does not allow: ${extra.join(', ')}`);
  for (const [id, kind] of Object.entries(meta.kinds ?? {})) {
    for (const field of ['label', 'plural', 'description', 'color', 'symbol'] as const) {
      if (!kind[field]) log.add(file, `kind "${id}"`, field, 'is required for the curated dataset');
    }
  }
  return meta;
}

function readArticles(path: string): unknown[] {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(data) ? data : [];
  } catch {
    return []; // already reported by loadArticleIds
  }
}

/** Article ids from sources.json, or null when the file is unusable (already reported). */
function loadArticleIds(path: string, log: ProblemLog): Set<string> | null {
  const data = readJson(path, log);
  if (data === undefined) return null;
  const file = displayPath(path);
  const validate = compileSchema(SOURCES_SCHEMA);
  const checked: unknown = data; // validate() narrows what it checks to `never` on failure
  if (!validate(checked)) {
    for (const { field, message } of schemaProblems(validate.errors)) {
      const index = Number(/^\[(\d+)\]/.exec(field)?.[1] ?? NaN);
      const entry = Array.isArray(data) && Number.isInteger(index) ? data[index] : undefined;
      const subject = Number.isInteger(index) ? subjectOf('article', isRecord(entry) ? entry.id : undefined, index) : '';
      log.add(file, subject, field.replace(/^\[\d+\]\.?/, ''), message);
    }
  }
  const ids = new Set<string>();
  for (const entry of Array.isArray(data) ? data : []) {
    const id = isRecord(entry) ? entry.id : undefined;
    if (typeof id !== 'string') continue;
    if (ids.has(id)) log.add(file, `article "${id}"`, 'id', 'duplicate: another article already uses this id');
    ids.add(id);
  }
  return ids;
}

/**
 * One feature per line: readable diffs when an event changes, without pretty-printing
 * polygons. What the dataset says about itself and its article list ride along in the
 * `sortie` member (data/README.md, "The dataset format"), so a copy served elsewhere still
 * has its title, kinds and the headlines, publishers and dates of its sources.
 */
export function formatCollection(features: EventFeature[], articles: unknown[], meta: SortieMeta = {}): string {
  const lines = features.map((feature) => JSON.stringify(feature));
  const head = `{"type":"FeatureCollection","sortie":${JSON.stringify({ ...meta, articles })},"features":[`;
  return `${head}\n${lines.join(',\n')}\n]}\n`;
}

/** Where main() reports; tests pass their own to read what an editor would see. */
export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

/**
 * The command line: returns the exit code (0 written, 1 problems in the sources). With
 * `--out …parquet` it writes GeoParquet (src/data/columnar), which takes a promise.
 */
export function main(argv: string[], output: Output = console): number | Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.keys(DEFAULT_PATHS).map((key) => [key, { type: 'string' as const }])),
    strict: true,
  });
  const paths = { ...DEFAULT_PATHS, ...values } as BuildPaths;
  const { problems, features, notes, articles, meta } = buildData(paths);
  const out = displayPath(resolve(paths.out));
  if (problems.length > 0) {
    output.error(problems.join('\n'));
    output.error(`\n${problems.length} problem(s); ${out} was not written.`);
    return 1;
  }
  const report = () => {
    const kinds = new Map<string, number>();
    for (const { properties } of features) kinds.set(properties.kind, (kinds.get(properties.kind) ?? 0) + 1);
    const counts = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n} ${kind}`).join(', ');
    output.log(`Wrote ${out}: ${features.length} events (${counts}).`);
    for (const note of notes) output.log(`  ${note}`);
    return 0;
  };
  if (paths.out.toLowerCase().endsWith(COLUMNAR_EXTENSION)) {
    return writeColumnar(features as OpenEventFeature[], { ...meta, articles: articles as SortieMeta['articles'] })
      .then((bytes) => writeAtomically(paths.out, bytes))
      .then(report);
  }
  writeAtomically(paths.out, formatCollection(features, articles, meta));
  return report();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const failed = (error: unknown) => {
    // Bad options get the usage line; anything else is a bug in this script, so keep the stack.
    if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\noptions: ${Object.keys(DEFAULT_PATHS).map((k) => `--${k} <path>`).join(' ')}`);
    } else {
      console.error(error);
    }
    process.exitCode = 2;
  };
  try {
    void Promise.resolve(main(process.argv.slice(2))).then((code) => { process.exitCode = code; }, failed);
  } catch (error) {
    failed(error);
  }
}
