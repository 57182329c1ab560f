/** How long an event counts as "new" in the list after it starts. */
export const NEW_MS = 30 * 86_400_000;

/**
 * Whether the list marks an event as new at time t: it started within the closed span
 * [t − NEW_MS, t]. Unlike isRecentAt (time.ts) this looks at the start only, so a
 * months-long offensive is new when it begins, not for as long as it lasts.
 */
export function isNewAt(event: { start: number }, t: number, newMs: number = NEW_MS): boolean {
  return event.start <= t && event.start >= t - newMs;
}
