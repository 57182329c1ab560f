/**
 * Columns a mapping does not use are kept on the event as extra properties ("anything else
 * a source carries is kept and shown in details"). Cells that are plainly numbers become
 * numbers (fatalities: 3); codes with leading zeros ("007", a postcode) stay text.
 */
import { cellText } from './template';

/** Property names an event already uses; a column with one of these names is not copied. */
export const RESERVED = new Set([
  'id', 'title', 'kind', 'date', 'summary', 'date_note', 'actors', 'actor_note', 'place', 'location_precision',
  'place_note', 'sources', 'subject_geometry',
]);

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** A kept cell's value: numbers and booleans as they are, numeric text as a number, else trimmed text. */
export function extraValue(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && value !== null) return value;
  const text = cellText(value);
  if (text === '') return undefined;
  return PLAIN_NUMBER.test(text) && text.length < 16 ? Number(text) : text;
}
