import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SHORT_CELL, textOfBytes } from './text';

const encode = (s: string) => new TextEncoder().encode(s);

describe('textOfBytes', () => {
  it('reads the text any UTF-8 encoder wrote, short or long, ASCII or not', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      expect(textOfBytes(encode(s))).toBe(s);
    }), { numRuns: 2000 });
  });

  it('reads cells at the edge of the short case and past it', () => {
    for (const n of [0, 1, SHORT_CELL - 1, SHORT_CELL, SHORT_CELL + 1, 5000]) {
      const s = 'a'.repeat(n);
      expect(textOfBytes(encode(s))).toBe(s);
    }
    expect(textOfBytes(encode(`${'a'.repeat(SHORT_CELL - 2)}é`))).toBe(`${'a'.repeat(SHORT_CELL - 2)}é`);
  });

  it('reads a cell that is a view into a larger buffer, not the whole buffer', () => {
    const buffer = encode('xxHamadanyy');
    expect(textOfBytes(buffer.subarray(2, 9))).toBe('Hamadan');
  });

  it('decodes malformed bytes as TextDecoder does (replacement characters), not as Latin-1', () => {
    const bad = new Uint8Array([0x41, 0xff, 0x42, 0xc3]);
    expect(textOfBytes(bad)).toBe(new TextDecoder().decode(bad));
    expect(textOfBytes(bad)).toBe('A\uFFFDB\uFFFD');
  });
});
