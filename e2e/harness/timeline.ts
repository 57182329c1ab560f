/**
 * A stand-in root for <sortie-timeline>: owns the time and a Player the way <sortie-app>
 * does, so the element can be seen and driven on its own. Query parameters:
 * `empty` (no events pass the filters), `mode=window`, `time=2017-04-07`, `selected=<id>`,
 * `jump` (show a skip in progress), `compact`.
 */
import '../../src/components/sortie-timeline/sortie-timeline';
import { validateEvents } from '../../src/data/validate';
import { createTrack, DEFAULT_TRACK_OPTIONS, type Jump, type Pacing } from '../../src/state/playback';
import { Player } from '../../src/state/player';
import { timeExtent } from '../../src/state/selectors';

// id, EDTF date and kind of each event in data/events.yaml (geometry and words do not matter here).
const ROWS: Array<[string, string, string]> = [
  ['idlib', '/2015-07', 'offensive'], ['daraa', '/2015-07', 'offensive'],
  ['tow', '2015-06~/2015-07?', 'deployment'], ['soleimani', '2015-07', 'meeting'],
  ['train', '2015-08~', 'deployment'], ['assets', '2015-09', 'deployment'],
  ['alliance', '2015-09', 'agreement'], ['air-strikes', '2015-09?/2015-10-15', 'strike'],
  ['latakia', '2015-10~', 'deployment'], ['tow-aleppo', '2015-10~', 'deployment'],
  ['hama', '2015-09?/2015-10-15', 'strike'], ['drones', '2015-09?/2015-10-15', 'deployment'], ['safir', '2015-10~', 'deployment'],
  ['s300-sale', '2015', 'agreement'], ['siege', '2016-07~/2016-08-18', 'offensive'],
  ['blockade', '2016-08', 'offensive'], ['bombers', '2016-08-16/2016-08-17', 'deployment'],
  ['bombers-strike', '2016-08-16/2016-08-17', 'strike'], ['khan-shaykhun', '2017-04-04', 'chemical-attack'],
  ['shayrat', '2017-04-06', 'strike'], ['resume', '2017-04-07', 'deployment'],
  ['strike-0408', '2017-04-08', 'strike'], ['call-1', '2017-04-08', 'meeting'],
  ['call-2', '2017-04-08', 'meeting'], ['ambassador', '2017-04-08?', 'meeting'],
  ['iraq-2003', '2003', 'offensive'], ['nuclear-deal', '2018?', 'policy'],
  ['khamenei', '2019-04?', 'meeting'], ['chiefs', '2019-04-07?', 'meeting'],
  ['air-defence', '2019-04-07?', 'agreement'], ['irgc', '2019-04?', 'policy'],
  ['western-strikes', '/2018-04-14', 'strike'], ['rally', '2018-04-14', 'protest'],
  ['s300-syria', '2018-10', 'deployment'], ['oil-fields', '/2019?', 'deployment'],
  ['incursion', '2019?', 'offensive'], ['drone', '2019?', 'strike'], ['caesar', '2020-06?', 'policy'],
  ['summit', '2020-06-29?/2020-07-05?', 'meeting'], ['kurdish', '2020-07?', 'offensive'],
  ['chayko', '2020-07-07?', 'meeting'], ['agreement-2020', '2020-07-08?', 'agreement'],
];

const { events: all } = validateEvents(
  ROWS.map(([id, date, kind]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [37, 35] },
    properties: {
      id, date, kind, title: id.replace(/-/g, ' '), summary: 'Harness event.', actors: ['Someone'],
      place: 'Somewhere', location_precision: 'city', sources: [{ article: 'a', excerpt: 'b' }],
    },
  })),
);

const params = new URLSearchParams(location.search);
const el = document.querySelector('sortie-timeline')!;
const log = document.querySelector('#log')!;
const domain = timeExtent(all)!;
const events = params.has('empty') ? [] : all;
let pacing: Pacing = 'events';

const lines: string[] = [];
const note = (line: string) => {
  lines.unshift(line);
  log.textContent = lines.slice(0, 8).join('\n');
};

const setTime = (time: number, jump: Jump | null = null) => {
  el.time = time;
  el.jump = jump;
};

const player = new Player({
  onTime: (time, jump) => setTime(time, jump),
  onEnd: () => {
    el.playing = false;
    el.jump = null;
  },
});
const track = () => createTrack(events.map((e) => e.start), domain, { ...DEFAULT_TRACK_OPTIONS, pacing });

el.events = events;
el.axisEvents = all;
el.domain = domain;
el.time = params.has('time') ? Date.parse(`${params.get('time')}T00:00:00Z`) : domain[0];
el.mode = params.get('mode') === 'window' ? 'window' : 'cumulative';
el.selectedId = params.get('selected');
el.compact = params.has('compact');
if (params.has('jump')) {
  el.time = Date.UTC(2009, 0, 1);
  el.jump = { from: all.find((e) => e.id === 'iraq-2003')!.start, to: Date.UTC(2015, 0, 1) };
}

el.addEventListener('sortie-time-input', (e) => {
  note(`time-input ${e.detail.source} ${new Date(e.detail.time).toISOString()} ${e.detail.eventId ?? ''}`);
  if (e.detail.eventId) el.selectedId = e.detail.eventId;
  setTime(e.detail.time);
  if (el.playing) player.retarget(track(), e.detail.time);
});
el.addEventListener('sortie-play-toggle', (e) => {
  note(`play-toggle ${e.detail.playing}`);
  el.playing = e.detail.playing;
  if (e.detail.playing) player.play(track(), el.time);
  else {
    player.pause();
    el.jump = null;
  }
});
el.addEventListener('sortie-step', (e) => {
  note(`step ${e.detail.direction} ${e.detail.eventId}`);
  el.selectedId = e.detail.eventId;
  setTime(e.detail.time);
  if (el.playing) player.retarget(track(), e.detail.time);
});
el.addEventListener('sortie-playback-change', (e) => {
  note(`playback-change ${JSON.stringify(e.detail)}`);
  if (e.detail.speed !== undefined) el.speed = player.speed = e.detail.speed;
  if (e.detail.loop !== undefined) el.loop = player.loop = e.detail.loop;
  if (e.detail.pacing !== undefined) {
    el.pacing = pacing = e.detail.pacing;
    if (el.playing) player.retarget(track(), el.time);
  }
});
el.addEventListener('sortie-mode-change', (e) => {
  note(`mode-change ${JSON.stringify(e.detail)}`);
  el.mode = e.detail.mode;
  el.windowMs = e.detail.windowMs;
});
