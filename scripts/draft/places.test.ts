import { describe, expect, it } from 'vitest';
import { bestMention, isAmbiguous } from '../../src/draft/places';
import { nodeContext } from './node-context';

const { places } = nodeContext();

describe('place matching against the gazetteer and places.yaml', () => {
  it('surfaces "Homs" as ambiguous (city or province) and keeps both readings', () => {
    const [homs] = places.mentions('Fighting went on in Homs.');
    expect(homs!.options.map((o) => o.type)).toEqual(expect.arrayContaining(['city', 'admin1']));
    expect(isAmbiguous(homs!)).toBe(true);
  });

  it('reads "Homs province" as the province, not ambiguous', () => {
    const [homs] = places.mentions('Rebels advanced in Homs province.');
    expect(homs!.options[0]!.type).toBe('admin1');
    expect(isAmbiguous(homs!)).toBe(false);
  });

  it('reuses the dataset\'s own place ids, through other spellings too', () => {
    const [m] = places.mentions('a strike in the rebel-held town of Khan Sheikhun');
    expect(m!.options[0]!.datasetId).toBe('khan-shaykhun');
    expect(places.mentions('the Shayrat Airfield')[0]!.options[0]!.datasetId).toBe('shayrat-airbase');
  });

  it('prefers the named site to the town it is "near", and marks "near"', () => {
    const mentions = places.mentions('missiles targeted the Shayrat Airfield near Homs, Syria.');
    expect(mentions.find((m) => m.text === 'Homs')!.near).toBe(true);
    expect(bestMention(mentions)!.text).toBe('Shayrat Airfield');
  });

  it('uses a demonym only as a country, and finds airfields from OurAirports', () => {
    const [iranian] = places.demonyms('Iranian made missiles were delivered.');
    expect(iranian!.options[0]).toMatchObject({ type: 'country', ref: 'IRN' });
    expect(iranian!.demonym).toBe(true);
    expect(places.mentions('bombers flew from Nojeh Air Base')[0]!.options[0]).toMatchObject({ type: 'airfield', ref: 'OIHS' });
  });
});
