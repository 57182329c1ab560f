/**
 * A run of events by start time, read in place: some scattered positions of a sorted list,
 * then one contiguous stretch of it. The time index answers "which events are visible now"
 * with one of these, so a scrub step costs O(log N) (plus the few long events reaching into a
 * window) however many events are visible: nothing is copied, filtered or sorted per step,
 * and the list, the download and the print page read only the rows they need.
 */
export class EventRun<T> implements Iterable<T> {
  static readonly EMPTY = new EventRun<never>([], new Int32Array(0), 0, 0);

  readonly length: number;
  #array: readonly T[] | null = null;
  #proxy: T[] | null = null;

  /**
   * `sorted[picked[0]], …, sorted[picked.at(-1)]`, then `sorted[from], …, sorted[to - 1]`.
   * `picked` must be ascending and below `from` (the run keeps the sorted order).
   */
  constructor(
    private readonly sorted: readonly T[],
    private readonly picked: Int32Array,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.length = picked.length + Math.max(0, to - from);
  }

  /** A run of every item of an array (in its order). */
  static of<T>(items: readonly T[]): EventRun<T> {
    return new EventRun(items, new Int32Array(0), 0, items.length);
  }

  /** The i-th item (0 ≤ i < length), O(1). */
  at(i: number): T | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const picked = this.picked;
    return i < picked.length ? this.sorted[picked[i]!] : this.sorted[this.from + i - picked.length];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  /** The first `count` items (all when count ≥ length) as an array. O(count). */
  head(count: number): T[] {
    const n = Math.min(this.length, Math.max(0, count));
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = this.at(i)!;
    return out;
  }

  /** Every item as an array, made once on first call: O(length), for one-off uses (download, print). */
  toArray(): readonly T[] {
    if (this.#array) return this.#array;
    const picked = this.picked;
    this.#array = picked.length === 0 && this.from === 0 && this.to === this.sorted.length
      ? this.sorted
      : this.head(this.length);
    return this.#array;
  }

  /** Position of the first item that matches, or −1. O(length): for a reader's action, never a step. */
  findIndex(match: (item: T) => boolean): number {
    for (let i = 0; i < this.length; i++) if (match(this.at(i)!)) return i;
    return -1;
  }

  /**
   * The run as something that passes for an array, for code that wants one and reads only
   * `length` and indices (the list's virtualizer): made in O(1), each index read through
   * `at`, so the virtualizer touches only the rows it renders.
   */
  asArray(): readonly T[] {
    if (this.#array) return this.#array;
    this.#proxy ??= new Proxy<T[]>([], {
      get: (target, key, receiver) => {
        if (key === 'length') return this.length;
        if (typeof key === 'string') {
          const i = Number(key);
          if (Number.isInteger(i) && String(i) === key) return this.at(i);
        }
        // A key arrays do not have (Lit asks every bound value for its directive marker) is
        // simply absent: answering it from the real items copied 10^6 of them at every step.
        if (!(key in Array.prototype)) return undefined;
        // Anything else (iteration, map, slice…) works on the real items.
        const real = this.toArray() as T[];
        const value = Reflect.get(real, key, receiver === this.#proxy ? real : receiver) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value;
      },
      has: (_target, key) => key === 'length' || (typeof key === 'string' && Number(key) >= 0 && Number(key) < this.length),
    });
    return this.#proxy;
  }
}
