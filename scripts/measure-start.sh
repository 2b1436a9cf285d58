#!/usr/bin/env bash
# Measures mamori start-up: time from launching `./mamori start-dev` (fresh data folder, jar already
# built) until /actuator/health answers UP, and the resident memory (VmRSS from /proc) right after.
#   scripts/measure-start.sh [RUNS]            (default 3 runs)
#   MAMORI_JAR=path/to/mamori.jar scripts/measure-start.sh   runs `java -jar JAR start-dev` instead
#   MEASURE_DATA=DIR scripts/measure-start.sh   starts on an existing data folder (kept) instead of a fresh one
# Prints one Markdown table row per run and the median. "CPU" is the JVM's user+system CPU time
# until health UP (from /proc/PID/stat); on a loaded machine it shows the work done, which the wall
# time hides under waiting for a core.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
command -v curl >/dev/null || { echo "measure-start: curl is required" >&2; exit 2; }
if [ -z "${MAMORI_JAR:-}" ] && [ ! -f "$root/app/target/mamori.jar" ]; then
  echo "measure-start: build the jar first (./mvnw -pl app -am package -DskipTests)" >&2; exit 2
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

times=(); rsss=(); cpus=()
tick=$(getconf CLK_TCK)
echo "| run | start to health UP (s) | JVM CPU time until UP (s) | RSS after start (MB) | load average (1 min) |"
echo "|---|---|---|---|---|"
for i in $(seq 1 "$runs"); do
  if [ -n "${MEASURE_DATA:-}" ]; then data="$MEASURE_DATA"; else data="$(mktemp -d)"; fi
  port="$(free_port)"; log="$(mktemp)"
  start=$(date +%s.%N)
  if [ -n "${MAMORI_JAR:-}" ]; then
    java ${MAMORI_JAVA_OPTS:-} -jar "$MAMORI_JAR" start-dev --port "$port" --data "$data" >"$log" 2>&1 &
  else
    "$root/mamori" start-dev --port "$port" --data "$data" >"$log" 2>&1 &
  fi
  pid=$!   # ./mamori execs java, so this is the JVM itself
  up=""
  for _ in $(seq 1 1200); do
    if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  end=$(date +%s.%N)
  if [ -z "$up" ]; then
    echo "measure-start: run $i did not come up; log follows" >&2; cat "$log" >&2
    kill "$pid" 2>/dev/null || true; [ -n "${MEASURE_DATA:-}" ] || rm -rf "$data"; rm -f "$log"; exit 1
  fi
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  cpu_ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  load=$(cut -d' ' -f1 /proc/loadavg)
  secs=$(echo "$end - $start" | bc -l); mb=$(echo "$rss_kb / 1024" | bc -l); cpu=$(echo "$cpu_ticks / $tick" | bc -l)
  printf "| %d | %.1f | %.1f | %.0f | %s |\n" "$i" "$secs" "$cpu" "$mb" "$load"
  times+=("$secs"); rsss+=("$mb"); cpus+=("$cpu")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -n "${MEASURE_DATA:-}" ] || rm -rf "$data"; rm -f "$log"
done
median() { printf "%s\n" "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf "| median | %.1f | %.1f | %.0f | |\n" "$(median "${times[@]}")" "$(median "${cpus[@]}")" "$(median "${rsss[@]}")"
