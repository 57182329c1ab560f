/**
 * A preset knows one source's codebook: its columns, and how its own precision codes
 * translate into EDTF dates and location_precision. Hooks apply only while the mapping
 * still uses the preset's column for that field (a user who maps `--date other` opts out).
 */
import type { OpenEventProperties } from '../../dataset-format';
import type { Mapping, PresetId } from '../mapping';

export type LocationPrecision = NonNullable<OpenEventProperties['location_precision']>;

/** A problem a hook found, for the column it names. */
export interface HookProblem {
  column: string;
  value: string;
  message: string;
  kind: string;
}

export interface Preset {
  id: PresetId;
  /** Shown in notes and the default credits line. */
  credits: string;
  /** Columns that must all be present for detection. */
  signature: readonly string[];
  /** The mapping for a file with these columns (eras differ in column names). */
  mapping(columns: readonly string[]): Mapping;
  /** Columns kept as extra properties (numbers read as numbers). */
  extras: readonly string[];
  /** Kind id and label from the kind column's value, or a problem message. */
  kind?: { column: string; read(value: string): { id: string; label: string } | { message: string } };
  /** Rewrites the day read from the date column by the source's time precision. */
  date?: { column: string; refine(day: string, row: Record<string, unknown>): { edtf: string } | HookProblem };
  /** The location precision of a row's point. */
  where?: (row: Record<string, unknown>) => LocationPrecision | HookProblem;
}

/** Reads a numeric precision code from a column through a table of meanings. */
export function codeOf<T>(
  row: Record<string, unknown>,
  column: string,
  table: Record<string, T>,
  what: string,
): T | HookProblem | undefined {
  const raw = row[column];
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  if (text === '') return undefined;
  const value = table[text];
  if (value !== undefined) return value;
  return { column, value: text, kind: `not a ${what}`, message: `is not a ${what} (expected ${Object.keys(table).join(', ')})` };
}

export const isHookProblem = (v: unknown): v is HookProblem => typeof v === 'object' && v !== null && 'message' in v && 'column' in v;
