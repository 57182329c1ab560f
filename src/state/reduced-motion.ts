/**
 * Whether the reader asked for reduced motion. Read each time it is needed, never cached:
 * the preference can change while the page is open. (False where there is no matchMedia.)
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
