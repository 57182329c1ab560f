/**
 * The properties a dataset carries beyond the format (ACLED's fatalities, a quake's
 * magnitude…), shown as a small definition list under the summary. Names are de-slugged
 * for reading; values are shown as given (numbers in the reader's grouping).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { deSlug } from '../../data/dataset-meta';
import { formatCount } from '../shared/format';

function value(v: string | number | boolean): string {
  if (typeof v === 'number') return formatCount(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return v;
}

export function extrasPart(extra: Readonly<Record<string, string | number | boolean>> | undefined): TemplateResult | typeof nothing {
  const entries = extra ? Object.entries(extra).filter(([, v]) => v !== '') : [];
  if (entries.length === 0) return nothing;
  return html`<h3 id="extras-title">More about this event</h3>
    <dl class="extras" aria-labelledby="extras-title">
      ${entries.map(([k, v]) => html`<div><dt>${deSlug(k)}</dt><dd>${value(v)}</dd></div>`)}
    </dl>`;
}
