/**
 * Arrow keys in the event list: Down/Up move to the next/previous row, Home/End to the
 * first/last (the list can hold tens of thousands of rows; Tab alone would visit each).
 * Returns the row index to move to, or null for a key the list does not handle (or a move
 * past either end, which stays put).
 */
export function nextRowIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  let next: number;
  if (key === 'ArrowDown') next = index + 1;
  else if (key === 'ArrowUp') next = index - 1;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = count - 1;
  else return null;
  return next < 0 || next >= count || next === index ? null : next;
}
