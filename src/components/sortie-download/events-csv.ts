/**
 * The "Events shown (CSV)" download: one row per event, in a fixed set of columns a
 * spreadsheet reads. Papa Parse quotes what needs quoting (commas, quotes, line breaks).
 */
import Papa from 'papaparse';
import type { SourceRef } from '../../data/dataset-format';
import type { SortieEvent } from '../../data/validate';
import { geometryCentre } from './geometry-centre';

export const CSV_COLUMNS = ['id', 'date', 'title', 'kind', 'actors', 'place', 'latitude', 'longitude', 'summary', 'sources'] as const;

/** A source in one cell: its name or article id, and its link when it has one. */
function sourceText(source: SourceRef): string {
  return [source.name ?? source.article, source.url].filter(Boolean).join(' ');
}

/** Coordinates keep 6 decimals (about 10 cm), which no event's position needs more of. */
const round = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n * 1e6) / 1e6));

export function eventsCsv(events: readonly SortieEvent[]): string {
  const rows = events.map((e) => {
    const centre = geometryCentre(e.geometry);
    const sources = (e.sources as readonly SourceRef[] | undefined) ?? [];
    return [
      e.id,
      e.date,
      e.title,
      e.kind,
      (e.actors ?? []).join('; '),
      e.place ?? '',
      round(centre?.[1]),
      round(centre?.[0]),
      e.summary ?? '',
      sources.map(sourceText).filter(Boolean).join('; '),
    ];
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
