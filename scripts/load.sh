#!/usr/bin/env bash
# Load test: many signed-in clients at once against start-dev, on loopback only (issue 17).
#
#   scripts/load.sh                      # seed 20,000 assets once, then run every scenario
#   LOAD_SCENARIOS="assets api-assets" scripts/load.sh
#
# Steps: (1) start-dev once on a fresh data folder (migrations, the fictional sample organisation),
# stop it, insert LOAD_ASSETS assets with H2's RunScript (scripts/seed-assets.py) and create an API
# token for the demo auditor; (2) start again (LOAD_JAVA_OPTS are passed to the JVM, e.g. a profiler
# agent; the launcher's own defaults otherwise), sign LOAD_CLIENTS separate sessions in as the demo auditor (reads every unit); (3) for each
# scenario, warm up, then run wrk with one connection per client for LOAD_SECONDS and print one table
# row: requests/s, p50/p95/p99 latency, errors (non-2xx or socket errors), the JVM's CPU time per
# request and its resident memory afterwards.
# Needs wrk (apt-get install wrk), curl, python3. Every request goes to localhost.
# Settings: LOAD_DATA (/tmp/mamori-load), LOAD_PORT (18490), LOAD_ASSETS (20000), LOAD_CLIENTS (20),
# LOAD_SECONDS (30), LOAD_WARMUP (10 seconds), LOAD_REUSE=1 keeps a seeded data folder,
# LOAD_REBUILD=1 rebuilds the jar, LOAD_HEAP=1 prints the used heap after a full GC before and after each
# scenario (the soak's check), scenario "mixed" cycles the five list pages, LOAD_KEEP=1 leaves the server running at the end (prints its pid).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${LOAD_DATA:-/tmp/mamori-load}"
port="${LOAD_PORT:-18490}"
count="${LOAD_ASSETS:-20000}"
clients="${LOAD_CLIENTS:-20}"
seconds="${LOAD_SECONDS:-30}"
warmup="${LOAD_WARMUP:-10}"
scenarios="${LOAD_SCENARIOS:-assets policies incidents people home api-assets api-incidents}"
jar="$here/app/target/mamori.jar"
h2="$(ls "$HOME"/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)"
base="http://localhost:$port"
url="jdbc:h2:file:$data/mamori;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
work="$(mktemp -d)"
pid=""
command -v wrk >/dev/null || { echo "load.sh: wrk is required (apt-get install wrk)" >&2; exit 2; }
cleanup() {
  if [ -n "$pid" ] && [ "${LOAD_KEEP:-0}" != 1 ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f "$jar" ] || [ "${LOAD_REBUILD:-0}" = 1 ]; then
  (cd "$here" && ./mvnw -B -q -pl app -am package -DskipTests -Dspotless.check.skip=true)
fi

start() {
  # through the launcher, so the JVM options and the class-data archive are those users get;
  # LOAD_JAVA_OPTS, when set, replaces the launcher's options (e.g. to add a profiler agent)
  MAMORI_JAVA_OPTS="${LOAD_JAVA_OPTS:-}" "$here/mamori" start-dev --port "$port" --data "$data" > "$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP; then return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "the application did not start; see $data/app.log" >&2; tail -50 "$data/app.log" >&2; exit 2
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

if [ "${LOAD_REUSE:-0}" = 1 ] && [ -f "$data/mamori.mv.db" ] && [ -f "$data/load-token" ]; then
  echo "1. reusing the seeded data in $data" >&2
else
  rm -rf "$data"; mkdir -p "$data"
  echo "1. first start (migrations, sample organisation), then $count assets and an API token" >&2
  start; stop
  java -cp "$h2" org.h2.tools.Shell -url "$url" -user sa -password "" \
    -sql "select id from org_unit order by id" | grep -E '^[0-9]+ *$' | tr -d ' ' > "$work/units.txt"
  python3 "$here/scripts/seed-assets.py" "$count" "$work/units.txt" > "$work/seed.sql"
  java -cp "$h2" org.h2.tools.RunScript -url "$url" -user sa -password "" -script "$work/seed.sql"
  java -jar "$jar" api-token create --user auditor --name load --data "$data" 2>/dev/null \
    | grep -o 'mamori_[A-Za-z0-9_-]*' | head -1 > "$data/load-token"
  [ -s "$data/load-token" ] || { echo "load.sh: no API token was created" >&2; exit 2; }
fi
token="$(cat "$data/load-token")"

echo "2. start, sign in $clients sessions as the demo auditor" >&2
start
: > "$work/cookies.lua"
echo "cookies = {" >> "$work/cookies.lua"
for i in $(seq 1 "$clients"); do
  jar_cookies="$work/c$i.txt"
  csrf="$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -fs -o /dev/null -c "$jar_cookies" -b "$jar_cookies" -X POST "$base/login" \
    --data-urlencode "username=auditor" --data-urlencode "password=mamori-demo-2025" --data-urlencode "_csrf=$csrf"
  session="$(awk '$6 == "MAMORI_SESSION" {print $7}' "$jar_cookies")"
  [ -n "$session" ] || { echo "load.sh: sign-in $i failed" >&2; exit 2; }
  echo "  \"MAMORI_SESSION=$session\"," >> "$work/cookies.lua"
done
echo "}" >> "$work/cookies.lua"

cat "$work/cookies.lua" - > "$work/load.lua" <<LUA
token = "$token"
local counter = 0
local threads = {}
function setup(thread)
  counter = counter + 1
  thread:set("cookie", cookies[(counter - 1) % #cookies + 1])
  table.insert(threads, thread)
end
local pages = { "/assets", "/policies", "/incidents", "/people", "/" }
function init(args)
  api = args[1] == "api"
  mixed = args[1] == "mixed"
  not_ok = 0
  turn = 0
end
function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end
function request()
  if api then
    return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
  end
  local path = nil
  if mixed then
    turn = turn + 1
    path = pages[turn % #pages + 1]
  end
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "text/html" })
end
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do errors = errors + thread:get("not_ok") end
  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
LUA

path_of() {
  case "$1" in
    assets) echo "/assets" ;;
    policies) echo "/policies" ;;
    incidents) echo "/incidents" ;;
    people) echo "/people" ;;
    home) echo "/" ;;
    api-assets) echo "/api/v1/assets" ;;
    api-incidents) echo "/api/v1/incidents" ;;
    mixed) echo "/" ;;
    *) echo "load.sh: unknown scenario $1" >&2; exit 2 ;;
  esac
}
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }
hz="$(getconf CLK_TCK)"
# used Java heap (generations, not metaspace) right after a forced full collection (jcmd), in MB
heap_after_gc() {
  jcmd "$pid" GC.run > /dev/null
  jcmd "$pid" GC.heap_info | awk '/generation|region/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); t += v } }
    END { printf "%d", t / 1024 }'
}

echo "3. scenarios: $clients clients, ${seconds} s each after ${warmup} s of warm-up" >&2
printf '| scenario | path | requests | req/s | p50 ms | p95 ms | p99 ms | errors | JVM CPU ms/req | RSS MB after |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for s in $scenarios; do
  path="$(path_of "$s")"
  kind=page; case "$s" in api-*) kind=api ;; mixed) kind=mixed ;; esac
  if [ "$kind" != api ]; then
    code="$(curl -s -o "$work/check.html" -w '%{http_code}' -b "MAMORI_SESSION=$(sed -n 2p "$work/cookies.lua" | cut -d= -f2 | tr -d '",')" "$base$path")"
  else
    code="$(curl -s -o "$work/check.html" -w '%{http_code}' -H "Authorization: Bearer $token" "$base$path")"
  fi
  [ "$code" = 200 ] || { echo "load.sh: $path answered $code before the run" >&2; exit 2; }
  wrk -t "$clients" -c "$clients" -d "${warmup}s" -s "$work/load.lua" "$base$path" -- "$kind" > /dev/null
  if [ "${LOAD_HEAP:-0}" = 1 ]; then echo "  heap after a full GC before $s: $(heap_after_gc) MB" >&2; fi
  before="$(ticks)"
  out="$(wrk -t "$clients" -c "$clients" -d "${seconds}s" --timeout 10s -s "$work/load.lua" "$base$path" -- "$kind")"
  after="$(ticks)"
  read -r _ n rps p50 p95 p99 errors <<< "$(grep '^RESULT' <<< "$out")"
  cpu="$(python3 -c "print(f'{($after - $before) * 1000 / $hz / max($n, 1):.1f}')")"
  if [ "${LOAD_HEAP:-0}" = 1 ]; then echo "  heap after a full GC after $s: $(heap_after_gc) MB" >&2; fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$s" "$path" "$n" "$rps" "$p50" "$p95" "$p99" "$errors" "$cpu" "$(rss)"
done
echo >&2
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$here" rev-parse --short HEAD)" >&2
if [ "${LOAD_KEEP:-0}" = 1 ]; then echo "server left running: pid $pid, port $port" >&2; fi
