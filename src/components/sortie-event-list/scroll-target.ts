/**
 * Where the list's own box must scroll so a row is wholly in view, or null if it already is.
 * Coordinates are in the scroller's content (0 at its top). A row taller than the box is
 * aligned to its top. Used instead of `scrollIntoView`, which would also scroll the page
 * around an embed.
 */
export function scrollTarget(rowTop: number, rowHeight: number, scrollTop: number, viewHeight: number): number | null {
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop || rowHeight > viewHeight) return rowTop === scrollTop ? null : rowTop;
  if (rowBottom > scrollTop + viewHeight) return rowBottom - viewHeight;
  return null;
}
