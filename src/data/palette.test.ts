import { describe, expect, it } from 'vitest';
import { SYMBOLS } from './dataset-format';
import { assignDefaults, defaultSlot, isHexColor, PALETTE } from './palette';

describe('the default palette', () => {
  it('starts with Okabe–Ito and pairs the first eight kinds with eight different symbols', () => {
    expect(PALETTE.slice(0, 7)).toEqual(['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7']);
    const first = Array.from({ length: 8 }, (_, i) => defaultSlot(i));
    expect(new Set(first.map((s) => s.symbol)).size).toBe(8);
    expect(new Set(first.map((s) => s.color)).size).toBe(8);
  });

  it('keeps every kind distinguishable (colour and symbol together) up to 128 kinds', () => {
    const looks = Array.from({ length: PALETTE.length * SYMBOLS.length }, (_, i) => defaultSlot(i));
    expect(new Set(looks.map((l) => `${l.color} ${l.symbol}`)).size).toBe(128);
  });

  it('gives 40 undeclared kinds 40 different looks', () => {
    const looks = assignDefaults(Array.from({ length: 40 }, () => ({})));
    expect(new Set(looks.map((l) => `${l.color} ${l.symbol}`)).size).toBe(40);
  });

  it('steers defaults clear of the colours and symbols a dataset declares', () => {
    const looks = assignDefaults([{ color: '#E69F00', symbol: 'triangle' }, {}, { color: '#56B4E9' }, {}]);
    expect(looks[0]).toEqual({ color: '#E69F00', symbol: 'triangle' });
    expect(looks[1]!.color).not.toBe('#E69F00');
    expect(looks[1]!.symbol).not.toBe('triangle');
    expect(looks[2]!.color).toBe('#56B4E9');
    const all = looks.map((l) => `${l.color} ${l.symbol}`);
    expect(new Set(all).size).toBe(4);
    expect(new Set(looks.map((l) => l.color)).size).toBe(4);
  });

  it('accepts only #rrggbb colours', () => {
    expect(['#00ff00', '#ABCDEF'].every(isHexColor)).toBe(true);
    expect(['red', '#fff', '#1234567', 'rgb(0,0,0)', 42].some(isHexColor)).toBe(false);
  });
});
