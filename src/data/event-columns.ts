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
  | { key: string; type: 'coded'; codes: Uint32Array; strings: string[]; json: boolean };

export interface PackedEvents {
  count: number;
  columns: Column[];
}

const ABSENT = 2;

function keysOf(events: readonly SortieEvent[]): string[] {
  const keys = new Set<string>();
  // Every event has the required keys; optional ones are found wherever they first appear.
  for (const event of events) for (const key in event) keys.add(key);
  return [...keys];
}

function columnOf(events: readonly SortieEvent[], key: string): Column {
  const n = events.length;
  const rows = events as unknown as readonly Record<string, Value>[];
  let kind: 'number' | 'boolean' | 'string' | 'json' | null = null;
  for (let i = 0; i < n; i++) {
    const v = rows[i]?.[key];
    if (v === undefined) continue;
    const t = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : 'json';
    if (kind === null) kind = t;
    else if (kind !== t) {
      kind = 'json';
      break;
    }
  }
  if (kind === 'number') {
    const values = new Float64Array(n);
    let absent: Uint8Array | null = null;
    for (let i = 0; i < n; i++) {
      const v = rows[i]?.[key];
      if (v === undefined) (absent ??= new Uint8Array(n))[i] = 1;
      else values[i] = v as number;
    }
    return { key, type: 'number', values, absent };
  }
  if (kind === 'boolean') {
    const values = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = rows[i]?.[key];
      values[i] = v === undefined ? ABSENT : v ? 1 : 0;
    }
    return { key, type: 'boolean', values };
  }
  const json = kind !== 'string';
  const codes = new Uint32Array(n);
  const strings: string[] = [''];
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = rows[i]?.[key];
    if (v === undefined) continue;
    const text = json ? JSON.stringify(v) : (v as string);
    let code = index.get(text);
    if (code === undefined) {
      code = strings.length;
      strings.push(text);
      index.set(text, code);
    }
    codes[i] = code;
  }
  return { key, type: 'coded', codes, strings, json };
}

/** Events as columns, and the buffers to transfer with them. */
export function packEvents(events: readonly SortieEvent[]): { packed: PackedEvents; transfer: ArrayBuffer[] } {
  const columns = keysOf(events).map((key) => columnOf(events, key));
  const transfer: ArrayBuffer[] = [];
  for (const c of columns) {
    if (c.type === 'number') {
      transfer.push(c.values.buffer as ArrayBuffer);
      if (c.absent) transfer.push(c.absent.buffer as ArrayBuffer);
    } else if (c.type === 'boolean') transfer.push(c.values.buffer as ArrayBuffer);
    else transfer.push(c.codes.buffer as ArrayBuffer);
  }
  return { packed: { count: events.length, columns }, transfer };
}

/** The events again, one object each, in their order. */
export function unpackEvents(packed: PackedEvents): SortieEvent[] {
  const { count, columns } = packed;
  const events: Record<string, Value>[] = new Array(count);
  for (let i = 0; i < count; i++) events[i] = {};
  for (const c of columns) {
    const { key } = c;
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
      const decoded: Value[] = c.json ? c.strings.map((s, j) => (j === 0 ? undefined : JSON.parse(s) as Value)) : c.strings;
      const { codes } = c;
      for (let i = 0; i < count; i++) {
        const code = codes[i] as number;
        if (code !== 0) (events[i] as Record<string, Value>)[key] = decoded[code];
      }
    }
  }
  return events as unknown as SortieEvent[];
}
