/**
 * Reads a Sortie GeoParquet file straight into checked events, as the columns the loading
 * worker sends the page (event-columns.ts), without a feature or an event object per row.
 *
 * At 10^6 events the object route (read.ts's features, validate.ts's events, then packed
 * into columns) spent most of its time making and collecting three objects per row and
 * writing every actor and source list out again as JSON. Here a row whose cells are the
 * plain case (text where text belongs, a known precision, a 2D point in range, a date that
 * reads, lists that check, no overflow cell, no subject geometry) is checked cell by cell
 * and written to the columns; lists and dates are parsed and checked once per distinct text.
 * Any other row is made into its feature and checked by validate.ts, exactly as before, so
 * every problem is named as it would be for GeoJSON. check.test.ts holds the two routes to
 * the same events and problems on generated files, good and bad.
 */
import type { SourceRef } from '../dataset-format';
import { EventColumns, type PackedEvents } from '../event-columns';
import { isText, KNOWN, PRECISIONS, sourceRef, sourcesProblem, Validator, type DataProblem } from '../validate';
import { effectiveId, forEachRowGroup, layout, rowReader, scalar, type Columns } from './read';
import { ACTORS_COLUMN, OVERFLOW_COLUMN, SOURCES_COLUMN, SUBJECT_COLUMN } from './schema';
import { wkbPoint } from './wkb-read';

export interface CheckedColumns {
  packed: PackedEvents;
  /** The buffers to transfer with `packed`. */
  transfer: ArrayBuffer[];
  /** The skipped rows' problems, in file order. */
  problems: DataProblem[];
  /** How many rows (features) the file holds, valid or not. */
  features: number;
  /** How many of them were made into features and checked whole (validate.ts), not cell by cell. */
  checkedWhole: number;
  /** The dataset's `sortie` member. */
  sortie: unknown;
}

/** A list cell's text parsed and checked once; null when a row holding it must be checked whole. */
class Lists<T> {
  readonly #cache = new Map<string, T | null>();
  constructor(private readonly check: (parsed: unknown) => T | null) {}

  get(text: string): T | null {
    let list = this.#cache.get(text);
    if (list !== undefined) return list;
    try {
      list = this.check(JSON.parse(text));
    } catch {
      // Not JSON: the row's feature cannot be made either; the whole route reports it.
      list = null;
    }
    // Conflict data repeats its lists (a few hundred actor pairs); a file that does not is
    // still read, a parse per row.
    if (this.#cache.size < 10_000) this.#cache.set(text, list);
    return list;
  }
}

const NO_ACTORS: readonly string[] = [];
const NO_SOURCES: readonly SourceRef[] = [];

const actorList = (v: unknown) => (Array.isArray(v) && v.every(isText) ? (v as string[]) : null);
const sourceList = (v: unknown) => (Array.isArray(v) && sourcesProblem(v) === null ? (v as Record<string, unknown>[]).map(sourceRef) : null);

/** A 2D WKB point whose position checks (validate.ts geometryProblem), as [lon, lat]; else null. */
function pointOf(cell: unknown): readonly [number, number] | null {
  const point = wkbPoint(cell);
  if (!point) return null;
  const [lon, lat] = point;
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? point : null;
}

/** Optional text cells of the format, and the event keys they fill when present. */
const NOTES = ['date_note', 'actor_note', 'place_note'] as const;

/** One of `of` parts of a file, by row groups: readers of the parts run side by side. */
export interface Part {
  index: number;
  of: number;
}

/**
 * The row groups [from, to) of part `index` of `of`: contiguous, in file order, each part
 * about as many rows as the others. Parts past the last group are empty.
 */
export function partGroups(groupRows: readonly number[], { index, of }: Part): { from: number; to: number } {
  const total = groupRows.reduce((a, b) => a + b, 0);
  // A group goes to the part its first row falls in.
  const bounds: number[] = [];
  let row = 0;
  for (const rows of groupRows) {
    bounds.push(Math.min(of - 1, Math.floor((row * of) / Math.max(1, total))));
    row += rows;
  }
  const from = bounds.findIndex((p) => p >= index);
  const to = bounds.findIndex((p) => p > index);
  return { from: from < 0 ? groupRows.length : from, to: to < 0 ? groupRows.length : to };
}

/**
 * The checked events of a Sortie GeoParquet file (or of one part of it) as columns, and the
 * problems of the rows left out. Throws, as read.ts does, for a file that is not a readable
 * Sortie dataset. The parts' events and problems, joined in order, are the whole file's: a
 * part first learns which ids the rows before it use (an id used earlier is a problem).
 * `onProgress` hears how many of the part's rows are done: 0 first, then after each group.
 */
export async function readCheckedColumns(
  buffer: ArrayBuffer,
  onProgress?: (done: number, total: number) => void,
  part: Part = { index: 0, of: 1 },
): Promise<CheckedColumns> {
  const plan = layout(buffer);
  const groupRows = plan.metadata.row_groups.map((g) => Number(g.num_rows));
  const { from, to: end } = partGroups(groupRows, part);
  const total = groupRows.slice(from, end).reduce((a, b) => a + b, 0);
  const validator = new Validator();
  const out = new EventColumns(total);
  // Created in the order validate.ts gives an event its keys.
  const keys = ['id', 'title', 'summary', 'kind', 'date', 'actors', 'place', 'location_precision', 'sources',
    'start', 'end', 'precision', 'openStart', 'openEnd', 'uncertain'] as const;
  const to = Object.fromEntries(keys.map((key) => [key, out.column(key)])) as Record<(typeof keys)[number], unknown[]>;
  const actors = new Lists(actorList);
  const sources = new Lists(sourceList);
  // An extra property under a name the format uses (or repeated) is left to the whole route.
  const extraKeys = plan.extras.map((e) => e.key);
  const plainExtras = extraKeys.every((key, i) => !KNOWN.has(key) && key !== '__proto__' && extraKeys.indexOf(key) === i);
  let done = 0;
  let checkedWhole = 0;
  onProgress?.(0, total);
  if (from > 0) {
    const names = ['id', OVERFLOW_COLUMN].filter((c) => plan.names.includes(c));
    await forEachRowGroup(buffer, plan, (columns, rows) => {
      const ids = columns.get('id');
      const overflow = columns.get(OVERFLOW_COLUMN);
      for (let r = 0; r < rows; r++) {
        const id = overflow?.[r] === null || overflow?.[r] === undefined ? ids?.[r] : effectiveId(ids?.[r], overflow[r]);
        if (isText(id)) validator.seen.add(id);
      }
    }, { from: 0, to: from, columns: names });
  }
  await forEachRowGroup(buffer, plan, (columns, rows, firstRow) => {
    checkGroup(columns, rows, firstRow);
    done += rows;
    onProgress?.(done, total);
  }, { from, to: end });
  const { packed, transfer } = out.finish();
  return { packed, transfer, problems: validator.problems, features: Number(plan.metadata.num_rows), checkedWhole, sortie: plan.sortie };

  function checkGroup(columns: Columns, rows: number, first: number): void {
    const cell = (name: string) => columns.get(name);
    const [ids, titles, kinds, dates, summaries, places, precisions] = ['id', 'title', 'kind', 'date', 'summary', 'place', 'location_precision'].map(cell);
    const notes = NOTES.map((key) => [key, cell(key)] as const).filter(([, c]) => c);
    const actorCells = cell(ACTORS_COLUMN);
    const sourceCells = cell(SOURCES_COLUMN);
    const subjects = cell(SUBJECT_COLUMN);
    const overflow = cell(OVERFLOW_COLUMN);
    const geometries = cell(plan.geometryColumn);
    const extras = plan.extras.map(({ column, key }) => [key, columns.get(column)] as const).filter(([, c]) => c);
    let featureAt: ReturnType<typeof rowReader> | null = null;
    const whole = (r: number) => {
      checkedWhole++;
      featureAt ??= rowReader(columns, plan);
      const event = validator.check(featureAt(r), first + r);
      if (event) out.add(event);
    };
    const isTextOrAbsent = (v: unknown) => v === null || v === undefined || typeof v === 'string';

    for (let r = 0; r < rows; r++) {
      const id = ids?.[r];
      const title = titles?.[r];
      const kind = kinds?.[r];
      const precision = precisions?.[r];
      const summary = summaries?.[r];
      const place = places?.[r];
      const actorCell = actorCells?.[r];
      const sourceCell = sourceCells?.[r];
      if (!plainExtras || (overflow?.[r] !== null && overflow?.[r] !== undefined) || subjects?.[r]
        || !isText(id) || validator.seen.has(id) || !isText(title) || !isText(kind)
        || (precision !== null && precision !== undefined && !PRECISIONS.has(precision as string))
        || !isTextOrAbsent(summary) || !isTextOrAbsent(place) || !notes.every(([, c]) => isTextOrAbsent(c![r]))
        || !isTextOrAbsent(actorCell) || !isTextOrAbsent(sourceCell)) {
        whole(r);
        continue;
      }
      const point = pointOf(geometries?.[r]);
      const placed = validator.dates.place(dates?.[r] ?? undefined);
      const actorsOf = typeof actorCell === 'string' ? actors.get(actorCell) : NO_ACTORS;
      const sourcesOf = typeof sourceCell === 'string' ? sources.get(sourceCell) : NO_SOURCES;
      if (!point || !placed.ok || !actorsOf || !sourcesOf) {
        whole(r);
        continue;
      }
      validator.seen.add(id);
      // Every event has these keys, so each column is as long as the rows before: the stores
      // below append.
      const i = out.row();
      const time = placed.time;
      to.id[i] = id;
      to.title[i] = title;
      to.summary[i] = summary ?? '';
      to.kind[i] = kind;
      to.date[i] = dates![r];
      to.actors[i] = actorsOf;
      to.place[i] = place ?? '';
      // A point's own precision (validate.ts derivedPrecision).
      to.location_precision[i] = precision ?? 'site';
      to.sources[i] = sourcesOf;
      to.start[i] = time.start;
      to.end[i] = time.end;
      to.precision[i] = time.precision;
      to.openStart[i] = time.openStart;
      to.openEnd[i] = time.openEnd;
      to.uncertain[i] = time.uncertain;
      out.setPoint(i, point[0], point[1]);
      for (const [key, c] of notes) {
        const v = c![r];
        if (typeof v === 'string') out.set(i, key, v);
      }
      for (const [key, c] of extras) {
        const raw = c![r];
        if (raw === null || raw === undefined) continue;
        // As validate.ts extrasOf keeps them: text, true/false and finite numbers. An event
        // with none of them has no `extra`.
        const v = scalar(raw);
        if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out.setExtra(i, key, v);
      }
    }
  }
}
