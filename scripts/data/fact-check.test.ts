/**
 * The fact-check of issue 7, held against the committed dataset (data/events.geojson): each
 * correction stays made. Every event must be supportable from its own excerpts, so these read
 * the dates, places, actors and words that were found to say more than the texts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { length } from '@turf/length';
import type { LineString, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CuratedEventFeature as EventFeature } from '../../src/data/types';
import { ourAirportsAirfield } from './external';

const dataset = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/events.geojson', import.meta.url)), 'utf8')) as {
  features: EventFeature[];
};
const byId = (id: string): EventFeature => {
  const event = dataset.features.find((f) => f.properties.id === id);
  if (!event) throw new Error(`no event ${id} in data/events.geojson`);
  return event;
};
const excerpts = (id: string): string[] => byId(id).properties.sources.map((s) => s.excerpt);
/** Great-circle distance in km, measured as a two-point line with @turf/length. */
const km = (a: Position, b: Position): number =>
  length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [a, b] } });

const NOJEH: Position = [48.65, 35.21];
const TEHRAN: Position = [51.42, 35.69];

describe('the OurAirports lookup', () => {
  it('resolves OIHS to Nojeh Air Base, about 35.21 N 48.65 E', () => {
    const nojeh = ourAirportsAirfield('OIHS');
    expect(nojeh?.name).toBe('Nojeh Air Base');
    expect(nojeh?.country).toBe('IR');
    expect(km(nojeh!.point, NOJEH)).toBeLessThan(1);
  });

  it('has no record for an ident it does not carry', () => {
    expect(ourAirportsAirfield('NOPE')).toBeUndefined();
  });
});

describe('sourcing that leaned on other articles', () => {
  it('Shayrat and Khan Shaykhun no longer cite the 2020 article, which names neither place nor date', () => {
    for (const id of ['shayrat-tomahawk-strike-2017', 'khan-shaykhun-chemical-attack-2017']) {
      expect(byId(id).properties.sources.map((s) => s.article)).not.toContain('iran-syria-deal-2020');
    }
  });

  it('the 2018 Western strikes drop the "second time" claim and the "twice struck" excerpt', () => {
    const strikes = byId('us-uk-france-strikes-syria-2018').properties;
    expect(strikes.summary).not.toMatch(/second|twice/i);
    expect(excerpts('us-uk-france-strikes-syria-2018').join(' ')).not.toMatch(/twice/);
  });

  it('nobody cites "twice struck" or "chemical weapons attacks" any more', () => {
    const all = dataset.features.flatMap((f) => f.properties.sources.map((s) => s.excerpt)).join('\n');
    expect(all).not.toMatch(/twice struck|chemical weapons attacks/);
  });

  it('the nuclear deal says nothing of sanctions and is placed only as far as the text goes', () => {
    const deal = byId('us-abandons-nuclear-deal-2018').properties;
    expect(deal.summary).not.toMatch(/sanction/i);
    expect(excerpts('us-abandons-nuclear-deal-2018').join(' ')).not.toMatch(/sanction/i);
    expect(deal.location_precision).toBe('country');
    expect(byId('us-moves-to-designate-irgc-2019').properties.location_precision).toBe('country');
  });
});

describe('dates no more certain than the text', () => {
  it('the Hama bombing and the drones over it are dated as the air campaign', () => {
    for (const id of ['russian-bombing-in-hama-2015', 'iranian-drones-over-hama-2015']) {
      expect(byId(id).properties.date).toBe('2015-09?/2015-10-15');
      expect(byId(id).properties.date_note).toMatch(/no date/);
    }
  });

  it('the Amir-Abdollahian meeting takes its day from context', () => {
    expect(byId('amir-abdollahian-meets-russian-ambassador-2017').properties.date).toBe('2017-04-08?');
  });

  it('the Western strikes of 2018 end at the protest and give no start', () => {
    expect(byId('us-uk-france-strikes-syria-2018').properties.date).toBe('/2018-04-14');
  });
});

describe('words that said more than the text', () => {
  it.each([
    ['baqeri-gerasimov-call-2017', /chief of the general staff/i],
    ['us-led-invasion-of-iraq-2003', /destroy/i],
    ['us-troops-to-syrian-oil-fields-2019', /shortly/i],
    ['russian-bombers-strike-aleppo-from-iran-2016', /in and around/i],
  ])('%s: the summary no longer says %s', (id, words) => {
    expect(byId(id).properties.summary).not.toMatch(words);
  });

  it('Gerasimov is "his Russian counterpart", as the text calls him', () => {
    expect(byId('baqeri-gerasimov-call-2017').properties.summary).toMatch(/Russian counterpart/);
  });

  it('names no actor the text does not name for the Safir vehicle and the Aleppo rally', () => {
    expect(byId('iranian-safir-in-al-ghab-2015').properties.actors).toEqual([]);
    expect(byId('aleppo-protest-against-western-strikes-2018').properties.actors).toEqual([]);
  });
});

describe('places', () => {
  it('the Russian bombers are based at Nojeh (OIHS), with a note that the name is not the article\'s', () => {
    const base = byId('russian-bombers-based-in-iran-2016');
    expect(km((base.geometry as Point).coordinates, NOJEH)).toBeLessThan(1);
    expect(base.properties.place_note).toMatch(/does not come from this article/);
  });

  it('the bombers\' route starts at Nojeh and runs about 1,040 km to Aleppo', () => {
    const route = byId('russian-bombers-strike-aleppo-from-iran-2016');
    const line = route.geometry as LineString;
    expect(km(line.coordinates[0]!, NOJEH)).toBeLessThan(1);
    expect(km(line.coordinates.at(-1)!, [37.16, 36.2])).toBeLessThan(5);
    expect(length({ type: 'Feature', properties: {}, geometry: line })).toBeCloseTo(1043, -1);
    expect(route.properties.place_note).toMatch(/1,040 km/);
  });

  it('the Iran–Iraq agreement sits in Tehran, with the border as its subject', () => {
    const deal = byId('iran-iraq-air-defence-agreement-2019');
    expect(deal.geometry.type).toBe('Point');
    expect(km((deal.geometry as Point).coordinates, TEHRAN)).toBeLessThan(10);
    expect(deal.properties.location_precision).toBe('city');
    const border = deal.properties.subject_geometry as LineString;
    expect(border.type).toBe('LineString');
    expect(length({ type: 'Feature', properties: {}, geometry: border })).toBeGreaterThan(1000);
  });
});
