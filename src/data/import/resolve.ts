/**
 * The mapping an import uses, from weakest to strongest: detection (or the preset's own
 * mapping, when a preset is detected or asked for), the mapping file, the command line.
 * A stronger source that sets one end of a pair replaces the whole pair (`--date` drops a
 * detected start/end; `--geometry` drops detected lat/lon). Every column named must exist.
 */
import { detectMapping } from './detect';
import { checkMapping, COLUMN_FIELDS, type Mapping } from './mapping';
import { PRESETS, presetFor } from './presets';
import { templateColumns } from './template';

export interface Resolved {
  mapping: Mapping;
  notes: string[];
}

const defined = (m: Mapping): Mapping =>
  Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as Mapping;

/** Lays `over` on `base`, replacing pairs as a whole. */
export function overlay(base: Mapping, over: Mapping): Mapping {
  const out: Mapping = { ...base };
  const o = defined(over);
  if (o.date) {
    delete out.start;
    delete out.end;
  }
  if (o.start || o.end) delete out.date;
  if (o.geometry) {
    delete out.lat;
    delete out.lon;
  }
  if (o.lat || o.lon) delete out.geometry;
  return { ...out, ...o };
}

export function resolveMapping(
  columns: string[],
  sample: Record<string, unknown>[],
  layers: Mapping[] = [],
  options: { featureGeometry?: boolean } = {},
): Resolved {
  const asked = [...layers].reverse().find((l) => l.preset)?.preset;
  const preset = asked ? PRESETS[asked] : presetFor(columns);
  let base: Mapping;
  const notes: string[] = [];
  if (preset) {
    base = defined(preset.mapping(columns));
    notes.push(`preset: ${preset.id} (${asked ? 'asked for' : 'its columns are all present'}); ${preset.credits}`);
  } else {
    const detected = detectMapping(columns, sample, options);
    base = detected.mapping;
    notes.push(...detected.notes);
  }
  const present = new Set(columns);
  if (preset) base = fitPreset(base, present);
  let mapping = base;
  for (const layer of layers) mapping = overlay(mapping, layer);
  checkMapping(mapping, 'mapping');
  // What the user named must exist; a typo in a template is an error, not an empty title.
  const missing: string[] = [];
  for (const layer of layers) {
    for (const field of COLUMN_FIELDS) {
      const value = layer[field];
      if (value) for (const c of templateColumns(value)) if (!present.has(c)) missing.push(`${field} → "${c}"`);
    }
    for (const c of layer.actors ?? []) if (!present.has(c)) missing.push(`actors → "${c}"`);
  }
  for (const field of ['date', 'start', 'end', 'lat', 'lon', 'geometry'] as const) {
    const c = mapping[field];
    if (c && !present.has(c) && !missing.includes(`${field} → "${c}"`)) missing.push(`${field} → "${c}"`);
  }
  if (missing.length > 0) {
    throw new Error(`mapped column${missing.length > 1 ? 's' : ''} not in the input: ${missing.join(', ')}. Columns are: ${columns.map((c) => `"${c}"`).join(', ')}`);
  }
  return { mapping, notes };
}

/**
 * What a mapping still lacks before any row can become an event (no date, no location), as
 * messages naming the flag that fixes it; empty when the import can run.
 */
export function mappingGaps(mapping: Mapping, featureGeometry = false): string[] {
  const gaps: string[] = [];
  if (!mapping.date && !(mapping.start && mapping.end)) gaps.push('no date column was found: name one with --date COL (or --start COL --end COL)');
  if (!featureGeometry && !(mapping.lat && mapping.lon) && !mapping.geometry) {
    gaps.push('no location column was found: name them with --lat COL --lon COL (or --geometry COL)');
  }
  return gaps;
}

/**
 * A preset's mapping on a file that lacks some of its columns (a trimmed export, a forced
 * preset): templates keep the columns that exist, fields whose columns are all absent go.
 * Date and location stay, so their absence is reported as a gap rather than hidden.
 */
function fitPreset(mapping: Mapping, present: Set<string>): Mapping {
  const out: Mapping = { ...mapping };
  for (const field of ['title', 'summary', 'kind', 'place', 'id', 'source'] as const) {
    const value = out[field];
    if (value && !templateColumns(value).some((c) => present.has(c))) delete out[field];
  }
  if (out.actors) out.actors = out.actors.filter((c) => present.has(c));
  return out;
}

/** The mapping as one line per field, for the CLI and the dialog. */
export function describeMapping(mapping: Mapping): string[] {
  const lines: string[] = [];
  for (const field of COLUMN_FIELDS) if (mapping[field]) lines.push(`${field.padEnd(8)} ${mapping[field]}`);
  if (mapping.actors?.length) lines.push(`${'actors'.padEnd(8)} ${mapping.actors.join(', ')}`);
  lines.push(`${'tz'.padEnd(8)} ${mapping.tz ?? 'UTC'}`);
  if (mapping.preset) lines.push(`${'preset'.padEnd(8)} ${mapping.preset}`);
  return lines;
}
