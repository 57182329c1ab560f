/** The accepted candidates as data/events.yaml entries and the new data/places.yaml entries. */
import { stringify } from 'yaml';
import type { DatasetPlace } from '../draft/places';
import { eventEntry, formatPlacesYaml, PlaceIds } from '../draft/write';
import type { ReviewItem } from './review-state';

export function acceptedYaml(items: ReviewItem[], dataset: DatasetPlace[]): { events: string; places: string; count: number } {
  const ids = new PlaceIds(dataset);
  const accepted = items.filter((i) => i.decision === 'accepted' && i.candidate.place && i.title.trim() && i.date.trim());
  const entries = accepted.map((item) => {
    const c = item.candidate;
    const options = [c.place!.chosen, ...c.place!.alternatives];
    const chosen = options[item.placeIndex] ?? c.place!.chosen;
    const place = chosen === c.place!.chosen ? c.place! : { ...c.place!, chosen, label: chosen.name, precision: chosen.precision, note: undefined };
    const actors = item.actors.split(',').map((a) => a.trim()).filter(Boolean);
    const date = item.date.trim();
    const dateNote = date === c.date ? c.date_note : `Edited in review from the drafted ${c.date} (${c.date_note})`;
    return eventEntry({ ...c, kind: item.kind, place, title: item.title.trim() || c.title, date, date_note: dateNote, actors }, ids, false);
  });
  return { events: entries.length ? stringify(entries, { lineWidth: 0 }) : '', places: formatPlacesYaml(ids.added), count: entries.length };
}
