/**
 * The slice of the untyped `edtf` package (EDTF.js) that src/data/time.ts uses.
 * See node_modules/edtf/README.md.
 */
declare module 'edtf' {
  interface EdtfBitmask {
    /** Non-zero when any part of the date carries the qualifier. */
    readonly value: number;
    is(part: 'year' | 'month' | 'day'): number;
  }

  /** A single date: Date (precision 1 = year, 2 = month, 3 = day), Year, Season, Decade or Century. */
  export interface EdtfDate {
    readonly type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century';
    readonly edtf: string;
    /** Epoch ms of the first millisecond covered. */
    readonly min: number;
    /** Epoch ms of the last millisecond covered. */
    readonly max: number;
    readonly precision?: number;
    readonly values: number[];
    readonly uncertain?: EdtfBitmask;
    readonly approximate?: EdtfBitmask;
    readonly unspecified?: EdtfBitmask;
  }

  /**
   * An interval. An unknown end (`/2015`, `2015/`) is null; an open end (`../2015`,
   * `2015/..`) is ±Infinity in min/max and Infinity (or undefined) in lower/upper.
   */
  export interface EdtfInterval {
    readonly type: 'Interval';
    readonly edtf: string;
    readonly min: number | null;
    readonly max: number | null;
    readonly lower: EdtfDate | null | number | undefined;
    readonly upper: EdtfDate | null | number | undefined;
  }

  /** `[a,b]` (one of a set) or `{a,b}` (all of a list). */
  export interface EdtfList {
    readonly type: 'Set' | 'List';
    readonly values: unknown[];
    readonly edtf: string;
    readonly min: number;
    readonly max: number;
  }

  export type EdtfValue = EdtfDate | EdtfInterval | EdtfList;

  // The classes, for `instanceof`: a bundler may rename them (EDTF.js's `Date` clashes with
  // the global and becomes `Date$1`), and `.type` is derived from the class name.
  type EdtfClass = abstract new (...args: never[]) => object;
  export const Date: EdtfClass;
  export const Year: EdtfClass;
  export const Season: EdtfClass;
  export const Decade: EdtfClass;
  export const Century: EdtfClass;
  export const Interval: EdtfClass;
  export const Set: EdtfClass;
  export const List: EdtfClass;

  /** Parses an EDTF string; throws on anything that is not valid EDTF. */
  export default function edtf(input: string): EdtfValue;
}
