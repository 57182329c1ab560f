import { describe, expect, it } from 'vitest';
import { anchorOf, screenBearing } from './anchors';

describe('anchorOf', () => {
  const line = { type: 'LineString' as const, coordinates: [[48.5, 34.8], [42, 36], [37.16, 36.2]] };

  it('puts a route\'s marker at its end (the target)', () => {
    expect(anchorOf(line, true)).toEqual([37.16, 36.2]);
  });

  it('puts a line that is not a route (a border) at its middle', () => {
    const [x = 0] = anchorOf(line, false) ?? [];
    expect(x).toBeGreaterThan(40);
    expect(x).toBeLessThan(46);
  });

  it('gives points no anchor', () => {
    expect(anchorOf({ type: 'Point', coordinates: [1, 2] }, false)).toBeNull();
  });
});

describe('screenBearing', () => {
  it('is clockwise from up as the north-up map draws the line', () => {
    expect(screenBearing([[0, 0], [0, 1]])).toBe(0);
    expect(screenBearing([[0, 0], [1, 0]])).toBe(90);
    expect(screenBearing([[0, 1], [0, 0]])).toBe(180);
    expect(screenBearing([[1, 0], [0, 0]])).toBe(270);
  });

  it('follows Mercator, where a degree north is longer than a degree east at 60°N', () => {
    const b = screenBearing([[0, 60], [1, 61]]) ?? 0;
    expect(b).toBeGreaterThan(20);
    expect(b).toBeLessThan(30);
  });

  it('skips repeated end vertices and returns null for a line with one distinct vertex', () => {
    expect(screenBearing([[0, 0], [1, 0], [1, 0]])).toBe(90);
    expect(screenBearing([[1, 1], [1, 1]])).toBeNull();
  });
});
