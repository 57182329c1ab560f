/** What the drafter proposes: one candidate event with its evidence. */
import type { EventKind, LocationPrecision } from '../data/types';
import type { PlaceOption } from './places';

export interface Evidence {
  article: string;
  /** Verbatim: exactly `text.slice(start, end)` of the article file. */
  excerpt: string;
  start: number;
  end: number;
}

export interface DraftPlace {
  /** The reading chosen; `alternatives` holds the others, best first. */
  chosen: PlaceOption;
  alternatives: PlaceOption[];
  /** The words in the text ("Homs", "Iranian"). */
  mention: string;
  label: string;
  precision: LocationPrecision;
  ambiguous: boolean;
  note?: string;
}

export interface Candidate {
  id: string;
  title: string;
  summary: string;
  kind: EventKind;
  /** The trigger words that gave the kind. */
  triggers: string[];
  date: string;
  date_note: string;
  actors: string[];
  place?: DraftPlace;
  /** 0-1: how much of an event the words carry (trigger, date, place, actors, no hedging). */
  confidence: number;
  /** The id of an event already in the dataset that this one repeats. */
  duplicate_of?: string;
  sources: Evidence[];
}
