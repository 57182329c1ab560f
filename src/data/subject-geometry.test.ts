/**
 * subject_geometry: what an event is about when that is not where it happened (an agreement
 * reached in Tehran about the Iran–Iraq border). validate keeps it when sound, reports it when not.
 */
import { describe, expect, it } from 'vitest';
import { validateEvents } from './validate';

const BORDER = { type: 'LineString', coordinates: [[45.8, 35.8], [46.0, 33.5], [47.7, 31.0]] };

function feature(properties: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [51.42151, 35.69439] },
    properties: {
      id: 'deal', title: 'An agreement', summary: 'One sentence.', kind: 'agreement', date: '2019-04-07?',
      actors: ['Iran', 'Iraq'], place: 'Tehran', location_precision: 'city',
      sources: [{ article: 'a', excerpt: 'a verbatim quote' }], ...properties,
    },
  };
}

describe('subject_geometry', () => {
  it('travels with the event, beside its own point geometry', () => {
    const { events, problems } = validateEvents([feature({ subject_geometry: BORDER })]);
    expect(problems).toEqual([]);
    expect(events[0]?.geometry).toEqual({ type: 'Point', coordinates: [51.42151, 35.69439] });
    expect(events[0]?.subject_geometry).toEqual(BORDER);
  });

  it('is absent when the feature has none', () => {
    expect(validateEvents([feature()]).events[0]).not.toHaveProperty('subject_geometry');
  });

  it('is reported, and the event skipped, when it is not a usable geometry', () => {
    const { events, problems } = validateEvents([feature({ subject_geometry: { type: 'LineString', coordinates: [[45, 95]] } })]);
    expect(events).toEqual([]);
    expect(problems).toEqual([{ id: 'deal', field: 'properties.subject_geometry', message: expect.stringMatching(/line with fewer than 2 positions/) }]);
  });
});
