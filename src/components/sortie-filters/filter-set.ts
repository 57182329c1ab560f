/**
 * What a click on a legend toggle does to a filter. A filter is a set of the values to show,
 * or null for "all". Rules, so the map never goes blank by accident:
 * - with all on, turning one off leaves all but that one;
 * - turning the last one on again gives null, not a full set;
 * - turning off the only one left is refused (the legend explains why) rather than emptying.
 */
export type FilterSet<T> = ReadonlySet<T> | null;

export interface ToggleResult<T> {
  next: ReadonlySet<T> | null;
  /** The click would have left nothing to show, so the filter is unchanged. */
  refused: boolean;
}

/** Whether a value passes a filter (null passes everything). */
export function isOn<T>(filter: FilterSet<T>, value: T): boolean {
  return filter === null || filter.has(value);
}

/**
 * Turns one value on or off. `universe` is every value the legend offers; values in
 * `current` that are not in it (from an old URL, say) are dropped.
 */
export function toggleValue<T>(universe: readonly T[], current: FilterSet<T>, value: T): ToggleResult<T> {
  const on = new Set(current === null ? universe : universe.filter((v) => current.has(v)));
  if (on.has(value)) on.delete(value);
  else on.add(value);
  if (on.size === 0) return { next: current, refused: true };
  return { next: universe.every((v) => on.has(v)) ? null : on, refused: false };
}

/** Shows only one value (null when it is the only value there is). */
export function onlyValue<T>(universe: readonly T[], value: T): ReadonlySet<T> | null {
  return universe.length === 1 && universe[0] === value ? null : new Set([value]);
}

/**
 * A filter as the array the filter-change event carries, in legend order. A filter that
 * names nothing the legend offers would show nothing, so it becomes null (all).
 */
export function filterToArray<T>(universe: readonly T[], filter: FilterSet<T>): T[] | null {
  if (filter === null) return null;
  const values = universe.filter((v) => filter.has(v));
  return values.length ? values : null;
}
