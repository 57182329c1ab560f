import { readFileSync } from 'node:fs';
/**
 * `npm run data`: builds data/events.geojson from the hand-written sources in data/ (format in
 * data/README.md). Every problem in every source is reported, one line each naming the file, the
 * entry and the field; if there is any, the previous output is left exactly as it was.
 *
 *   tsx scripts/build-data.ts [--events data/events.yaml] [--places data/places.yaml]
 *     [--sources data/sources.json] [--basemap data/basemap] [--out data/events.geojson]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { EventFeature } from '../src/data/types';
import { loadBasemap } from './data/basemap';
import type { Border } from './data/border';
import { ProblemLog, subjectOf } from './data/errors';
import { buildEvents } from './data/events';
import { loadGazetteer } from './data/gazetteer';
import { displayPath, isRecord, readJson, readYaml, writeAtomically } from './data/io';
import { compileSchema, EVENT_SCHEMA, schemaProblems, SOURCES_SCHEMA } from './data/schema';

export interface BuildPaths {
  events: string;
  places: string;
  sources: string;
  basemap: string;
  out: string;
}

export const DEFAULT_PATHS: BuildPaths = {
  events: 'data/events.yaml',
  places: 'data/places.yaml',
  sources: 'data/sources.json',
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
  return { problems: log.lines(), features, notes, articles: readArticles(paths.sources) };
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
 * polygons. The article list rides along as a foreign member (`articles`), so a copy of
 * the dataset served elsewhere still has the headlines, publishers and dates of its sources.
 */
export function formatCollection(features: EventFeature[], articles: unknown[]): string {
  const lines = features.map((feature) => JSON.stringify(feature));
  const head = `{"type":"FeatureCollection","articles":${JSON.stringify(articles)},"features":[`;
  return `${head}\n${lines.join(',\n')}\n]}\n`;
}

/** Where main() reports; tests pass their own to read what an editor would see. */
export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** The command line: returns the exit code (0 written, 1 problems in the sources). */
export function main(argv: string[], output: Output = console): number {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.keys(DEFAULT_PATHS).map((key) => [key, { type: 'string' as const }])),
    strict: true,
  });
  const paths = { ...DEFAULT_PATHS, ...values } as BuildPaths;
  const { problems, features, notes, articles } = buildData(paths);
  const out = displayPath(resolve(paths.out));
  if (problems.length > 0) {
    output.error(problems.join('\n'));
    output.error(`\n${problems.length} problem(s); ${out} was not written.`);
    return 1;
  }
  writeAtomically(paths.out, formatCollection(features, articles));
  const kinds = new Map<string, number>();
  for (const { properties } of features) kinds.set(properties.kind, (kinds.get(properties.kind) ?? 0) + 1);
  const counts = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n} ${kind}`).join(', ');
  output.log(`Wrote ${out}: ${features.length} events (${counts}).`);
  for (const note of notes) output.log(`  ${note}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    // Bad options get the usage line; anything else is a bug in this script, so keep the stack.
    if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\noptions: ${Object.keys(DEFAULT_PATHS).map((k) => `--${k} <path>`).join(' ')}`);
    } else {
      console.error(error);
    }
    process.exitCode = 2;
  }
}
