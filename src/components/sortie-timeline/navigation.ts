/**
 * Where the timeline's keys and buttons move the time to. Pure functions of the events and
 * the time the timeline was given, so the root can reuse them for the same answer.
 */
import type { Timed } from '../../data/time';
import type { StepTarget } from '../../state/time-index';

/** An event start to step to, and the first event (in the given order) that starts there (declared in state/time-index.ts). */
export type { StepTarget };

/**
 * The nearest event start strictly before (direction −1) or after (+1) `time`, or null
 * when there is none. Strict, so stepping from an event's own start moves on to the next.
 * A scan of every event: the definition TimeIndex.next/previous answer in O(log N), which
 * is what the timeline uses.
 */
export function stepTarget(
  events: ReadonlyArray<Timed & { id: string }>,
  time: number,
  direction: -1 | 1,
): StepTarget | null {
  let best: StepTarget | null = null;
  for (const event of events) {
    const ahead = direction === 1 ? event.start > time : event.start < time;
    if (!ahead) continue;
    const closer = best === null || (direction === 1 ? event.start < best.time : event.start > best.time);
    if (closer) best = { time: event.start, eventId: event.id };
  }
  return best;
}

/**
 * The same moment `months` calendar months later (or earlier), in UTC. The day is clamped
 * to the target month, so 31 January + 1 month is 28 (or 29) February, not 3 March.
 */
export function addMonths(time: number, months: number): number {
  const d = new Date(time);
  const target = new Date(time);
  target.setUTCDate(1);
  target.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}

export function clampTime(time: number, [start, end]: readonly [number, number]): number {
  return Math.min(Math.max(time, start), end);
}
