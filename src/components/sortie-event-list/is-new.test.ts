import { describe, expect, it } from 'vitest';
import { isNewAt, NEW_MS } from './is-new';

const t = Date.UTC(2017, 3, 10);

describe('isNewAt', () => {
  it('marks an event that started a few days ago', () => {
    expect(isNewAt({ start: t - 3 * 86_400_000 }, t)).toBe(true);
  });

  it('includes both edges of the span', () => {
    expect(isNewAt({ start: t }, t)).toBe(true);
    expect(isNewAt({ start: t - NEW_MS }, t)).toBe(true);
  });

  it('does not mark an event that started just over the span ago', () => {
    expect(isNewAt({ start: t - NEW_MS - 1 }, t)).toBe(false);
  });

  it('does not mark an event that has not started', () => {
    expect(isNewAt({ start: t + 1 }, t)).toBe(false);
  });
});
