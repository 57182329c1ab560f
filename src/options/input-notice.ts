/**
 * The notice shown for options and URL parameters that were ignored. Its own module (no
 * data imports) so `<sortie-map>`'s loader can build notices without pulling in the app.
 */
import type { UrlNotice } from '../state/url-state';

/** What a page gave that was ignored: element attributes (`options`) and URL parameters (`params`). */
export interface InputNotices {
  options: UrlNotice[];
  params: UrlNotice[];
}

export const NO_INPUT_NOTICES: InputNotices = { options: [], params: [] };

/** `label` names what was ignored: "URL parameter" or "option" (an element attribute). */
export function urlNotice(notices: readonly UrlNotice[], label: string): { id: string; title: string; lines: string[] } {
  return {
    id: `ignored-${label}`,
    title: notices.length === 1 ? `Ignored ${label} "${notices[0]!.param}"` : `Ignored ${notices.length} ${label}s`,
    lines: notices.map((n) => `${label === 'option' ? 'Attribute' : 'Parameter'} "${n.param}": ${n.message}`),
  };
}
