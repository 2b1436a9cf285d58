#!/usr/bin/env bash
# Runs the unit and web tests (the `test` phase of app) once per hard day, with the application
# clock of the whole run started at that moment (-Dmamori.test.clock, read by TestClock):
#   scripts/sweep-hard-days.sh                 # the four default moments below
#   scripts/sweep-hard-days.sh 2027-03-31T23:57 2028-02-29
# A moment three minutes before midnight (Japan time) crosses into the next day during the run:
# 年度末 3/31→4/1, 12/31→1/1, 2028-02-29 is a leap day (10:00), and a 年度末 fifteen years on (2041),
# for anything that quietly assumes the present decade. Moments before 2026 mean nothing here: the test
# fixtures date documents and assets from 2024 on as the past. The change of era (平成→令和, 2019) is
# covered by WarekiTests with explicit dates.
# Prints one line per moment with the Surefire totals; exits 1 when any run failed. Not run by CI
# (about five minutes a moment); see docs/architecture.md, "Tests".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
moments=("$@")
[ ${#moments[@]} -eq 0 ] && moments=(2026-03-31T23:57 2026-12-31T23:57 2028-02-29 2041-03-31T23:57)
run=(./mvnw -o -B -pl app test)
command -v heavy >/dev/null && run=(heavy "${run[@]}")
failed=0
for moment in "${moments[@]}"; do
  log="$(mktemp -t mamori-sweep-XXXXXX.log)"
  "${run[@]}" -Dmamori.test.clock="$moment" >"$log" 2>&1
  code=$?
  totals="$(grep -a -E 'Tests run: [0-9]+, Failures' "$log" | tail -1 | sed -E 's/^\[[A-Z]+\] //')"
  echo "$moment exit=$code $totals (log: $log)"
  [ "$code" -ne 0 ] && failed=1
done
exit "$failed"
