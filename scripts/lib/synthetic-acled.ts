/**
 * An ACLED-shaped CSV (the 2024 export's columns) of any size, for trying the import and
 * the map at 10^5–10^6 events the way a newsroom would: a CSV through `npm run import`.
 * Seeded and made up: every row says so in its notes, actors and places are invented, and
 * the coordinates are scattered around a few regions. Not ACLED data.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from './synthetic';

const HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

const TYPES: Array<[string, string[]]> = [
  ['Battles', ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']],
  ['Explosions/Remote violence', ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED']],
  ['Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
  ['Protests', ['Peaceful protest', 'Protest with intervention']],
  ['Riots', ['Violent demonstration', 'Mob violence']],
  ['Strategic developments', ['Looting/property destruction', 'Arrests', 'Agreement']],
];
const COUNTRIES: Array<[string, string, number, number]> = [
  ['Aldoria', 'ALD', 36, 34], ['Brevia', 'BRV', 44, 48], ['Castora', 'CST', 30, 15], ['Dunmere', 'DNM', -3, 25],
  ['Estrava', 'EST', 100, 20], ['Feloria', 'FEL', -75, 5], ['Galmark', 'GLM', 20, 50],
];
const SOURCES = ['Local media', 'Reuters', 'AFP', 'Regional outlet', 'NGO report', 'Social media; Local media'];
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const DAY = 86_400_000;

/** Writes `count` rows to `path`; resolves with the bytes written. */
export async function writeSyntheticAcled(path: string, count: number, seed = 7): Promise<number> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const places = Array.from({ length: Math.max(50, Math.min(20_000, Math.round(count / 50))) }, (_, i) => {
    const [country, iso, lon, lat] = COUNTRIES[i % COUNTRIES.length] as (typeof COUNTRIES)[number];
    return { country, iso, name: `Town ${i + 1}`, admin1: `Province ${(i % 40) + 1}`, lon: (lon + (random() - 0.5) * 14).toFixed(4), lat: (lat + (random() - 0.5) * 9).toFixed(4) };
  });
  const start = Date.UTC(2010, 0, 1);
  const days = 15 * 365;
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${HEADER}\n`);
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    const place = pick(places);
    const [type, subs] = pick(TYPES);
    const sub = pick(subs);
    const date = new Date(start + Math.floor(random() * days) * DAY).toISOString().slice(0, 10);
    const precision = random() < 0.85 ? '1' : random() < 0.6 ? '2' : '3';
    const actor1 = `${pick(['Military Forces', 'Police Forces', 'Rebel Front', 'Militia', 'Protesters'])} of ${place.country}`;
    const actor2 = random() < 0.5 ? `Civilians (${place.country})` : '';
    const row = [
      `${place.iso}${i + 1}`, date, date.slice(0, 4), precision, 'Political violence', type, sub, actor1, '', 'State forces',
      actor2, '', actor2 ? 'Civilians' : '', '', '', '0', 'Synthetic', place.country, place.admin1, '', '', place.name,
      place.lat, place.lon, pick(['1', '1', '2', '3']), pick(SOURCES), 'National',
      `Synthetic row ${i + 1}, not a real event: ${sub.toLowerCase()} near ${place.name}.`, String(Math.floor(random() * random() * 20)), '', String(1_700_000_000 + i),
    ];
    batch.push(row.map(csvCell).join(','));
    if (batch.length === 5000) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) await write(`${batch.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
  return bytes;
}
