#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs every netcheck benchmark with short JMH settings
# (one fork; warm-up and measurement iterations of 1–2 s), then the DuckDB side-by-side comparison.
# A full run takes about five minutes on 2 cores. Results: bench/target/results/.
#   bench/run.sh            all
#   bench/run.sh quick      one iteration each, to check that everything runs
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl netcheck,bench -am package -DskipTests
JAR=bench/target/benchmarks.jar
OUT=bench/target/results
mkdir -p "$OUT"

if [[ "${1:-}" == "quick" ]]; then
  SHORT=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  ROWS=200000
else
  SHORT=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
  ROWS=1000000
fi

java -version 2>&1 | head -1 | tee "$OUT/java.txt"
# zone lookup: ns per lookup (avgt)
java -jar "$JAR" 'jp.mamori.bench.ZoneLookupBench' "${SHORT[@]}" -rf json -rff "$OUT/zone-lookup.json" | tee "$OUT/zone-lookup.txt"
# NetFlow v5 and FortiGate: records (lines) per second on one thread (thrpt, one op = one record)
java -jar "$JAR" 'jp.mamori.bench.NetFlow5Bench' "${SHORT[@]}" -rf json -rff "$OUT/netflow5.json" | tee "$OUT/netflow5.txt"
java -jar "$JAR" 'jp.mamori.bench.FortiGateBench' "${SHORT[@]}" -rf json -rff "$OUT/fortigate.json" | tee "$OUT/fortigate.txt"
# rule analysis: single shot, 1 warm-up + 3 measured runs in a JVM with -Xmx1g (set on the class)
java -jar "$JAR" 'jp.mamori.bench.RuleAnalysisBench' -rf json -rff "$OUT/rule-analysis.json" | tee "$OUT/rule-analysis.txt"
# a large composed ASA rule set (object-groups, in and out ACLs composed per interface pair):
# sizes and one import + analysis outside JMH, then the JMH single shots
java -Xmx1g -cp "$JAR" jp.mamori.bench.AsaComposedBench | tee "$OUT/asa-composed-sizes.txt"
java -jar "$JAR" 'jp.mamori.bench.AsaComposedBench' -rf json -rff "$OUT/asa-composed.json" | tee "$OUT/asa-composed.txt"
# the same CSV classification by netcheck and DuckDB, DuckDB on 1 thread, then on 2
java -cp "$JAR" jp.mamori.bench.DuckDbComparison "$ROWS" 1 | tee "$OUT/duckdb-1-thread.txt"
java -cp "$JAR" jp.mamori.bench.DuckDbComparison "$ROWS" 2 | tee "$OUT/duckdb-2-threads.txt"
# CPU time next to wall time for the two flow paths: shows how much of the figures above is load
java -cp "$JAR" jp.mamori.bench.CpuTimeProbe | tee "$OUT/cpu-time.txt"
