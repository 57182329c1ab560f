import { describe, expect, it } from 'vitest';
import { defaultHostedSrc, downloadName, hostedSrcProblem } from './hosting';

describe('hosting your data', () => {
  it('names a local (blob:) dataset by its file, never by its blob: URL', () => {
    expect(defaultHostedSrc('blob:http://localhost:4173/1b2c', 'la-riots.csv', 'http://localhost:4173/')).toBe('la-riots.geojson');
  });

  it('keeps a dataset from the web at its absolute address', () => {
    expect(defaultHostedSrc('data/x.geojson', 'x.geojson', 'https://maps.example.org/story/')).toBe('https://maps.example.org/story/data/x.geojson');
  });

  it('refuses addresses that cannot work on another page', () => {
    expect(hostedSrcProblem('events.geojson')).toBeNull();
    expect(hostedSrcProblem('https://example.org/e.geojson')).toBeNull();
    expect(hostedSrcProblem('  ')).toMatch(/Enter the address/);
    expect(hostedSrcProblem('blob:http://localhost/abc')).toMatch(/on the web/);
    expect(hostedSrcProblem('file:///home/me/e.geojson')).toMatch(/on the web/);
  });

  it('saves the file under the name the code uses', () => {
    expect(downloadName('data/riots.geojson', 'la-riots.csv')).toBe('riots.geojson');
    expect(downloadName('https://example.org/api?id=3', 'la-riots.csv')).toBe('la-riots.geojson');
  });
});
