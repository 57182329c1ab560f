/**
 * Gathers what the dataset's `sortie` member says about all events: kinds in order of first
 * use (with the source's own wording as label), the bounding box, and the actors. It keeps
 * only these summaries, never the features, so a million-row import stays small.
 */
import type { OpenEventFeature, SortieMeta, KindMeta, ActorMeta } from '../dataset-format';
import { positions } from './geometry';

/** The label the app derives from a kind id ("chemical-attack" → "Chemical attack"); no need to write it. */
const defaultLabel = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

export class DatasetCollector {
  private readonly kinds = new Map<string, KindMeta>();
  private readonly actors = new Set<string>();
  private n = 0;
  private west = Infinity;
  private south = Infinity;
  private east = -Infinity;
  private north = -Infinity;
  private first: string | null = null;
  private last: string | null = null;

  /** Counts one event; `kindLabel` is the source's wording of its kind ("Violence against civilians"). */
  add(feature: OpenEventFeature, kindLabel?: string): void {
    this.n++;
    const { kind, actors, date } = feature.properties;
    if (!this.kinds.has(kind)) this.kinds.set(kind, kindLabel && kindLabel !== defaultLabel(kind) ? { label: kindLabel } : {});
    for (const actor of actors ?? []) this.actors.add(actor);
    for (const [x, y] of positions(feature.geometry)) {
      if (x === undefined || y === undefined) continue;
      if (x < this.west) this.west = x;
      if (x > this.east) this.east = x;
      if (y < this.south) this.south = y;
      if (y > this.north) this.north = y;
    }
    // EDTF days, months and years with four-digit years sort as text.
    const [start, end = start] = date.split('/');
    if (start && (this.first === null || start < this.first)) this.first = start;
    if (end && (this.last === null || end > this.last)) this.last = end;
  }

  get count(): number {
    return this.n;
  }

  /** The earliest and latest dates seen (EDTF), for the summary line. */
  get dateRange(): [string, string] | null {
    return this.first !== null && this.last !== null ? [this.first, this.last] : null;
  }

  /** The `sortie` member: `meta` as given, with kinds, bbox and actors derived where it leaves them out. */
  finish(meta: Partial<SortieMeta> = {}): SortieMeta {
    const out: SortieMeta = { version: 1, ...meta };
    if (!meta.kinds) out.kinds = Object.fromEntries(this.kinds);
    if (!meta.bbox && this.n > 0) out.bbox = [this.west, this.south, this.east, this.north];
    if (!meta.actors && this.actors.size > 0) {
      out.actors = Object.fromEntries([...this.actors].map((a): [string, ActorMeta] => [a, {}]));
    }
    return out;
  }
}
