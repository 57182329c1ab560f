/** The `npm run import` command line: flags → options, with usage text and clear errors. */
import { parseArgs } from 'node:util';
import { checkMapping, PRESET_IDS, type Mapping, type PresetId } from '../../src/data/import/mapping';

export const USAGE = `Usage: npm run import -- INPUT --out OUTPUT [options]

Reads a CSV, TSV or GeoJSON file and writes a Sortie dataset: GeoJSON with a "sortie" member,
or GeoParquet when OUTPUT ends in .parquet (about a tenth of the size, and read in a worker:
the format for 10^5 events and more; see docs/columnar-format.md).
Columns are detected; the flags below override what detection (or a preset) chose.

Columns
  --date COL                 one date column (ISO, dd-mm-yyyy, "14 March 2019", "March 14, 2019", epoch s/ms)
  --start COL --end COL      a start/end pair: the event becomes an EDTF interval
  --lat COL --lon COL        coordinates in degrees
  --geometry COL             a WKT or GeoJSON-text geometry column
  --title COL|TEMPLATE       e.g. --title "{first_name} {last_name}"
  --summary COL|TEMPLATE     --kind COL   --place COL|TEMPLATE   --id COL   --source COL (text or URL)
  --actors COL[,COL...]      columns whose values (split on ";") are the actors
  --tz ZONE                  IANA zone for naive timestamps and the day of an instant (default UTC)
  --preset acled|ucdp        force a preset (detected from the columns otherwise)
  --mapping FILE.json        the same fields as JSON; flags override it

Dataset
  --name TEXT                dataset title (default: the input file's name)
  --description TEXT         --credits TEXT   --license TEXT

Input and checks
  --delimiter CHAR           CSV delimiter (default: detected; tab for .tsv; "\\t" means tab)
  --strict                   fail (exit 1, no output) if any row is bad
  -h, --help                 print this help

Exit codes: 0 written; 1 nothing written (no good row, or --strict and a bad row); 2 usage error.`;

export interface ImportOptions {
  input: string;
  out: string;
  mapping: Mapping;
  mappingFile?: string;
  meta: { title?: string; description?: string; credits?: string; license?: string };
  delimiter?: string;
  strict: boolean;
}

export class UsageError extends Error {}

const COLUMN_FLAGS = ['date', 'start', 'end', 'lat', 'lon', 'geometry', 'title', 'summary', 'kind', 'place', 'id', 'source', 'tz'] as const;

/** Parses argv (without node and the script); returns 'help' for --help. Throws UsageError. */
export function parseImportArgs(argv: string[]): ImportOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(COLUMN_FLAGS.map((f) => [f, { type: 'string' as const }])),
        actors: { type: 'string' },
        preset: { type: 'string' },
        mapping: { type: 'string' },
        out: { type: 'string', short: 'o' },
        name: { type: 'string' },
        description: { type: 'string' },
        credits: { type: 'string' },
        license: { type: 'string' },
        delimiter: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nRun with --help for usage.`);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) return 'help';
  if (parsed.positionals.length !== 1) {
    throw new UsageError(`expected one INPUT file, got ${parsed.positionals.length ? parsed.positionals.join(' ') : 'none'}\nRun with --help for usage.`);
  }
  if (typeof v.out !== 'string' || v.out === '') throw new UsageError('--out OUTPUT is required (where to write the dataset)');
  const mapping: Mapping = {};
  for (const f of COLUMN_FLAGS) if (typeof v[f] === 'string') (mapping as Record<string, string>)[f] = v[f] as string;
  if (typeof v.actors === 'string') mapping.actors = v.actors.split(',').map((a) => a.trim()).filter(Boolean);
  if (typeof v.preset === 'string') {
    if (!(PRESET_IDS as readonly string[]).includes(v.preset)) throw new UsageError(`--preset must be one of ${PRESET_IDS.join(', ')}, not "${v.preset}"`);
    mapping.preset = v.preset as PresetId;
  }
  try {
    checkMapping(mapping, 'command line');
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/"(\w+)"/g, '--$1'));
  }
  let delimiter = typeof v.delimiter === 'string' ? v.delimiter : undefined;
  if (delimiter === '\\t' || delimiter === 'tab') delimiter = '\t';
  if (delimiter !== undefined && delimiter.length !== 1) throw new UsageError(`--delimiter must be one character, not "${delimiter}"`);
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  return {
    input: parsed.positionals[0] as string,
    out: v.out,
    mapping,
    mappingFile: str('mapping'),
    meta: { title: str('name'), description: str('description'), credits: str('credits'), license: str('license') },
    delimiter,
    strict: v.strict === true,
  };
}
