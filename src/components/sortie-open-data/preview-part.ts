/**
 * The preview part of the Open data dialog: the counts, the first converted events as a
 * table and the first problems as a list. Pure render helpers.
 */
import { html, nothing } from 'lit';
import { PREVIEW_PROBLEMS, type PreviewResult } from './protocol';
import { formatCount } from '../shared/format';

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "63 rows → 61 events, 2 skipped": the whole file, or its first rows (or features). */
export function countsLine(preview: PreviewResult, complete: boolean, unit: 'row' | 'feature' = 'row'): string {
  const counted = plural(preview.rows, unit, `${unit}s`);
  const rows = complete ? counted : `First ${counted}`;
  return `${rows} → ${plural(preview.events, 'event', 'events')}, ${formatCount(preview.skipped)} skipped`;
}

const coordinate = (value: number | null) => (value === null ? '—' : value.toFixed(4));

export function previewPart(preview: PreviewResult, complete: boolean, unit: 'row' | 'feature') {
  const units = unit === 'row' ? 'rows' : 'features';
  return html`<section class="preview" aria-labelledby="preview-heading">
    <h3 id="preview-heading">Preview</h3>
    <p class="counts" role="status">${countsLine(preview, complete, unit)}${complete ? nothing : html`<span class="muted"> (the whole file is read when you open it)</span>`}</p>
    ${preview.first.length
      ? html`<div class="table-scroll" role="region" aria-labelledby="preview-caption" tabindex="0">
          <table>
            <caption id="preview-caption">The first ${plural(preview.first.length, 'event', 'events')}</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Place</th><th scope="col">Latitude</th><th scope="col">Longitude</th></tr></thead>
            <tbody>
              ${preview.first.map((e) => html`<tr>
                <td class="nowrap">${e.date}</td><td>${e.title}</td><td>${e.kind}</td><td>${e.place || '—'}</td>
                <td class="number">${coordinate(e.lat)}</td><td class="number">${coordinate(e.lon)}</td>
              </tr>`)}
            </tbody>
          </table>
        </div>`
      : html`<p class="problem">None of these ${units} converts into an event yet: see why below, and change the columns above.</p>`}
    ${preview.problems.length
      ? html`<section class="problems" aria-labelledby="problems-heading">
          <h4 id="problems-heading">${plural(preview.skipped, unit, units)} skipped${preview.problems.length >= PREVIEW_PROBLEMS ? html` <span class="muted">(the first ${PREVIEW_PROBLEMS} reasons)</span>` : nothing}</h4>
          <ul>${preview.problems.map((line) => html`<li>${line}</li>`)}</ul>
        </section>`
      : nothing}
  </section>`;
}
