#!/usr/bin/env bash
# Hostile traffic on loopback against a release `lede serve`, every attack bounded in time:
# slowloris and slow body (slowhttptest), 2,000 idle connections, clients that vanish mid-request
# and mid-response, a pipelined flood, oversized bodies and gzip bombs, empty batches (fast and
# trickled) and batches with broken gzip. A probe asks /healthz on a fresh connection every 100 ms
# throughout and records the latency per attack; at the end the server must still answer an
# analysis byte-for-byte as before, RSS and threads are compared with the start, and no connection
# may be leaked: fds and the open_connections and in_flight gauges of /metrics back to baseline.
# Exits non-zero if the server stopped answering, did not recover or leaked.
# Usage: bench/hostile.sh   (about 4 minutes; needs slowhttptest: apt-get install slowhttptest;
#        JOBS=1 limits the release build to one job)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v slowhttptest >/dev/null || { echo "slowhttptest is missing: apt-get install slowhttptest" >&2; exit 1; }
ulimit -n 20000 2>/dev/null || true

swift build -c release ${JOBS:+-j "$JOBS"} --product lede 2>&1 | grep -E "error|complete" >&2 || true
bin="$(swift build -c release --show-bin-path)/lede"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
helper="python3 bench/hostile.py $port"

"$bin" serve --port "$port" --access-log false 2>"$work/server.log" &
pid=$!
trap 'touch "$work/stop"; kill $pid 2>/dev/null || true; wait 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

stats() { printf 'RSS %s kB, fds %s, threads %s' "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)" \
    "$(ls /proc/$pid/fd | wc -l)" "$(awk '/Threads/ {print $2}' /proc/$pid/status)"; }
analyze() { curl -fsS --max-time 10 --data-binary @Tests/CoreTests/Fixtures/seed-article.txt \
    -H 'Content-Type: text/plain; charset=utf-8' "http://127.0.0.1:$port/v1/analyze"; }

analyze >"$work/reference.json"   # also warms up
before=$(stats)
base_fds=$(ls /proc/$pid/fd | wc -l)
read -r base_open base_inflight < <($helper gauges)
echo "before: $before, open_connections $base_open, in_flight $base_inflight"

# Written whole and renamed, so the probe never reads a half-written (empty) phase name.
phase() { echo "$1" >"$work/phase.new"; mv "$work/phase.new" "$work/phase"; echo "== $1" >&2; }
phase idle-baseline
$helper probe "$work/probe.log" "$work/phase" "$work/stop" &
probe=$!
sleep 3

phase slowloris
timeout 60 slowhttptest -c 1000 -H -i 10 -r 200 -t GET -u "http://127.0.0.1:$port/healthz" -x 24 -p 3 -l 30 \
    -o "$work/slowloris" >"$work/slowloris.out" 2>&1 || true
grep -E "^.*(closed|pending|connected|error|service available)" "$work/slowloris.out" | tail -5 >&2 || true

phase slow-body
timeout 60 slowhttptest -c 1000 -B -i 10 -r 200 -s 8192 -t POST -f 'text/plain; charset=utf-8' \
    -u "http://127.0.0.1:$port/v1/analyze" -x 10 -p 3 -l 30 -o "$work/slowbody" >"$work/slowbody.out" 2>&1 || true
grep -E "^.*(closed|pending|connected|error|service available)" "$work/slowbody.out" | tail -5 >&2 || true

phase idle-2000
timeout 60 $helper idle 2000 20 >&2

phase disconnects
timeout 90 $helper disconnect 400 >&2

phase pipelined-flood
timeout 90 $helper pipeline 4 10000 >&2

phase oversized-and-bombs
timeout 120 $helper oversized >&2

phase empty-batch
timeout 90 $helper empty-batch 400 >&2

phase broken-gzip-batch
timeout 90 $helper broken-gzip-batch 300 >&2

phase slow-empty-batch
timeout 90 $helper slow-empty-batch 200 5 >&2

# Recovery: connections the attacks left behind close on their timeouts; wait for the fds to settle.
phase recovery
touch "$work/stop"
wait $probe || true
for _ in $(seq 120); do
    read -r open inflight < <($helper gauges)
    [ "$(ls /proc/$pid/fd | wc -l)" -le "$base_fds" ] && [ "$open" -le "$base_open" ] && [ "$inflight" -le "$base_inflight" ] && break
    sleep 0.5
done

after=$(stats)
after_fds=$(ls /proc/$pid/fd | wc -l)
read -r after_open after_inflight < <($helper gauges)
leaked=no
[ "$after_fds" -le "$base_fds" ] && [ "$after_open" -le "$base_open" ] && [ "$after_inflight" -le "$base_inflight" ] || leaked=yes
ok=yes
analyze >"$work/after.json" || ok=no
cmp -s "$work/reference.json" "$work/after.json" || ok=no

echo
printf '%-22s %8s %10s %8s\n' phase probes "max ms" failed
awk '{n[$1]++; if ($2 < 0) f[$1]++; else if ($2 > m[$1]) m[$1] = $2; if (!($1 in o)) o[$1] = NR}
     END {for (p in o) printf "%d %-22s %8d %10.1f %8d\n", o[p], p, n[p], m[p], f[p]}' "$work/probe.log" | sort -n | cut -d' ' -f2-
echo
echo "before: $before"
echo "after:  $after"
echo "answers the seed article identically after the attacks: $ok"
echo "leaked connections: fds $base_fds -> $after_fds, open_connections $base_open -> $after_open, in_flight $base_inflight -> $after_inflight: leaked $leaked"
[ "$ok" = yes ] && [ "$leaked" = no ] && kill -0 $pid
