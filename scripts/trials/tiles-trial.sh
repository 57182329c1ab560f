#!/usr/bin/env bash
# The vector-tile trial of docs/beyond-the-browser.md, runnable again. For each size N:
#   1. N generated events as newline-delimited GeoJSON with start_day/end_day/kind
#      (tiles-data.ts), and the time strip's histogram as a precomputed file;
#   2. "all": PMTiles with every point at every zoom (tippecanoe -r1, no feature or tile
#      size limit), timed, with peak memory;
#   3. "overview": the low-zoom alternative, the same events aggregated into cells × months
#      (tiles-aggregate.ts), tiled for z0–OVERVIEW_MAX only;
#   4. "places": the high-zoom fix for stacked places, the events merged per (place, month)
#      (cells of zoom 16, about 600 m), tiled for z6–MAXZOOM;
#   5. per-zoom tile counts and sizes of each (tiles-stats.ts).
# Writes into tiles-trial/ (gitignored). The browser half is tiles-browser.ts.
#
#   scripts/trials/tiles-trial.sh [N ...]          (default: 100000 1000000)
#   TIPPECANOE=/path/to/tippecanoe MAXZOOM=10 OVERVIEW_MAX=5 scripts/trials/tiles-trial.sh
#
# tippecanoe is not in Debian 12's archive; docs/beyond-the-browser.md says how it was built.
set -euo pipefail
cd "$(dirname "$0")/../.."

TIPPECANOE=${TIPPECANOE:-tippecanoe}
OUT=${OUT:-tiles-trial}
MAXZOOM=${MAXZOOM:-10}
OVERVIEW_MAX=${OVERVIEW_MAX:-5}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100000 1000000)

command -v "$TIPPECANOE" >/dev/null || { echo "no tippecanoe at '$TIPPECANOE' (set TIPPECANOE=...)" >&2; exit 1; }
mkdir -p "$OUT"
echo "tiles-trial: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$TIPPECANOE" --version 2>&1 | head -1)"

# Runs a command, printing its wall time and peak resident memory (GNU time).
timed() {
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, peak RSS %M KB" "$@"
}

for N in "${SIZES[@]}"; do
  echo
  echo "== $N events =="
  npx tsx scripts/trials/tiles-data.ts --count "$N" --out "$OUT"
  ls -l "$OUT/events-$N.geojsonl" | awk '{print "input: " $5 " bytes"}'

  timed "tippecanoe all z0-$MAXZOOM" "$TIPPECANOE" -o "$OUT/events-$N.pmtiles" --force --quiet \
    -l events -Z0 -z"$MAXZOOM" -r1 --no-feature-limit --no-tile-size-limit --read-parallel \
    "$OUT/events-$N.geojsonl"
  npx tsx scripts/trials/tiles-stats.ts "$OUT/events-$N.pmtiles" --count-all --json "$OUT/stats-all-$N.json"

  npx tsx scripts/trials/tiles-aggregate.ts "$OUT/events-$N.geojsonl" --out "$OUT/overview-$N.geojsonl"
  timed "tippecanoe overview z0-$OVERVIEW_MAX" "$TIPPECANOE" -o "$OUT/overview-$N.pmtiles" --force --quiet \
    -l overview -Z0 -z"$OVERVIEW_MAX" -r1 --no-feature-limit --no-tile-size-limit --read-parallel \
    "$OUT/overview-$N.geojsonl"
  npx tsx scripts/trials/tiles-stats.ts "$OUT/overview-$N.pmtiles" --count-all --json "$OUT/stats-overview-$N.json"

  npx tsx scripts/trials/tiles-aggregate.ts "$OUT/events-$N.geojsonl" --cell-zoom 16 --out "$OUT/places-$N.geojsonl"
  timed "tippecanoe places z6-$MAXZOOM" "$TIPPECANOE" -o "$OUT/places-$N.pmtiles" --force --quiet \
    -l overview -Z6 -z"$MAXZOOM" -r1 --no-feature-limit --no-tile-size-limit --read-parallel \
    "$OUT/places-$N.geojsonl"
  npx tsx scripts/trials/tiles-stats.ts "$OUT/places-$N.pmtiles" --count-all --json "$OUT/stats-places-$N.json"
done
