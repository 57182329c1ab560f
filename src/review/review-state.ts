/** A candidate under review: the drafter's proposal plus the reviewer's decision and edits. */
import type { EventKind } from '../data/types';
import type { Candidate } from '../draft/types';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface ReviewItem {
  candidate: Candidate;
  decision: Decision;
  kind: EventKind;
  /** Index into [chosen, ...alternatives]. */
  placeIndex: number;
  /** The reviewer's wording, date and actors (start as the drafter's). */
  title: string;
  date: string;
  actors: string;
}
