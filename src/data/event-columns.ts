/**
 * Events handed from the dataset worker to the page as columns, not as a million objects:
 * the browser copies an array of objects between threads at about 20 µs an event (two
 * seconds for 10^5, on the page's thread), but typed arrays move for free and a column of
 * repeated values (kinds, dates, places, actors, the same geometry at a town) is sent once
 * per distinct value. The page rebuilds the objects in one pass; events with equal values
 * share them (nothing in the app mutates an event).
 *
 * Generic over the keys: whatever SortieEvent holds travels, and a key an event lacks is
 * still lacking after the trip (tests compare events whole).
 */
import type { SortieEvent } from './validate';

type Value = unknown;

/** One key's values for every event. */
type Column =
  /** Numbers (NaN kept); absent marked in `absent`. */
  | { key: string; type: 'number'; values: Float64Array; absent: Uint8Array | null }
  /** 0 false, 1 true, 2 absent. */
  | { key: string; type: 'boolean'; values: Uint8Array }
  /**
   * Anything else, as indices into the distinct values: strings as they are, objects and
   * arrays as their JSON (parsed once per distinct value on the page). Index 0 is absent.
   */
  | { key: string; type: 'coded'; codes: Uint32Array; strings: Texts; json: boolean }
  /** Text that hardly repeats (ids, titles): every event's own, with 0 for absent; coding it would only cost. */
  | { key: string; type: 'plain'; values: Texts; present: Uint8Array };

/**
 * Many strings as one: a thread copies one long string at memory speed, but an array of
 * 10^5 strings one by one (0.9 s on the page's thread for ids, titles and summaries).
 */
interface Texts {
  text: string;
  /** Where each string ends in `text`. */
  ends: Uint32Array;
}

function joinTexts(list: readonly string[]): Texts {
  const ends = new Uint32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    at += (list[i] as string).length;
    ends[i] = at;
  }
  return { text: list.join(''), ends };
}

function splitTexts({ text, ends }: Texts): string[] {
  const list: string[] = new Array(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const to = ends[i] as number;
    list[i] = text.slice(from, to);
    from = to;
  }
  return list;
}

/**
 * Two shapes that would otherwise be one JSON text per event: point geometries (most
 * events) go as two Float64Arrays, and `extra` (a dataset's own scalars: fatalities, notes…)
 * as one column per key. Events that are not points keep their geometry in `others`.
 */
type Special =
  | { key: string; type: 'points'; lon: Float64Array; lat: Float64Array; others: Column }
  /** `present`: 1 where the event has the key (the others lack it altogether). */
  | { key: string; type: 'record'; columns: Column[]; present: Uint8Array };

export interface PackedEvents {
  count: number;
  columns: Array<Column | Special>;
}

const ABSENT = 2;

/**
 * One key's values for every event as a column. JSON values (lists, objects) are coded by
 * their text, and a value seen before by identity reuses its code without being written out
 * again: events built from one parsed list (columnar/check.ts) share it.
 */
function columnOf(values: readonly Value[], key: string, n: number): Column {
  let kind: 'number' | 'boolean' | 'string' | 'json' | null = null;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const t = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : 'json';
    if (kind === null) kind = t;
    else if (kind !== t) {
      kind = 'json';
      break;
    }
  }
  if (kind === 'number') {
    const out = new Float64Array(n);
    let absent: Uint8Array | null = null;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === undefined) (absent ??= new Uint8Array(n))[i] = 1;
      else out[i] = v as number;
    }
    return { key, type: 'number', values: out, absent };
  }
  if (kind === 'boolean') {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      out[i] = v === undefined ? ABSENT : v ? 1 : 0;
    }
    return { key, type: 'boolean', values: out };
  }
  const json = kind !== 'string';
  if (!json) {
    const plain = plainOf(values, key, n);
    if (plain) return plain;
  }
  const codes = new Uint32Array(n);
  const strings: string[] = [''];
  const index = new Map<string, number>();
  const known = new Map<object, number>();
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const same = json && typeof v === 'object' && v !== null ? known.get(v) : undefined;
    if (same !== undefined) {
      codes[i] = same;
      continue;
    }
    const text = json ? JSON.stringify(v) : (v as string);
    let code = index.get(text);
    if (code === undefined) {
      code = strings.length;
      strings.push(text);
      index.set(text, code);
    }
    if (json && typeof v === 'object' && v !== null) known.set(v, code);
    codes[i] = code;
  }
  return { key, type: 'coded', codes, strings: joinTexts(strings), json };
}

const isPoint = (g: unknown): g is { type: 'Point'; coordinates: [number, number] } => {
  const p = g as { type?: unknown; coordinates?: unknown } | undefined;
  // NaN marks "not a point" below, so only finite longitudes go into the arrays.
  return p?.type === 'Point' && Array.isArray(p.coordinates) && p.coordinates.length === 2 && Number.isFinite(p.coordinates[0]);
};

function buffersOf(c: Column | Special, transfer: ArrayBuffer[]): void {
  if (c.type === 'number') {
    transfer.push(c.values.buffer as ArrayBuffer);
    if (c.absent) transfer.push(c.absent.buffer as ArrayBuffer);
  } else if (c.type === 'boolean') transfer.push(c.values.buffer as ArrayBuffer);
  else if (c.type === 'coded') transfer.push(c.codes.buffer as ArrayBuffer, c.strings.ends.buffer as ArrayBuffer);
  else if (c.type === 'plain') transfer.push(c.values.ends.buffer as ArrayBuffer, c.present.buffer as ArrayBuffer);
  else if (c.type === 'points') {
    transfer.push(c.lon.buffer as ArrayBuffer, c.lat.buffer as ArrayBuffer);
    buffersOf(c.others, transfer);
  } else {
    transfer.push(c.present.buffer as ArrayBuffer);
    for (const inner of c.columns) buffersOf(inner, transfer);
  }
}

/** A text column as it is when a sample of it is mostly distinct; null when it repeats enough to code. */
function plainOf(values: readonly Value[], key: string, n: number): Column | null {
  const sample = new Set<unknown>();
  const step = Math.max(1, Math.floor(n / 1000));
  let seen = 0;
  for (let i = 0; i < n; i += step, seen++) sample.add(values[i]);
  // Any repeat in the sample means far more in the whole (5,000 days among 10^6 events
  // repeat one in ten within 1,000 picks): code it. Ids and titles repeat none.
  if (sample.size < seen * 0.99) return null;
  const texts: string[] = [];
  const present = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as string | undefined;
    texts.push(v ?? '');
    if (v !== undefined) present[i] = 1;
  }
  return { key, type: 'plain', values: joinTexts(texts), present };
}

/**
 * Writes a value at i, with explicit undefined (absent) before it rather than a gap: an
 * array written far past its end falls back to a slow dictionary of elements.
 */
function put(column: Value[], i: number, value: Value): void {
  while (column.length < i) column.push(undefined);
  column[i] = value;
}

/**
 * Events gathered key by key (absent keys left undefined), then packed: whole events
 * (`add`) or, from a reader that checks columns itself (columnar/check.ts), one value at a
 * time (`row`, `set`, `setPoint`), without an object per event. Keys keep the order they
 * first appear in.
 */
export class EventColumns {
  #count = 0;
  readonly #values = new Map<string, Value[]>();
  /** Point geometries (NaN longitude: not a point, see `#others`). */
  #lon: Float64Array;
  #lat: Float64Array;
  readonly #others: Value[] = [];
  /** `extra`'s values, one column per key of it, and which events have an `extra` at all. */
  readonly #extras = new Map<string, Value[]>();
  #hasExtra: Uint8Array;

  constructor(capacity = 1024) {
    this.#lon = new Float64Array(Math.max(1, capacity));
    this.#lat = new Float64Array(Math.max(1, capacity));
    this.#hasExtra = new Uint8Array(Math.max(1, capacity));
  }

  /** Starts the next event; returns its row for `set` and `setPoint`. */
  row(): number {
    const i = this.#count++;
    if (i >= this.#lon.length) {
      const grown = <A extends Float64Array | Uint8Array>(a: A): A => {
        const b = new (a.constructor as new (n: number) => A)(a.length * 2);
        b.set(a);
        return b;
      };
      this.#lon = grown(this.#lon);
      this.#lat = grown(this.#lat);
      this.#hasExtra = grown(this.#hasExtra);
    }
    this.#lon[i] = Number.NaN;
    return i;
  }

  /** The value of `key` for event `i` (never `geometry`: see setPoint and add). */
  set(i: number, key: string, value: Value): void {
    put(this.column(key), i, value);
  }

  /** The values of `key` so far, for a reader that writes many rows to look it up once. */
  column(key: string): Value[] {
    let column = this.#values.get(key);
    if (!column) this.#values.set(key, (column = []));
    return column;
  }

  /**
   * Event i's `extra` has `key` = `value` (a dataset's own scalar), written straight to that
   * key's column: no record object per event (an ACLED export has a dozen such keys).
   */
  setExtra(i: number, key: string, value: Value): void {
    this.#extraKey(i);
    let column = this.#extras.get(key);
    if (!column) this.#extras.set(key, (column = []));
    put(column, i, value);
  }

  /** Event i has an `extra` (perhaps empty); keeps `extra` in its place among the keys. */
  #extraKey(i: number): void {
    if (!this.#values.has('extra')) this.#values.set('extra', []);
    this.#hasExtra[i] = 1;
  }

  /** Event i's geometry is the point [lon, lat]. */
  setPoint(i: number, lon: number, lat: number): void {
    this.#geometryKey();
    this.#lon[i] = lon;
    this.#lat[i] = lat;
  }

  /** Adds a whole event. */
  add(event: SortieEvent): void {
    const i = this.row();
    const record = event as unknown as Record<string, Value>;
    for (const key in record) {
      const value = record[key];
      if (key === 'extra') {
        this.#extraKey(i);
        const extra = value as Record<string, Value>;
        for (const k of Object.keys(extra)) this.setExtra(i, k, extra[k]);
      } else if (key !== 'geometry') this.set(i, key, value);
      else if (isPoint(value)) this.setPoint(i, value.coordinates[0], value.coordinates[1]);
      else {
        this.#geometryKey();
        put(this.#others, i, value);
      }
    }
  }

  /** Keeps `geometry` in its place among the keys (its values are in the arrays above). */
  #geometryKey(): void {
    if (!this.#values.has('geometry')) this.#values.set('geometry', []);
  }

  /** The events as columns, and the buffers to transfer with them. */
  finish(): { packed: PackedEvents; transfer: ArrayBuffer[] } {
    const n = this.#count;
    const columns = [...this.#values].map(([key, values]): Column | Special => {
      if (key === 'geometry') {
        return { key, type: 'points', lon: this.#lon.slice(0, n), lat: this.#lat.slice(0, n), others: columnOf(this.#others, key, n) };
      }
      if (key === 'extra') {
        const columns = [...this.#extras].map(([k, column]) => columnOf(column, k, n));
        return { key, type: 'record', columns, present: this.#hasExtra.slice(0, n) };
      }
      return columnOf(values, key, n);
    });
    const transfer: ArrayBuffer[] = [];
    for (const c of columns) buffersOf(c, transfer);
    return { packed: { count: n, columns }, transfer };
  }
}

/** Events as columns, and the buffers to transfer with them. */
export function packEvents(events: readonly SortieEvent[]): { packed: PackedEvents; transfer: ArrayBuffer[] } {
  const columns = new EventColumns(events.length);
  for (const event of events) columns.add(event);
  return columns.finish();
}

/** The events again, one object each, in their order. */
export function unpackEvents(packed: PackedEvents): SortieEvent[] {
  const { count, columns } = packed;
  const events: Record<string, Value>[] = new Array(count);
  const template = templateOf(columns, count);
  for (let i = 0; i < count; i++) events[i] = { ...template };
  fill(events, columns);
  return events as unknown as SortieEvent[];
}

/**
 * An object with every key all events have, each holding a value of its column's type: each
 * event starts as a copy of it, so filling it in only replaces values. Built up key by key
 * from {}, 10^6 events moved through a new shape and a larger property store at every key
 * (unpacking 10^6 took 3.1–3.6 s in Node, 2.1–2.6 s from the template). JSON.parse makes an object
 * with room for exactly its keys, which the copies share.
 */
function templateOf(columns: ReadonlyArray<Column | Special>, count: number): Record<string, Value> {
  const blank = (c: Column | Special) => {
    if (c.type === 'number') return '0.5';
    if (c.type === 'boolean') return 'false';
    return c.type === 'plain' || (c.type === 'coded' && !c.json) ? '""' : 'null';
  };
  const members = columns.filter((c) => count > 0 && everyHas(c)).map((c) => `${JSON.stringify(c.key)}:${blank(c)}`);
  return JSON.parse(`{${members.join(',')}}`) as Record<string, Value>;
}

/** Whether every event has this column's key (conservative for geometry: only when all are points). */
function everyHas(c: Column | Special): boolean {
  switch (c.type) {
    case 'number': return c.absent === null || !c.absent.includes(1);
    case 'boolean': return !c.values.includes(ABSENT);
    case 'coded': return !c.codes.includes(0);
    case 'plain': case 'record': return !c.present.includes(0);
    case 'points': return !c.lon.some(Number.isNaN);
  }
}

function fill(events: Record<string, Value>[], columns: ReadonlyArray<Column | Special>): void {
  const count = events.length;
  for (const c of columns) {
    const { key } = c;
    if (c.type === 'points') {
      fill(events, [c.others]);
      const { lon, lat } = c;
      // Events at one place share one point, as they share a kind or a date: conflict data
      // repeats its places (10^6 events over a few thousand towns), and a point object per
      // event was about 90 MB of the page's memory at 10^6.
      const points = new Map<number, Map<number, Value>>();
      for (let i = 0; i < count; i++) {
        const x = lon[i] as number;
        if (Number.isNaN(x)) continue;
        const y = lat[i] as number;
        // A map key cannot tell −0 from 0: such a point keeps its own object.
        if (Object.is(x, -0) || Object.is(y, -0)) {
          (events[i] as Record<string, Value>)[key] = { type: 'Point', coordinates: [x, y] };
          continue;
        }
        let column = points.get(x);
        if (!column) points.set(x, (column = new Map()));
        let point = column.get(y);
        if (!point) column.set(y, (point = { type: 'Point', coordinates: [x, y] }));
        (events[i] as Record<string, Value>)[key] = point;
      }
      continue;
    }
    if (c.type === 'record') {
      const inner: Record<string, Value>[] = new Array(count);
      for (let i = 0; i < count; i++) inner[i] = {};
      fill(inner, c.columns);
      for (let i = 0; i < count; i++) {
        const record = inner[i] as Record<string, Value>;
        // An event without the key had {} here; one with an empty record keeps it.
        if (c.present[i] === 1) (events[i] as Record<string, Value>)[key] = record;
      }
      continue;
    }
    if (c.type === 'plain') {
      const values = splitTexts(c.values);
      const { present } = c;
      for (let i = 0; i < count; i++) if (present[i] === 1) (events[i] as Record<string, Value>)[key] = values[i];
      continue;
    }
    if (c.type === 'number') {
      const { values, absent } = c;
      for (let i = 0; i < count; i++) if (!absent || !absent[i]) (events[i] as Record<string, Value>)[key] = values[i];
    } else if (c.type === 'boolean') {
      const { values } = c;
      for (let i = 0; i < count; i++) {
        const v = values[i];
        if (v !== ABSENT) (events[i] as Record<string, Value>)[key] = v === 1;
      }
    } else {
      const strings = splitTexts(c.strings);
      const decoded: Value[] = c.json ? strings.map((s, j) => (j === 0 ? undefined : JSON.parse(s) as Value)) : strings;
      const { codes } = c;
      for (let i = 0; i < count; i++) {
        const code = codes[i] as number;
        if (code !== 0) (events[i] as Record<string, Value>)[key] = decoded[code];
      }
    }
  }
}
