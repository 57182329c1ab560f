/**
 * The pure arithmetic of the vector-tile trial (docs/beyond-the-browser.md), apart from the
 * scripts that read and write files, so tiles-math.test.ts can check it: days and months
 * since 2000-01-01, web-mercator cells, and counting the features of an MVT tile.
 */

const DAY = 86_400_000;
const ORIGIN = Date.UTC(2000, 0, 1);

/** Whole days since 2000-01-01 of an ISO calendar date (`YYYY-MM-DD`). */
export function dayOf(iso: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  if (!Number.isFinite(ms)) throw new Error(`not a calendar date: "${iso}"`);
  return Math.round((ms - ORIGIN) / DAY);
}

/** The month (since January 2000) holding a day since 2000-01-01, with that month's first and last day. */
export function monthOf(day: number): { month: number; first: number; last: number } {
  const d = new Date(ORIGIN + day * DAY);
  const month = (d.getUTCFullYear() - 2000) * 12 + d.getUTCMonth();
  const first = Math.round((Date.UTC(2000, month, 1) - ORIGIN) / DAY);
  const last = Math.round((Date.UTC(2000, month + 1, 1) - ORIGIN) / DAY) - 1;
  return { month, first, last };
}

/** The web-mercator tile [column, row] holding a position at `zoom`, clamped to the map. */
export function cellOf(lon: number, lat: number, zoom: number): [number, number] {
  const cells = 2 ** zoom;
  const x = Math.floor(((lon + 180) / 360) * cells);
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * cells);
  return [Math.min(cells - 1, Math.max(0, x)), Math.min(cells - 1, Math.max(0, y))];
}

/** The centre of the tile [x, y] at `zoom`, as [lon, lat] to 5 decimals (about a metre). */
export function centreOf(x: number, y: number, zoom: number): [number, number] {
  const cells = 2 ** zoom;
  const lon = ((x + 0.5) / cells) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * (y + 0.5)) / cells;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [Number(lon.toFixed(5)), Number(lat.toFixed(5))];
}

/** Reads a protobuf varint at `at`; returns [value, next offset]. */
function varint(buf: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = buf[at++];
    if (byte === undefined) throw new Error('truncated varint');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, at];
    scale *= 128;
  }
}

/** Calls `each` with [field, start, end] of each length-delimited field of a message; skips the rest. */
function fields(buf: Uint8Array, from: number, to: number, each: (field: number, start: number, end: number) => void): void {
  let at = from;
  while (at < to) {
    const [key, next] = varint(buf, at);
    at = next;
    const wire = key & 7;
    if (wire === 0) at = varint(buf, at)[1];
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else if (wire === 2) {
      const [length, start] = varint(buf, at);
      if (start + length > to) throw new Error('field runs past its message');
      each(key >>> 3, start, start + length);
      at = start + length;
    } else throw new Error(`unexpected wire type ${wire}`);
  }
  if (at !== to) throw new Error('message ends inside a field');
}

/** Features in an (uncompressed) MVT tile: the `features` (2) of every `layers` (3) entry, per the vector tile spec. */
export function countFeatures(tile: Uint8Array): number {
  let n = 0;
  fields(tile, 0, tile.length, (field, start, end) => {
    if (field === 3) fields(tile, start, end, (f) => { if (f === 2) n++; });
  });
  return n;
}
