/**
 * An event with a subject_geometry keeps its marker where it happened; the subject is drawn as a
 * secondary (dotted) shape of the same event, with no marker of its own.
 */
import { describe, expect, it } from 'vitest';
import { validateEvents } from '../data/validate';
import { EVENT_LAYERS, EVENTS_SOURCE_ID, toMapFeatures } from './layers';
import { markerIndex } from './marker-layers';

const TEHRAN = [51.42151, 35.69439];
const BORDER = { type: 'LineString', coordinates: [[45.8, 35.8], [46.0, 33.5], [47.7, 31.0]] };

const { events } = validateEvents([{
  type: 'Feature',
  geometry: { type: 'Point', coordinates: TEHRAN },
  properties: {
    id: 'deal', title: 'An agreement', summary: 'One sentence.', kind: 'agreement', date: '2019-04-07?',
    actors: ['Iran', 'Iraq'], place: 'Tehran', location_precision: 'city',
    sources: [{ article: 'a', excerpt: 'a verbatim quote' }], subject_geometry: BORDER,
  },
}]);

/** Evaluates the simple filters of layers.ts (all/any/==/!=, geometry-type, get) for one feature. */
function matches(filter: unknown, geometryType: string, properties: object): boolean {
  const evaluate = (e: unknown): unknown => {
    if (!Array.isArray(e)) return e;
    const [op, ...args] = e as [string, ...unknown[]];
    switch (op) {
      case 'all': return args.every((a) => evaluate(a) === true);
      case 'any': return args.some((a) => evaluate(a) === true);
      case '==': return evaluate(args[0]) === evaluate(args[1]);
      case '!=': return evaluate(args[0]) !== evaluate(args[1]);
      case 'geometry-type': return geometryType.replace(/^Multi/, '');
      case 'get': return (properties as Record<string, unknown>)[args[0] as string];
      default: throw new Error(`filter operator ${op} is not covered by this test`);
    }
  };
  return evaluate(filter) === true;
}

const layersDrawing = (geometryType: string, properties: object): string[] =>
  EVENT_LAYERS.filter((layer) => layer.source === EVENTS_SOURCE_ID && matches(layer.filter, geometryType, properties))
    .map((layer) => layer.id);

describe('an event with a subject on the map', () => {
  const features = toMapFeatures(events).features;

  it('has its marker at its own point and draws the subject line, with no marker for the subject', () => {
    expect(features.map((f) => [f.geometry.type, f.properties.role])).toEqual([['Point', 'shape'], ['LineString', 'subject']]);
    // Markers are drawn from their own source (marker-layers.ts), built from these features.
    const markers = [...markerIndex(toMapFeatures(events)).values()].flat();
    expect(markers.map((f) => f.geometry)).toEqual([{ type: 'Point', coordinates: TEHRAN }]);
  });

  it('draws the subject with the line layers, under the event\'s id so it shows and hides with it', () => {
    const subject = features.find((f) => f.properties.role === 'subject')!;
    expect(subject.geometry).toEqual(BORDER);
    expect(subject.properties.id).toBe('deal');
    expect(layersDrawing('LineString', subject.properties)).toEqual(['sortie-events-line-casing', 'sortie-events-line']);
  });

  it('dots the subject line, unlike the event\'s own shapes', () => {
    const line = EVENT_LAYERS.find((layer) => layer.id === 'sortie-events-line');
    const dash = line && 'paint' in line ? (line.paint as Record<string, unknown>)['line-dasharray'] : undefined;
    expect(JSON.stringify(dash)).toContain('["==",["get","role"],"subject"],["literal",[1,2]]');
  });
});
