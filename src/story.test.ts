import { describe, expect, it, vi } from 'vitest';
import { activeStepIndex, readOffset, readStep, stepCamera } from './story';

const step = (dataset: Record<string, string>) => ({ dataset }) as unknown as HTMLElement;

describe('readStep', () => {
  it('reads a step’s time, event, view, kinds and mode', () => {
    expect(readStep(step({
      sortieTime: '2016-08-16',
      sortieEvent: 'russian-bombers-based-in-iran-2016',
      sortieView: '44,35,4.5',
      sortieKinds: 'strike,deployment',
      sortieMode: 'window',
      sortieBbox: '36,33,49,37',
    }))).toEqual({
      time: Date.UTC(2016, 7, 16),
      event: 'russian-bombers-based-in-iran-2016',
      view: '44,35,4.5',
      bbox: '36,33,49,37',
      kinds: 'strike,deployment',
      mode: 'window',
    });
  });

  it('leaves out what the step does not say', () => {
    expect(readStep(step({ sortieView: ' ' }))).toEqual({ time: null, event: null, view: null, bbox: null, kinds: null, mode: null });
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

describe('activeStepIndex', () => {
  // Three steps; the trigger line at 400 px of an 800 px window.
  it('is the last step whose top has passed the line, however far the page jumped', () => {
    expect(activeStepIndex([500, 1400, 2300], 400, false, 800)).toBe(-1);
    expect(activeStepIndex([380, 1280, 2180], 400, false, 800)).toBe(0);
    // A jump that carried the first two steps far above the line (End, an anchor link).
    expect(activeStepIndex([-3000, -2100, 120], 400, false, 800)).toBe(2);
    // Between steps (the first one's bottom above the line), the last one passed stays active.
    expect(activeStepIndex([-600, 700, 1600], 400, false, 800)).toBe(0);
  });

  it('at the end of the page, takes the last step in view even below the line', () => {
    expect(activeStepIndex([-900, 300, 650], 400, false, 800)).toBe(1);
    expect(activeStepIndex([-900, 300, 650], 400, true, 800)).toBe(2);
    expect(activeStepIndex([-900, 300, 900], 400, true, 800)).toBe(1);
  });
});

describe('stepCamera', () => {
  const step = { time: null, event: null, view: null, bbox: null, kinds: null, mode: null };
  const initial = { view: '42,40,3.2', bbox: null };

  it('uses the step’s own view, bbox or event before the map’s own view', () => {
    expect(stepCamera({ ...step, bbox: '36,33,49,37' }, initial)).toEqual({ view: null, bbox: '36,33,49,37', event: null });
    expect(stepCamera({ ...step, event: 'e' }, initial)).toEqual({ view: null, bbox: null, event: 'e' });
    expect(stepCamera({ ...step, view: '1,2,3', event: 'e' }, initial)).toEqual({ view: '1,2,3', bbox: null, event: 'e' });
    expect(stepCamera(step, initial)).toEqual({ view: '42,40,3.2', bbox: null, event: null });
  });

  it('asks for no camera when neither the step nor the map has one', () => {
    expect(stepCamera(step, { view: null, bbox: null })).toBeNull();
  });
});
