/**
 * Which events get their emphasis (fade, recent, selected) as feature state on the events
 * source: only those drawn there with a shape that shows it.
 */
import { describe, expect, it } from 'vitest';
import { validateEvents } from '../data/validate';
import { EVENT_LAYERS, EVENTS_SOURCE_ID, emphasisedShapes, toMapFeatures } from './layers';

const base = {
  summary: 'One sentence.', kind: 'strike', date: '2017-04-07', actors: ['A'], place: 'P',
  sources: [{ article: 'a', excerpt: 'a verbatim quote' }],
};
const feature = (id: string, geometry: object, extra: object = {}) => ({
  type: 'Feature', geometry, properties: { ...base, id, title: id, ...extra },
});

const { events } = validateEvents([
  feature('point', { type: 'Point', coordinates: [36, 35] }),
  feature('places', { type: 'MultiPoint', coordinates: [[36, 35], [37, 36]] }),
  feature('route', { type: 'LineString', coordinates: [[48, 34], [37, 36]] }),
  feature('area', { type: 'Polygon', coordinates: [[[36, 35], [37, 35], [37, 36], [36, 35]]] }),
]);

describe('emphasisedShapes', () => {
  it('names the events drawn with lines, areas or arrowheads, not those drawn by their markers alone', () => {
    expect(events).toHaveLength(4);
    expect([...emphasisedShapes(toMapFeatures(events))].sort()).toEqual(['area', 'route']);
  });

  it('covers every events-source layer that reads fade, recent or selected from feature state', () => {
    // A layer reading those states must draw only lines, areas or arrowheads, never plain points.
    const reading = EVENT_LAYERS.filter((layer) => layer.source === EVENTS_SOURCE_ID
      && /"feature-state","(fade|recent|selected)"/.test(JSON.stringify((layer as { paint?: unknown }).paint ?? {})));
    expect(reading.map((layer) => [layer.id, JSON.stringify(layer.filter)])).toEqual([
      ['sortie-events-area-fill', JSON.stringify(['==', ['geometry-type'], 'Polygon'])],
      ['sortie-events-area-outline', JSON.stringify(['==', ['geometry-type'], 'Polygon'])],
      ['sortie-events-line-casing', expect.stringContaining('LineString')],
      ['sortie-events-line', expect.stringContaining('LineString')],
      ['sortie-events-arrow', expect.stringContaining('"arrow"')],
    ]);
  });
});
