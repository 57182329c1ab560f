/**
 * Whether this document is being left: a navigation, or an iframe whose `src` changed (the
 * Embed dialog's live preview does that as its options change). The browser then cancels
 * the fetches in flight, which reject with "Failed to fetch"; that is not a failure to
 * report, and a page on its way out shows nothing anyway.
 */
let leaving = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => { leaving = true; });
  // Back to a page kept in the back/forward cache: it is live again.
  window.addEventListener('pageshow', () => { leaving = false; });
}

export function pageIsLeaving(): boolean {
  // A document whose frame has already moved on has no window.
  return leaving || (typeof document !== 'undefined' && !document.defaultView);
}
