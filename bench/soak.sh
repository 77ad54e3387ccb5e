#!/usr/bin/env bash
# Soak: SECONDS (default 600) of mixed traffic at the rate the machine sustains — analyze (the
# seed article), batch (three lines), /healthz and malformed JSON — with wrk on loopback. Every
# response is compared byte for byte with a reference taken once before the soak (the output is
# deterministic), so a single wrong answer shows. RSS, fds and threads are sampled after a 60 s
# warm-up, every 10 s, and at the end. Exits non-zero on any wrong answer or on RSS growth > 10 %.
# Usage: bench/soak.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
connections=${SOAK_CONNECTIONS:-8}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

swift build -c release --product lede 2>&1 | grep -E "error|complete" >&2 || true
bin="$(swift build -c release --show-bin-path)/lede"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
"$bin" serve --port "$port" --access-log false 2>"$work/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; kill $sampler 2>/dev/null || true; rm -rf "$work"' EXIT
sampler=
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:$port"

# The requests and their reference answers, taken once before the soak.
article=Tests/CoreTests/Fixtures/seed-article.txt
python3 - "$article" "$work" <<'PY'
import json, sys
article = open(sys.argv[1], encoding="utf-8").read()
work = sys.argv[2]
open(f"{work}/batch.jsonl", "w").write("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in
    enumerate([article, "Munich: NATO urged more talks, Angela Merkel said.", "\"We will win,\" said Joe Biden."])))
open(f"{work}/malformed.json", "w").write('{"text": "unterminated')
PY
curl -fsS -H 'Content-Type: text/plain; charset=utf-8' --data-binary @$article "$url/v1/analyze" >"$work/ref-analyze"
curl -fsS -H 'Content-Type: application/x-ndjson' --data-binary @"$work/batch.jsonl" "$url/v1/analyze/batch" >"$work/ref-batch"
curl -fsS "$url/healthz" >"$work/ref-healthz"
curl -sS -H 'Content-Type: application/json' --data-binary @"$work/malformed.json" "$url/v1/analyze" >"$work/ref-malformed"

python3 - "$work" "$article" >"$work/soak.lua" <<'PY'
import sys
work, article = sys.argv[1], sys.argv[2]
def lit(path):
    data = open(path, "rb").read()
    return '"' + "".join(chr(b) if 32 <= b < 127 and b not in (34, 92) else "\\%d" % b for b in data) + '"'
print(f"""
local analyze = wrk.format("POST", "/v1/analyze", {{Host = "soak", ["Content-Type"] = "text/plain; charset=utf-8"}}, {lit(article)})
local batch = wrk.format("POST", "/v1/analyze/batch", {{Host = "soak", ["Content-Type"] = "application/x-ndjson"}}, {lit(work + "/batch.jsonl")})
local healthz = wrk.format("GET", "/healthz", {{Host = "soak"}})
local malformed = wrk.format("POST", "/v1/analyze", {{Host = "soak", ["Content-Type"] = "application/json"}}, {lit(work + "/malformed.json")})
-- Host is explicit: wrk adds its own only to requests formatted after setup.
-- Five analyses, two batches, two health checks, one malformed request in every ten.
local rotation = {{analyze, healthz, analyze, batch, analyze, malformed, analyze, healthz, analyze, batch}}
local refs = {{[{lit(work + "/ref-analyze")}] = {{"analyze", 200}}, [{lit(work + "/ref-batch")}] = {{"batch", 200}},
  [{lit(work + "/ref-healthz")}] = {{"healthz", 200}}, [{lit(work + "/ref-malformed")}] = {{"malformed", 400}}}}
local threads = {{}}
function setup(thread) table.insert(threads, thread) end
function init(args)
  n = 0; analyze_ok = 0; batch_ok = 0; healthz_ok = 0; malformed_ok = 0; busy = 0; wrong = 0; sample = ""
end
function request() n = n + 1; return rotation[(n % #rotation) + 1] end
function response(status, headers, body)
  local ref = refs[body]
  if ref and ref[2] == status then
    _G[ref[1] .. "_ok"] = _G[ref[1] .. "_ok"] + 1
  elseif status == 503 then busy = busy + 1
  else wrong = wrong + 1; if sample == "" then sample = status .. " " .. string.sub(body or "", 1, 200) end end
end
function done(summary, latency, requests)
  local t = {{analyze_ok = 0, batch_ok = 0, healthz_ok = 0, malformed_ok = 0, busy = 0, wrong = 0}}
  local sample = ""
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
    if sample == "" then sample = thread:get("sample") end
  end
  io.write(string.format("answers: analyze %d, batch %d, healthz %d, malformed (400) %d identical to the reference; 503 %d; wrong %d\\n",
    t.analyze_ok, t.batch_ok, t.healthz_ok, t.malformed_ok, t.busy, t.wrong))
  if sample ~= "" then io.write("first wrong answer: " .. sample .. "\\n") end
  io.write(string.format("requests %d, socket errors: connect %d read %d write %d timeout %d, status errors %d\\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
""")
PY

stats() { printf '%s %s %s' "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)" "$(ls /proc/$pid/fd | wc -l)" \
    "$(awk '/Threads/ {print $2}' /proc/$pid/status)"; }
echo "idle: RSS/fds/threads $(stats)"
wrk -t2 -c"$connections" -d60s -s "$work/soak.lua" "$url" >"$work/warmup.out"
sleep 1
read -r warm_rss warm_fds warm_threads <<<"$(stats)"
echo "after 60 s warm-up: RSS $warm_rss kB, fds $warm_fds, threads $warm_threads"
( while kill -0 $pid 2>/dev/null; do echo "$(date +%s) $(stats)" >>"$work/samples"; sleep 10; done ) &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/soak.lua" "$url" >"$work/soak.out"
sleep 1
read -r end_rss end_fds end_threads <<<"$(stats)"
kill $sampler 2>/dev/null || true
grep -E "Requests/sec|^ +(50|99)%|answers:|first wrong|socket errors" "$work/soak.out"
echo "after ${seconds} s soak: RSS $end_rss kB, fds $end_fds, threads $end_threads"
awk '{ if ($2 > m) m = $2; if ($3 > f) f = $3; if ($4 > t) t = $4 } END { printf "peak during the soak: RSS %d kB, fds %d, threads %d\n", m, f, t }' "$work/samples"
growth=$(awk -v a="$warm_rss" -v b="$end_rss" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
echo "RSS change after the soak vs after warm-up: ${growth} %"
fail=0
grep -q "wrong 0" "$work/soak.out" || fail=1
awk -v g="$growth" 'BEGIN { exit !(g > 10) }' && fail=1
[ "$end_fds" -le "$warm_fds" ] || { echo "fd growth: $warm_fds -> $end_fds"; fail=1; }
[ "$end_threads" -le "$warm_threads" ] || { echo "thread growth: $warm_threads -> $end_threads"; fail=1; }
exit $fail
