/**
 * The mapping part of the Open data dialog: one labelled control per field of a Sortie event,
 * each naming the file's column it comes from. Pure render helpers; the dialog owns the state.
 */
import { html, nothing } from 'lit';
import { checkMapping, isTimeZone, type Mapping } from '../../data/import/mapping';
import type { FileFormat } from './protocol';

type ColumnField = Exclude<keyof Mapping, 'title' | 'actors' | 'preset' | 'tz'>;

interface FieldSpec {
  key: ColumnField;
  label: string;
  help?: string;
  /** Only for tables: GeoJSON features bring their own geometry. */
  tableOnly?: boolean;
}

/** The fields in the order a person reads an event: when, where, what, who, the rest. */
const FIELDS: FieldSpec[] = [
  { key: 'date', label: 'Date', help: 'A day, a month or a year, a timestamp, or a range.' },
  { key: 'start', label: 'Start', help: 'For events that last: the first day (instead of Date).' },
  { key: 'end', label: 'End', help: 'The last day of a lasting event.' },
  { key: 'lat', label: 'Latitude', tableOnly: true },
  { key: 'lon', label: 'Longitude', tableOnly: true },
  { key: 'geometry', label: 'Geometry', help: 'GeoJSON or WKT, instead of latitude and longitude.', tableOnly: true },
  { key: 'kind', label: 'Kind', help: 'Each different value becomes a kind, with its own colour and symbol.' },
  { key: 'place', label: 'Place' },
  { key: 'summary', label: 'Summary' },
  { key: 'id', label: 'Id', help: 'Unique per row; without one, rows are numbered.' },
  { key: 'source', label: 'Source', help: 'Who reported the event, or a link.' },
];

/** What the mapping still lacks (or contradicts) before anything can convert, in words for the reader. */
export function missingFields(mapping: Mapping, format: FileFormat): { date: string | null; location: string | null; other: string | null } {
  const date = mapping.date || mapping.start ? null : 'No column looks like a date: choose one.';
  const location = format === 'geojson' || mapping.geometry || (mapping.lat && mapping.lon)
    ? null
    : 'No columns look like a location: choose the latitude and longitude (or a geometry column).';
  let other: string | null = null;
  if (mapping.tz !== undefined && !isTimeZone(mapping.tz)) other = `“${mapping.tz}” is not a time zone: write one such as UTC, Europe/Paris or America/Los_Angeles.`;
  else if (!date && !location) {
    try {
      checkMapping(mapping, 'Columns');
    } catch (error) {
      other = error instanceof Error ? error.message : String(error);
    }
  }
  return { date, location, other };
}

export interface MappingFormOptions {
  columns: string[];
  mapping: Mapping;
  format: FileFormat;
  onSelect: (event: Event) => void;
  onTitle: (event: Event) => void;
  onZone: (event: Event) => void;
}

export function mappingForm({ columns, mapping, format, onSelect, onTitle, onZone }: MappingFormOptions) {
  const missing = missingFields(mapping, format);
  const problemOf = (key: ColumnField) => (key === 'date' ? missing.date : key === 'lat' || key === 'lon' ? missing.location : null);
  const select = (spec: FieldSpec) => {
    const value = mapping[spec.key] ?? '';
    const problem = problemOf(spec.key);
    const described = [spec.help ? `map-${spec.key}-help` : '', problem ? `map-${spec.key}-problem` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for="map-${spec.key}">${spec.label}</label>
      <select id="map-${spec.key}" name=${spec.key} @change=${onSelect} aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${described || nothing}>
        <option value="" ?selected=${value === ''}>(none)</option>
        ${columns.map((c) => html`<option .value=${c} ?selected=${c === value}>${c}</option>`)}
      </select>
      ${spec.help ? html`<span class="help" id="map-${spec.key}-help">${spec.help}</span>` : nothing}
      ${problem ? html`<span class="problem" id="map-${spec.key}-problem">${problem}</span>` : nothing}
    </div>`;
  };
  const actors = new Set(mapping.actors ?? []);
  return html`<fieldset class="mapping">
    <legend>Columns for each field</legend>
    <div class="field wide">
      <label for="map-title">Title</label>
      <input id="map-title" type="text" spellcheck="false" autocomplete="off" .value=${mapping.title ?? ''} @input=${onTitle}
        aria-describedby="map-title-help" />
      <span class="help" id="map-title-help">A column, or a template that joins columns: {first_name} {last_name}.</span>
    </div>
    ${FIELDS.filter((f) => !(f.tableOnly && format === 'geojson')).map(select)}
    <div class="field">
      <label for="map-actors">Actors</label>
      <select id="map-actors" name="actors" multiple size="4" @change=${onSelect} aria-describedby="map-actors-help">
        ${columns.map((c) => html`<option .value=${c} ?selected=${actors.has(c)}>${c}</option>`)}
      </select>
      <span class="help" id="map-actors-help">Any number of columns (Ctrl- or ⌘-click to choose more than one).</span>
    </div>
    <div class="field">
      <label for="map-tz">Time zone</label>
      <input id="map-tz" type="text" spellcheck="false" autocomplete="off" placeholder="UTC" .value=${mapping.tz ?? ''} @input=${onZone}
        aria-describedby="map-tz-help" aria-invalid=${mapping.tz !== undefined && !isTimeZone(mapping.tz) ? 'true' : 'false'} />
      <span class="help" id="map-tz-help">For times written without one, and the day of a timestamp (empty: UTC).</span>
    </div>
    ${format === 'geojson' ? html`<p class="help wide">Locations: each feature’s own geometry.</p>` : nothing}
  </fieldset>`;
}

/** The mapping after a change of one of the form's selects. */
export function withSelect(mapping: Mapping, select: HTMLSelectElement): Mapping {
  const next: Mapping = { ...mapping };
  if (select.name === 'actors') {
    const chosen = [...select.selectedOptions].map((o) => o.value);
    if (chosen.length) next.actors = chosen;
    else delete next.actors;
    return next;
  }
  const key = select.name as ColumnField;
  if (select.value) {
    next[key] = select.value;
    // One date or a start/end pair; lat/lon or a geometry: choosing one side drops the other.
    const drop: Array<keyof Mapping> = key === 'date' ? ['start', 'end'] : key === 'start' || key === 'end' ? ['date']
      : key === 'geometry' ? ['lat', 'lon'] : key === 'lat' || key === 'lon' ? ['geometry'] : [];
    for (const other of drop) delete next[other];
  } else delete next[key];
  return next;
}
