/** Kind ids from source text: "Violence against civilians" → "violence-against-civilians". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // drop accents, keep the letters (any script)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A stable id from a row's cells: FNV-1a over the text, 53 bits in base 36 ("r" + ~11
 * characters). Stable across runs and row order, so re-importing a grown file keeps ids.
 */
export function hashId(cells: readonly unknown[]): string {
  // Two 32-bit FNV-1a lanes with different offsets, combined into 53 bits.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const cell of cells) {
    const text = cell === null || cell === undefined ? '' : typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193); // a unit separator, so ["ab",""] ≠ ["a","b"]
    b = Math.imul(b ^ 0x1f, 0x01000193);
  }
  const high = (b >>> 0) & 0x1fffff;
  return 'r' + (high * 2 ** 32 + (a >>> 0)).toString(36);
}
