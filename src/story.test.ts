import { describe, expect, it, vi } from 'vitest';
import { readOffset, readStep } from './story';

const step = (dataset: Record<string, string>) => ({ dataset }) as unknown as HTMLElement;

describe('readStep', () => {
  it('reads a step’s time, event, view, kinds and mode', () => {
    expect(readStep(step({
      sortieTime: '2016-08-16',
      sortieEvent: 'russian-bombers-based-in-iran-2016',
      sortieView: '44,35,4.5',
      sortieKinds: 'strike,deployment',
      sortieMode: 'window',
    }))).toEqual({
      time: Date.UTC(2016, 7, 16),
      event: 'russian-bombers-based-in-iran-2016',
      view: '44,35,4.5',
      kinds: 'strike,deployment',
      mode: 'window',
    });
  });

  it('leaves out what the step does not say', () => {
    expect(readStep(step({ sortieView: ' ' }))).toEqual({ time: null, event: null, view: null, kinds: null, mode: null });
  });

  it('drops a time that is not a day, with a warning that names it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readStep(step({ sortieTime: 'August 2016' })).time).toBeNull();
    expect(warn.mock.calls[0]?.[0]).toContain('data-sortie-time="August 2016"');
    warn.mockRestore();
  });
});

describe('readOffset', () => {
  it('reads the trigger line, defaulting to the middle', () => {
    expect(readOffset(step({}))).toBe(0.5);
    expect(readOffset(step({ sortieOffset: '0.7' }))).toBe(0.7);
    expect(readOffset(step({ sortieOffset: '0' }))).toBe(0);
  });

  it('falls back to the middle, with a warning, for a value outside 0–1', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readOffset(step({ sortieOffset: '70%' }))).toBe(0.5);
    expect(readOffset(step({ sortieOffset: '1.5' }))).toBe(0.5);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
