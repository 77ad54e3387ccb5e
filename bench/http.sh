#!/usr/bin/env bash
# Server throughput on loopback with wrk: GET /healthz and POST /v1/analyze (the seed article),
# 64 connections, after a 2 s warm-up of each. Prints req/s, p50/p99 latency, idle and peak
# resident memory.
# Usage: bench/http.sh [ARTICLE] [DURATION]   (defaults: the test fixture, 10s)
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-Tests/CoreTests/Fixtures/seed-article.txt}
duration=${2:-10s}
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-64}
port=${PORT:-18089}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
source scripts/lib.sh
start_release_server "$port"
pid=$server_pid
echo "idle RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status)"

lua=$(mktemp)
python3 - "$article" > "$lua" <<'PY'
import sys
body = open(sys.argv[1], "rb").read()
# Lua 5.1 string literal: every byte outside printable ASCII as a decimal escape.
literal = "".join(chr(b) if 32 <= b < 127 and b not in (34, 92) else "\\%d" % b for b in body)
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "text/plain; charset=utf-8"')
print('wrk.body = "' + literal + '"')
PY

# Non-2xx answers (503 from a full queue, say) are counted apart: they are not throughput.
summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} /requests in/ {total=$1}
  END {printf "req/s %s  p50 %s  p99 %s  non-2xx %d of %s\n", rps, p50, p99, bad, total}'; }
# Two seconds of each route first, not counted: connections open, caches and allocator arenas warm.
wrk -t"$threads" -c"$connections" -d2s "http://127.0.0.1:$port/healthz" >/dev/null
wrk -t"$threads" -c"$connections" -d2s -s "$lua" "http://127.0.0.1:$port/v1/analyze" >/dev/null
echo "GET /healthz:      $(wrk -t"$threads" -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/healthz" | summary)"
echo "POST /v1/analyze:  $(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "http://127.0.0.1:$port/v1/analyze" | summary)"
echo "peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
rm -f "$lua"
