import { describe, expect, it } from 'vitest';
import { scrollTarget } from './scroll-target';

describe('scrollTarget', () => {
  it('leaves a row already in view where it is', () => {
    expect(scrollTarget(120, 40, 100, 300)).toBeNull();
    expect(scrollTarget(100, 40, 100, 300)).toBeNull();
    expect(scrollTarget(360, 40, 100, 300)).toBeNull();
  });

  it('scrolls up to a row above the view, showing it at the top', () => {
    expect(scrollTarget(60, 40, 100, 300)).toBe(60);
  });

  it('scrolls down to a row below the view, showing it at the bottom', () => {
    expect(scrollTarget(400, 40, 100, 300)).toBe(140);
  });

  it('aligns a row taller than the view to its top', () => {
    expect(scrollTarget(500, 400, 100, 300)).toBe(500);
  });
});
