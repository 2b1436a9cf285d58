#!/usr/bin/env bash
# Offline web scan of a running mamori with Debian's wapiti (apt-get install wapiti).
#
#   scripts/security-scan.sh [PORT]        (default port 18089)
#
# Starts `./mamori start-dev` on 127.0.0.1:PORT with a fresh data folder (sample organisation),
# signs in as the demo account `manager` (password only, no second factor), scans everything the
# account reaches except sign-out and the account page, then stops the server and removes the
# folder. The report goes to app/target/security-scan/ (report.json, wapiti.log), never into
# the tracked tree. Findings are triaged in docs/security.md ("Web scan").
# Environment: MAMORI_SCAN_OUT (report folder), MAMORI_SCAN_MINUTES (scan time limit, default 20),
# MAMORI_SCAN_ATTACK_SECONDS (time limit of each attack module, default 120).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${1:-18089}"
out="${MAMORI_SCAN_OUT:-$here/app/target/security-scan}"
minutes="${MAMORI_SCAN_MINUTES:-20}"
attack_seconds="${MAMORI_SCAN_ATTACK_SECONDS:-120}"
base="http://127.0.0.1:$port"

command -v wapiti >/dev/null || { echo "security-scan: wapiti is missing (apt-get install wapiti)" >&2; exit 2; }
mkdir -p "$out"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "security-scan: starting mamori on $base (log: $out/server.log)" >&2
"$here/mamori" start-dev --port "$port" --data "$work/data" >"$out/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
  if curl -fs -o /dev/null "$base/login" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "security-scan: the server stopped; see $out/server.log" >&2; exit 2; fi
  sleep 1
done
curl -fsS -o /dev/null "$base/login" || { echo "security-scan: the server did not answer in 180 s" >&2; exit 2; }

# wapiti's "ssrf" and "wapp" modules need the Internet and are not used; the scan runs offline
# sign in: the sign-in form's CSRF token, then the password step
jar="$work/cookies.txt"
token="$(curl -fsS -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=manager" \
  --data-urlencode "password=mamori-demo-2025" --data-urlencode "_csrf=$token" "$base/login"
session="$(awk '$6 == "MAMORI_SESSION" {print $7}' "$jar" | tail -1)"
[ -n "$session" ] || { echo "security-scan: sign-in gave no session cookie" >&2; exit 2; }
curl -fsS -o /dev/null -b "MAMORI_SESSION=$session" "$base/assets" \
  || { echo "security-scan: the signed-in session does not reach /assets" >&2; exit 2; }
cat >"$work/cookie.json" <<JSON
{"127.0.0.1": {"/": {"MAMORI_SESSION": {"value": "$session", "version": 0, "expires": null, "secure": false, "port": null}}}}
JSON

echo "security-scan: scanning (at most $minutes minutes)" >&2
status=0
# Debian's wapiti 3.0.4 puts the regex flags of an excluded URL at the end, which Python 3.11
# refuses ("global flags not at the start"): run it with that one function corrected
wapiti() {
  /usr/bin/python3 - "$@" <<'PY'
import re, sys
import wapitiCore.net.crawler as crawler
def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PY
}
wapiti -u "$base/" --scope folder -c "$work/cookie.json" \
  -x "$base/logout" -x "$base/account" -x "$base/account/*" -x "$base/login*" \
  -m "blindsql,sql,exec,file,xss,permanentxss,redirect,crlf,csrf,cookieflags,csp,http_headers,methods,backup,htaccess" \
  --flush-session --store-session "$work/wapiti" --store-config "$work/wapiti-config" \
  --max-scan-time "$((minutes * 60))" --max-attack-time "$attack_seconds" --max-links-per-page 60 --max-files-per-dir 40 \
  -f json -o "$out/report.json" >"$out/wapiti.log" 2>&1 || status=$?
# one line per finding category with its count (the triage is in docs/security.md)
/usr/bin/python3 - "$out/report.json" <<'PY' >&2 || true
import json, sys
report = json.load(open(sys.argv[1]))
for kind, label in (("vulnerabilities", "vulnerability"), ("anomalies", "anomaly"), ("additionals", "note")):
    for name, items in sorted(report.get(kind, {}).items()):
        if items:
            print(f"  {label}: {name}: {len(items)}")
PY
echo "security-scan: wapiti exit $status; report in $out/report.json" >&2
exit "$status"
