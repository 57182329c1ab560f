/** The drafter's context read from the repository's files (the CLI and the measurements). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeContext } from '../../src/draft/context';
import type { GazetteerFile } from '../../src/draft/gazetteer-types';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string): string => readFileSync(`${ROOT}${path}`, 'utf8');

export interface Article { id: string; file: string; date: string; date_note?: string }

export function nodeContext(paths: { places?: string; events?: string } = {}): ReturnType<typeof makeContext> {
  return makeContext({
    lexicon: read('data/draft-lexicon.yaml'),
    gazetteer: JSON.parse(read('src/draft/gazetteer.json')) as GazetteerFile,
    places: readFileSync(paths.places ?? `${ROOT}data/places.yaml`, 'utf8'),
    events: JSON.parse(readFileSync(paths.events ?? `${ROOT}data/events.geojson`, 'utf8')) as never,
  });
}

export function datasetArticles(): Article[] {
  return JSON.parse(read('data/sources.json')) as Article[];
}
