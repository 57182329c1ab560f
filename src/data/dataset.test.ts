/**
 * The committed dataset (data/events.geojson, built by `npm run data`) and its article list keep
 * the promises the app and the issue make about them. Reads only files inside the project.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bbox } from '@turf/bbox';
import { length } from '@turf/length';
import { Ajv } from 'ajv';
import edtf from 'edtf';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sentenceCount } from '../../scripts/data/text';
import { EVENT_KINDS, LOCATION_PRECISIONS, type Article, type CuratedEventFeature as EventFeature } from './types';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${path}`, import.meta.url)), 'utf8'));

const events = (read('events.geojson') as { features: EventFeature[] }).features;
const articles = read('sources.json') as Article[];
const ajv = new Ajv({ allErrors: true });
const validateEvent = ajv.compile(read('schema/event.schema.json') as object);
const validateSources = ajv.compile(read('schema/sources.schema.json') as object);

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positions);
  const walk = (c: unknown): Position[] =>
    typeof (c as unknown[])[0] === 'number' ? [c as Position] : (c as unknown[]).flatMap(walk);
  return walk(geometry.coordinates);
}

/** Great-circle distance in km (haversine); enough to say "near". */
function km([lng1, lat1]: Position, [lng2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
    Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lng2! - lng1!) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const nearest = (event: EventFeature, to: Position): number =>
  Math.min(...positions(event.geometry).map((p) => km(p, to)));

describe('data/events.geojson', () => {
  it('holds at least 40 events', () => {
    expect(events.length).toBeGreaterThanOrEqual(40);
  });

  it('matches data/schema/event.schema.json feature by feature', () => {
    const problems = (event: unknown): string[] => (validateEvent(event) ? [] : [ajv.errorsText(validateEvent.errors)]);
    const failures = events.flatMap((event) => problems(event).map((text) => `${event.properties.id}: ${text}`));
    expect(failures).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = events.map((e) => e.properties.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has a date every event the edtf package can parse', () => {
    const unparseable = events.filter((e) => {
      try {
        edtf(e.properties.date);
        return false;
      } catch {
        return true;
      }
    }).map((e) => `${e.properties.id}: ${e.properties.date}`);
    expect(unparseable).toEqual([]);
  });

  it('keeps every coordinate in range', () => {
    const outside = events.filter((e) => positions(e.geometry).some(([lng, lat]) =>
      !(Math.abs(lng!) <= 180 && Math.abs(lat!) <= 90))).map((e) => e.properties.id);
    expect(outside).toEqual([]);
  });

  it('cites only articles listed in data/sources.json', () => {
    const known = new Set(articles.map((a) => a.id));
    const unknown = events.flatMap((e) => e.properties.sources.filter((s) => !known.has(s.article))
      .map((s) => `${e.properties.id}: ${s.article}`));
    expect(unknown).toEqual([]);
  });

  it('uses only the controlled vocabularies', () => {
    expect(events.filter((e) => !(EVENT_KINDS as readonly string[]).includes(e.properties.kind))).toEqual([]);
    expect(events.filter((e) =>
      !(LOCATION_PRECISIONS as readonly string[]).includes(e.properties.location_precision))).toEqual([]);
  });

  it('keeps summaries to one or two sentences', () => {
    const long = events.filter((e) => sentenceCount(e.properties.summary) > 2).map((e) => e.properties.id);
    expect(long).toEqual([]);
  });
});

describe('the places the issue requires', () => {
  const named = (pattern: RegExp): EventFeature[] => events.filter((e) => pattern.test(e.properties.place));

  it('Shayrat: an event at the airfield, a point near 36.9°E 34.5°N', () => {
    const hits = named(/shayrat/i).filter((e) => e.geometry.type === 'Point' && nearest(e, [36.9, 34.5]) < 10);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('Idlib: a province polygon around the city of Idlib', () => {
    const hits = named(/idlib/i).filter((e) => {
      if (e.geometry.type !== 'Polygon' && e.geometry.type !== 'MultiPolygon') return false;
      const [west, south, east, north] = bbox(e.geometry);
      // Around the city (36.63°E 35.93°N) and province-sized, not the whole of Syria.
      return west < 36.63 && east > 36.63 && south < 35.93 && north > 35.93 && east - west < 2;
    });
    expect(hits.length).toBeGreaterThan(0);
  });

  it('Aleppo: an event drawn at Aleppo', () => {
    const hits = named(/aleppo/i).filter((e) => nearest(e, [37.16, 36.2]) < 15);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('Hamadan: an event whose geometry starts or lies near Hamadan', () => {
    const hits = events.filter((e) => nearest(e, [48.51, 34.8]) < 50);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('the Iraq–Iran border: a line over 1,000 km long between the two countries, where or about which an event is', () => {
    const hits = events.filter((e) => {
      // An agreement reached in Tehran about the border keeps its own point and draws the border as its subject.
      const line = e.properties.subject_geometry ?? e.geometry;
      if (line.type !== 'LineString' && line.type !== 'MultiLineString') return false;
      const [west, south, east, north] = bbox(line);
      const km = length({ type: 'Feature', properties: {}, geometry: line });
      const isBorder = e.properties.location_precision === 'border' || e.properties.subject_geometry !== undefined;
      return isBorder && km > 1000 && west > 43 && east < 50 && south > 29 && north < 38;
    });
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('data/sources.json', () => {
  it('matches data/schema/sources.schema.json and has unique ids', () => {
    expect(validateSources(articles), ajv.errorsText(validateSources.errors)).toBe(true);
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
