#!/usr/bin/env bash
# Peak resident memory of the release server while N large articles are analysed at once.
# The article is the seed article repeated to just under 1 MiB (the default body limit), so
# every request is the largest a client may send. Each count runs on a fresh server, because
# the kernel's peak (VmHWM) never goes down. Prints, per count: idle RSS, peak RSS, and the
# statuses the N requests got (200, or 503 when the memory budget refused them).
# Usage: bench/memory.sh [COUNTS...] [-- SERVE OPTIONS...]   (default counts: 1 3 8)
#   bench/memory.sh 3 8 -- --memory-budget 1024     (a budget of 1 GiB: effectively off)
#   SYNTAX=1 bench/memory.sh 3 8                    (JSON requests with "syntax": true)
set -euo pipefail
cd "$(dirname "$0")/.."
counts=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do counts+=("$1"); shift; done
[ $# -gt 0 ] && shift
[ ${#counts[@]} -eq 0 ] && counts=(1 3 8)
port=${PORT:-18091}

# LEDE_BIN runs another build (the previous round's, say) instead of this tree's.
if [ -n "${LEDE_BIN:-}" ]; then
  bin=$LEDE_BIN
else
  swift build -c release -j 1 --product lede >/dev/null
  bin="$(swift build -c release --show-bin-path)/lede"
fi
article=$(mktemp)
# SYNTAX=1 sends each article as a JSON request with "syntax": true, the largest answer there is.
python3 - Tests/ServerTests/Fixtures/seed-article.txt "$article" "${SYNTAX:-0}" <<'PY'
import json, sys
seed = open(sys.argv[1], encoding="utf-8").read()
limit = 1 << 20
def body(text):
    if sys.argv[3] == "1":
        return json.dumps({"text": text, "syntax": True}, ensure_ascii=False).encode()
    return text.encode()
text = ""
while len(body(text + seed + "\n\n")) <= limit:
    text += seed + "\n\n"
open(sys.argv[2], "wb").write(body(text))
PY
content_type=text/plain
[ "${SYNTAX:-0}" = 1 ] && content_type=application/json
echo "article: $(wc -c < "$article") bytes of $content_type; serve options: ${*:-(defaults)}"

server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -f "$article"; }
trap cleanup EXIT

for count in "${counts[@]}"; do
  "$bin" serve --port "$port" --access-log false "$@" 2>/dev/null &
  server_pid=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
  # One small analysis first, so the idle figure includes what any first request touches.
  curl -fs --data-binary @Tests/ServerTests/Fixtures/seed-article.txt -H 'Content-Type: text/plain' \
    "http://127.0.0.1:$port/v1/analyze" >/dev/null
  idle=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)
  statuses=$(mktemp)
  start=$(date +%s.%N)
  clients=()
  for _ in $(seq "$count"); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 120 --data-binary @"$article" -H "Content-Type: $content_type" \
      "http://127.0.0.1:$port/v1/analyze" >> "$statuses" &
    clients+=($!)
  done
  wait "${clients[@]}"

  elapsed=$(echo "$(date +%s.%N) - $start" | bc)
  peak=$(awk '/VmHWM/ {print $2}' /proc/$server_pid/status)
  after=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)
  printf '%d at once: idle RSS %d kB, peak RSS %d kB (+%d kB), RSS after %d kB, %.1f s, statuses: %s\n' \
    "$count" "$idle" "$peak" $((peak - idle)) "$after" "$elapsed" "$(sort "$statuses" | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
  rm -f "$statuses"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=
done
