#!/usr/bin/env bash
# Asset register: how fast the filtered list page answers with 10,000 assets.
#
#   scripts/bench-asset-list.sh            # build the jar if missing, seed, measure, print a table
#
# Steps: (1) start-dev once on a fresh data folder, so Flyway migrates and the sample organisation
# (架空市職員共済組合) is seeded, then stop it; (2) insert BENCH_ASSETS assets straight into the H2 file
# with H2's RunScript (spread over every unit, the four zones, the three kinds, all levels and personal
# data flags; a read benchmark, so no history rows or audit entries are written); (3) start again,
# sign in as the demo auditor (reads every unit), warm up, then time BENCH_REQUESTS requests of each
# list scenario with curl and print p50 / p95 / max in milliseconds, and the application's own CPU time
# per request (utime + stime of the JVM over the scenario, divided by the requests): a figure that
# shows the cost of a page even when other work on the machine stretches the wall time.
# Settings: BENCH_DATA (/tmp/mamori-bench-assets), BENCH_PORT (18480), BENCH_ASSETS (10000),
# BENCH_REQUESTS (200), BENCH_WARMUP (30), BENCH_REBUILD=1 to rebuild the jar first, BENCH_REUSE=1 to
# keep an already seeded data folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${BENCH_DATA:-/tmp/mamori-bench-assets}"
port="${BENCH_PORT:-18480}"
count="${BENCH_ASSETS:-10000}"
requests="${BENCH_REQUESTS:-200}"
warmup="${BENCH_WARMUP:-30}"
jar="$here/app/target/mamori.jar"
h2="$(ls "$HOME"/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)"
base="http://localhost:$port"
url="jdbc:h2:file:$data/mamori;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
work="$(mktemp -d)"
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

if [ ! -f "$jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  (cd "$here" && ./mvnw -B -q -pl app -am package -DskipTests -Dspotless.check.skip=true)
fi

start() {
  java -jar "$jar" start-dev --port "$port" --data "$data" > "$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    if curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP; then return 0; fi
    sleep 1
  done
  echo "the application did not start; see $work/app.log" >&2; cat "$work/app.log" >&2; exit 2
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

units() {
  java -cp "$h2" org.h2.tools.Shell -url "$url" -user sa -password "" \
    -sql "select id from org_unit order by id" | grep -E '^[0-9]+ *$' | tr -d ' ' > "$work/units.txt"
}
if [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$data/mamori.mv.db" ]; then
  echo "1–2. reusing the seeded register in $data"
  units
else
rm -rf "$data"; mkdir -p "$data"
echo "1. first start (migrations, sample organisation)"
start; stop

echo "2. seeding $count assets"
units
python3 "$here/scripts/seed-assets.py" "$count" "$work/units.txt" > "$work/seed.sql"
java -cp "$h2" org.h2.tools.RunScript -url "$url" -user sa -password "" -script "$work/seed.sql"
fi
unit="$(sed -n 2p "$work/units.txt")"

echo "3. measuring (sign-in as the demo auditor)"
start
jar_cookies="$work/cookies.txt"
csrf="$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -fs -o /dev/null -c "$jar_cookies" -b "$jar_cookies" -X POST "$base/login" \
  --data-urlencode "username=auditor" --data-urlencode "password=mamori-demo-2025" --data-urlencode "_csrf=$csrf"
total="$(curl -fs -b "$jar_cookies" -H 'Accept: text/html' "$base/assets?status=ALL" | grep -o 'id="asset-count">[^<]*' | sed 's/.*>//')"
echo "   list page shows: $total"
[ -n "$total" ] || { echo "sign-in or list page failed" >&2; exit 2; }

scenarios=(
  "no filter|/assets"
  "zone|/assets?zone=LGWAN"
  "unit + class|/assets?unit=$unit&conf=3"
  "kind + personal data|/assets?kind=INFORMATION&personal=SPECIFIC"
  "text|/assets?q=%E5%8F%B0%E5%B8%B3"
  "class order, page 40|/assets?sort=CLASS&page=40"
)
for _ in $(seq 1 "$warmup"); do
  for s in "${scenarios[@]}"; do
    curl -fsS -o /dev/null -b "$jar_cookies" -H 'Accept: text/html' "$base${s#*|}" || { echo "failed: ${s#*|}" >&2; exit 2; }
  done
done
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz="$(getconf CLK_TCK)"
printf '\n| scenario | requests | p50 ms | p95 ms | max ms | server CPU ms/request |\n|---|---|---|---|---|---|\n'
for s in "${scenarios[@]}"; do
  name="${s%%|*}"; path="${s#*|}"
  before="$(ticks)"
  for _ in $(seq 1 "$requests"); do
    curl -fs -o /dev/null -b "$jar_cookies" -H 'Accept: text/html' -w '%{time_total}\n' "$base$path"
  done > "$work/times.txt"
  cpu="$(python3 -c "print(f'{($(ticks) - $before) * 1000 / $hz / $requests:.1f}')")"
  python3 -c '
import sys
t = sorted(float(l) * 1000 for l in open(sys.argv[1]) if l.strip())
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f"| {sys.argv[2]} | {len(t)} | {p(0.5):.1f} | {p(0.95):.1f} | {t[-1]:.1f} | {sys.argv[3]} |")' "$work/times.txt" "$name" "$cpu"
done
echo
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
