/**
 * Numbers as the app writes them ("1,234"), through one formatter made once: a
 * toLocaleString call makes a formatter each time, and counts are written at every step
 * of the time (the legend, the list heading, the download menu).
 */
const WHOLE = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return WHOLE.format(n);
}
