/** The drafter's context in the page: the dataset's files, bundled at build time (no request). */
import lexicon from '../../data/draft-lexicon.yaml?raw';
import places from '../../data/places.yaml?raw';
import events from '../../data/events.geojson?raw';
import sources from '../../data/sources.json';
import gazetteer from '../draft/gazetteer.json';
import { makeContext } from '../draft/context';
import type { GazetteerFile } from '../draft/gazetteer-types';

export const ARTICLES = sources as { id: string; headline: string; date: string }[];

export function pageContext(): ReturnType<typeof makeContext> {
  return makeContext({ lexicon, gazetteer: gazetteer as unknown as GazetteerFile, places, events: JSON.parse(events) as never });
}
