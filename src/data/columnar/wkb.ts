/**
 * ISO WKB for the geometries GeoParquet stores (little-endian; Z and ZM by position size).
 * Written here rather than with hyparquet-writer's `geojsonToWkb`, which grows a 1 KB buffer
 * per geometry: at a million points that is a gigabyte of garbage. The reader uses
 * hyparquet's decoder (read.ts).
 */

type Coords = unknown;

const TYPE_CODE: Readonly<Record<string, number>> = {
  Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6,
};

/** Bytes the geometry needs. `dim` is the size of each position (wkbDimension in fit.ts). */
function size(type: string, c: Coords, dim: number): number {
  const p = 8 * dim;
  const arr = c as unknown[];
  switch (type) {
    case 'Point': return 5 + p;
    case 'LineString': return 9 + arr.length * p;
    case 'Polygon': return 9 + arr.reduce<number>((n, ring) => n + 4 + (ring as unknown[]).length * p, 0);
    case 'MultiPoint': return 9 + arr.length * (5 + p);
    case 'MultiLineString': return 9 + arr.reduce<number>((n, line) => n + size('LineString', line, dim), 0);
    default: return 9 + arr.reduce<number>((n, poly) => n + size('Polygon', poly, dim), 0);
  }
}

class Out {
  offset = 0;
  constructor(readonly view: DataView) {}
  u8(v: number) { this.view.setUint8(this.offset, v); this.offset += 1; }
  u32(v: number) { this.view.setUint32(this.offset, v, true); this.offset += 4; }
  position(pos: unknown, dim: number) {
    const p = pos as number[];
    for (let i = 0; i < dim; i++) { this.view.setFloat64(this.offset, p[i]!, true); this.offset += 8; }
  }
  header(type: string, dim: number) {
    this.u8(1);
    // ISO WKB: +1000 for Z, +3000 for ZM (a third number is read as Z, as GeoJSON means it).
    this.u32(TYPE_CODE[type]! + (dim === 3 ? 1000 : dim === 4 ? 3000 : 0));
  }
  line(c: unknown, dim: number) {
    const ps = c as unknown[];
    this.u32(ps.length);
    for (const pos of ps) this.position(pos, dim);
  }
  polygon(c: unknown, dim: number) {
    const rings = c as unknown[];
    this.u32(rings.length);
    for (const ring of rings) this.line(ring, dim);
  }
  geometry(type: string, c: Coords, dim: number) {
    this.header(type, dim);
    const parts = c as unknown[];
    switch (type) {
      case 'Point': this.position(c, dim); break;
      case 'LineString': this.line(c, dim); break;
      case 'Polygon': this.polygon(c, dim); break;
      case 'MultiPoint': this.u32(parts.length); for (const p of parts) this.geometry('Point', p, dim); break;
      case 'MultiLineString': this.u32(parts.length); for (const p of parts) this.geometry('LineString', p, dim); break;
      default: this.u32(parts.length); for (const p of parts) this.geometry('Polygon', p, dim);
    }
  }
}

/** The geometry as WKB. The caller has checked it with wkbDimension (fit.ts). */
export function toWkb(geometry: { type: string; coordinates: unknown }, dim: number): Uint8Array {
  const bytes = new Uint8Array(size(geometry.type, geometry.coordinates, dim));
  new Out(new DataView(bytes.buffer)).geometry(geometry.type, geometry.coordinates, dim);
  return bytes;
}
