/** A minimal valid SortieEvent for unit tests; override only what a test is about. */
import type { SortieEvent } from '../../data/validate';

export function testEvent(overrides: Partial<SortieEvent> = {}): SortieEvent {
  return {
    id: 'e1',
    title: 'An event',
    summary: 'What happened.',
    kind: 'strike',
    date: '2017-04-06',
    actors: ['United States'],
    place: 'Shayrat Airfield',
    location_precision: 'site',
    sources: [{ article: 'a1', excerpt: 'A quote.' }],
    start: Date.UTC(2017, 3, 6),
    end: Date.UTC(2017, 3, 7) - 1,
    precision: 'day',
    uncertain: false,
    openStart: false,
    openEnd: false,
    geometry: { type: 'Point', coordinates: [36.9, 34.5] },
    ...overrides,
  };
}
