/**
 * What the event list's live region says when playback reaches events, and the batching
 * that turns a burst of them into one message instead of a queue of interruptions.
 */
import { formatDate } from '../../data/time';
import type { SortieEvent } from '../../data/validate';

/** At most this many events are read out by name; the rest are counted. */
export const MAX_NAMED = 3;

type Announced = Pick<SortieEvent, 'id' | 'title' | 'date' | 'place'>;

function describe(event: Announced): string {
  return `${event.title}, ${formatDate(event.date)}, ${event.place}`;
}

/**
 * "Event reached: <title>, <date in words>, <place>." for one event; for several,
 * "3 events reached: …; …; …." naming up to MAX_NAMED and counting the rest.
 * Empty for none. Repeated ids are read once.
 */
export function announcementText(events: readonly Announced[]): string {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  if (unique.length === 0) return '';
  if (unique.length === 1) return `Event reached: ${describe(unique[0]!)}.`;
  const named = unique.slice(0, MAX_NAMED).map(describe).join('; ');
  const rest = unique.length - MAX_NAMED;
  return `${unique.length} events reached: ${named}${rest > 0 ? `; and ${rest} more` : ''}.`;
}

export interface BatcherOptions {
  /** Flush after this long without a new item. */
  quietMs: number;
  /** Flush at the latest this long after the first item, so steady playback still speaks. */
  maxWaitMs: number;
}

export interface Batcher<T> {
  push(items: readonly T[]): void;
  /** Drops anything pending without flushing (for disconnectedCallback). */
  cancel(): void;
}

/** Collects items and hands them to `flush` together once they stop coming (or maxWaitMs passes). */
export function createBatcher<T>(flush: (items: T[]) => void, options: BatcherOptions): Batcher<T> {
  let pending: T[] = [];
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    const items = pending;
    pending = [];
    if (items.length) flush(items);
  };
  return {
    push(items) {
      if (items.length === 0) return;
      pending.push(...items);
      clearTimeout(quiet);
      quiet = setTimeout(run, options.quietMs);
      deadline ??= setTimeout(run, options.maxWaitMs);
    },
    cancel() {
      clearTimeout(quiet);
      clearTimeout(deadline);
      quiet = deadline = undefined;
      pending = [];
    },
  };
}
