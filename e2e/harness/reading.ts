/**
 * A stand-in root for looking at the reading-side components together with the real
 * dataset text (data/events.yaml, given dummy geometry since only words matter here).
 * Query: ?theme=dark, ?time=<ISO date>, ?select=<event id>, ?picker=1.
 */
import { parse } from 'yaml';
import eventsYaml from '../../data/events.yaml?raw';
import datasetYaml from '../../data/dataset.yaml?raw';
import sources from '../../data/sources.json';
import { resolveMeta } from '../../src/data/dataset-meta';
import type { Article } from '../../src/data/types';
import { validateEvents, type SortieEvent } from '../../src/data/validate';
import { visibleEvents } from '../../src/state/selectors';
import '../../src/components/sortie-details/sortie-details';
import '../../src/components/sortie-event-list/sortie-event-list';
import { EventRun } from '../../src/state/event-run';
import '../../src/components/sortie-filters/sortie-filters';
import '../../src/components/sortie-notices/sortie-notices';
import type { SortieNotice } from '../../src/components/sortie-notices/sortie-notices';
import '../../src/components/sortie-picker/sortie-picker';

const params = new URLSearchParams(location.search);
if (params.get('theme') === 'dark') document.documentElement.dataset.theme = 'dark';

const entries = parse(eventsYaml) as Record<string, unknown>[];
const features = entries.map((properties) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties,
}));
const all: SortieEvent[] = validateEvents(features).events.sort((a, b) => a.start - b.start);
const articles = sources as Article[];
// The bundled dataset's kinds, as its data build declares them.
const { kinds: kindRegistry } = resolveMeta(parse(datasetYaml), all, 'events.geojson');

const state = {
  time: params.has('time') ? Date.parse(params.get('time') ?? '') : Date.UTC(2017, 3, 10),
  kinds: null as ReadonlySet<string> | null,
  actors: null as ReadonlySet<string> | null,
  selectedId: params.get('select'),
  pickerOpen: params.get('picker') === '1',
  notices: [
    { id: 'url-event', title: 'Ignored URL parameter “event”', lines: ['There is no event with id “x”.'] },
    {
      id: 'data',
      title: '2 dataset features were skipped',
      lines: ['feature #7, properties.date: "2015-13" is not a usable EDTF date', 'bad-event, geometry: is missing'],
    },
  ] as SortieNotice[],
};

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const list = $<HTMLElementTagNameMap['sortie-event-list']>('sortie-event-list');
const details = $<HTMLElementTagNameMap['sortie-details']>('sortie-details');
const filters = $<HTMLElementTagNameMap['sortie-filters']>('sortie-filters');
const notices = $<HTMLElementTagNameMap['sortie-notices']>('sortie-notices');
const picker = $<HTMLElementTagNameMap['sortie-picker']>('sortie-picker');
const slider = $<HTMLInputElement>('#time');
const [min, max] = [all[0]?.start ?? 0, all.at(-1)?.end ?? 0];
slider.min = String(min);
slider.max = String(max);
slider.step = String(86_400_000);

function shown(): SortieEvent[] {
  return visibleEvents(all, { time: state.time, mode: 'cumulative', windowMs: 0, kinds: state.kinds, actors: state.actors });
}

function render(announce: SortieEvent[] = []): void {
  const visible = shown();
  slider.value = String(state.time);
  $<HTMLOutputElement>('#time-label').value = new Date(state.time).toISOString().slice(0, 10);
  list.kindRegistry = kindRegistry;
  filters.kindRegistry = kindRegistry;
  details.kindRegistry = kindRegistry;
  picker.kindRegistry = kindRegistry;
  // The list takes the visible events by start, as the app's time index gives them.
  list.events = EventRun.of([...visible].sort((a, b) => a.start - b.start));
  list.total = all.length;
  list.time = state.time;
  list.selectedId = state.selectedId;
  list.announce = announce;
  filters.events = all;
  filters.visibleEvents = visible;
  filters.kinds = state.kinds;
  filters.actors = state.actors;
  details.articles = articles;
  details.event = all.find((e) => e.id === state.selectedId) ?? null;
  notices.notices = state.notices;
  picker.events = all.filter((e) => e.place.includes('Shayrat'));
  picker.open = state.pickerOpen;
}

function setTime(time: number): void {
  const before = new Set(shown().map((e) => e.id));
  state.time = time;
  render(shown().filter((e) => !before.has(e.id)));
}

slider.addEventListener('input', () => setTime(Number(slider.value)));
$('#step').addEventListener('click', () => setTime(state.time + 30 * 86_400_000));
$('#open-picker').addEventListener('click', () => {
  state.pickerOpen = true;
  render();
});
document.addEventListener('sortie-select', (event) => {
  state.selectedId = event.detail.id;
  if (event.detail.source === 'picker') state.pickerOpen = false;
  render();
  if (event.detail.id) void details.focusHeading();
});
document.addEventListener('sortie-picker-close', () => {
  state.pickerOpen = false;
  render();
  $<HTMLButtonElement>('#open-picker').focus();
});
document.addEventListener('sortie-filter-change', (event) => {
  state.kinds = event.detail.kinds && new Set(event.detail.kinds);
  state.actors = event.detail.actors && new Set(event.detail.actors);
  render();
});
document.addEventListener('sortie-notice-dismiss', (event) => {
  state.notices = state.notices.filter((n) => n.id !== event.detail.id);
  render();
});
document.addEventListener('sortie-zoom-to', (event) => console.log('zoom to', event.detail.id));

render();
