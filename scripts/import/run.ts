/**
 * One import, start to finish, as the CLI runs it (and tests and the benchmark call it in
 * process): read rows, resolve the mapping from a sample, convert, write streamed, report.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { formatCount as count } from '../../src/components/shared/format';
import { DatasetCollector } from '../../src/data/import/collect';
import { createConverter } from '../../src/data/import/convert';
import { columnsOf } from '../../src/data/import/geojson-input';
import { parseMappingJson, type Mapping } from '../../src/data/import/mapping';
import { PRESETS } from '../../src/data/import/presets';
import { ProblemTally } from '../../src/data/import/problems';
import { describeMapping, mappingGaps, resolveMapping } from '../../src/data/import/resolve';
import { parseImportArgs, UsageError, USAGE, type ImportOptions } from './args';
import { openInput, type InputItem } from './read-input';
import { ColumnarWriter, isColumnarOutput } from './write-columnar';
import { DatasetWriter } from './write-output';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Rows read before the mapping is chosen; enough to see a column's habits, small enough to hold. */
const SAMPLE_ROWS = 500;

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** Runs `npm run import -- …`; resolves to the exit code. */
export async function runImport(argv: string[], io: Io = consoleIo): Promise<number> {
  let options: ImportOptions | 'help';
  try {
    options = parseImportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`import: ${error.message}`);
    return 2;
  }
  if (options === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    return await importFile(options, io);
  } catch (error) {
    io.err(`import: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

async function importFile(options: ImportOptions, io: Io): Promise<number> {
  const layers: Mapping[] = [];
  if (options.mappingFile) {
    const text = await readFile(options.mappingFile, 'utf8').catch(() => {
      throw new Error(`cannot read the mapping file ${options.mappingFile}`);
    });
    layers.push(parseMappingJson(text));
  }
  layers.push(options.mapping);
  if (!(await stat(options.input).catch(() => null))?.isFile()) throw new Error(`no input file at ${options.input}`);
  if (!(await stat(dirname(options.out)).catch(() => null))?.isDirectory()) throw new Error(`no directory for the output: ${dirname(options.out)}`);

  const input = await openInput(options.input, options.delimiter);
  const iterator = input.rows[Symbol.asyncIterator]();
  const sample: InputItem[] = [];
  while (sample.length < SAMPLE_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }
  const sampleRows = sample.flatMap((item) => ('row' in item ? [item.row] : []));
  const columns = input.header() ?? columnsOf(sampleRows);
  if (columns.length === 0) throw new Error(`${options.input} has no columns (is it empty?)`);
  const { mapping, notes } = resolveMapping(columns, sampleRows, layers, { featureGeometry: input.featureGeometry });
  io.out(`Reading ${options.input} (${input.format}, ${columns.length} columns)`);
  for (const note of notes) io.out(`  detected ${note}`);
  io.out('Mapping:');
  for (const line of describeMapping(mapping)) io.out(`  ${line}`);
  const gaps = mappingGaps(mapping, input.featureGeometry);
  if (gaps.length > 0) throw new Error(`${gaps.join('; ')}. Columns are: ${columns.map((c) => `"${c}"`).join(', ')}`);

  const convert = createConverter(mapping, { typedCells: input.format === 'geojson' });
  const collector = new DatasetCollector();
  const tally = new ProblemTally();
  const writer = isColumnarOutput(options.out) ? new ColumnarWriter(options.out) : new DatasetWriter(options.out);
  let rows = 0;
  try {
    // Synchronous per row; a promise only when the output stream asks us to wait.
    const handle = (item: InputItem): Promise<void> | null => {
      rows++;
      if ('problem' in item) return tally.add([item.problem]), null;
      const result = convert(item.row, item.rowNumber, item.geometry);
      if ('problems' in result) return tally.add(result.problems), null;
      collector.add(result.feature, result.kindLabel);
      return writer.add(result.feature);
    };
    for (const item of sample) await handle(item);
    sample.length = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const wait = handle(next.value);
      if (wait) await wait;
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }

  for (const line of tally.lines()) io.err(line);
  const range = collector.dateRange;
  io.out(`${count(collector.count)} of ${count(rows)} rows became events${tally.badRows ? `; ${count(tally.badRows)} skipped` : ''}${range ? `; dates ${range[0]} to ${range[1]}` : ''}`);
  if (collector.count === 0 || (options.strict && tally.badRows > 0)) {
    await writer.abort();
    io.err(collector.count === 0 ? 'import: no row became an event; nothing written' : `import: --strict and ${tally.badRows} bad rows; nothing written`);
    return 1;
  }
  const preset = mapping.preset ? PRESETS[mapping.preset] : null;
  const name = basename(options.input);
  const meta = collector.finish({
    title: options.meta.title ?? basename(name, extname(name)),
    description: options.meta.description ?? `Imported from ${name}: ${count(collector.count)} of ${count(rows)} rows${preset ? ` (${preset.id} preset)` : ''}.`,
    ...(options.meta.credits || preset ? { credits: options.meta.credits ?? preset?.credits } : {}),
    ...(options.meta.license ? { license: options.meta.license } : {}),
  });
  await writer.commit(meta);
  io.out(`Wrote ${options.out} (${count(writer.bytes)} bytes)`);
  return 0;
}
