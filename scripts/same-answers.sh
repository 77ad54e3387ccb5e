#!/usr/bin/env bash
# Do two builds answer alike? For each JSONL corpus, compares byte for byte (timings left out):
#   batch   `lede batch` of each build;
#   stream  POST /v1/analyze/batch of each build's server, plain and gzip both ways (the streamed body);
#   single  POST /v1/analyze of each article's text (text/plain, the first $SINGLE lines; default 40).
# For changes meant to keep every answer (speed-ups, refactors of the server).
# Usage: scripts/same-answers.sh OLD NEW CORPUS.jsonl...
#   OLD and NEW are `lede` binaries or git commits (a commit is built in release in a temporary
#   copy, offline, with this checkout's package cache), e.g.
#   scripts/same-answers.sh HEAD~1 .build/release/lede ../shared/dev/quotes_polnear_dev.jsonl
# A copied binary still loads its models from the build folder it was built in, so this compares
# code changes, not model changes. Exits 1 when any answer differs.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,11p "$0" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# A binary as given, or the release build of a commit.
resolve() {
  if [ -x "$1" ] && [ -f "$1" ]; then echo "$1"; return; fi
  local commit tree
  commit=$(git -C "$root" rev-parse --verify "$1^{commit}") || { echo "$1 is neither a binary nor a commit" >&2; exit 2; }
  tree="$work/build-$commit"
  mkdir -p "$tree/.build"
  git -C "$root" archive "$commit" | tar -x -C "$tree"
  cp -r "$root/.build/checkouts" "$root/.build/repositories" "$tree/.build/" 2>/dev/null || true
  cp "$root/Package.resolved" "$tree/" 2>/dev/null || true
  echo "building $commit in $tree" >&2
  (cd "$tree" && swift build -c release -j 1 --product lede >&2)
  echo "$tree/.build/release/lede"
}

# Starts a server on a free port; sets $port.
serve() {
  local log="$work/serve-$RANDOM.log"
  "$1" serve --port 0 --access-log false >/dev/null 2>"$log" &
  pids+=($!)
  for _ in $(seq 100); do
    port=$(sed -n 's/.*"msg":"listening".*"port":\([0-9]*\).*/\1/p' "$log")
    [ -n "$port" ] && return
    sleep 0.1
  done
  echo "the server of $1 did not start: $(cat "$log")" >&2
  exit 1
}

strip() { sed -E 's/"elapsed_ms":[0-9.e-]+//g; s/"timings":\{[^}]*\}//g' "$1"; }

old=$(resolve "$1")
new=$(resolve "$2")
shift 2
serve "$old"
old_port=$port
serve "$new"
new_port=$port
single=${SINGLE:-40}
status=0

compare() {
  if cmp -s <(strip "$work/old") <(strip "$work/new"); then
    echo "$1: same ($(wc -l < "$work/new") lines)"
  else
    echo "$1: DIFFERENT"
    status=1
  fi
}

for corpus in "$@"; do
  name=$(basename "$corpus")
  "$old" batch "$corpus" --workers 2 > "$work/old" 2>/dev/null
  "$new" batch "$corpus" --workers 2 > "$work/new" 2>/dev/null
  compare "$name batch"

  # The service refuses fields a request does not have; corpus lines carry gold beside id and text.
  python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        record = json.loads(line)
        print(json.dumps({"id": record.get("id"), "text": record["text"]}, ensure_ascii=False))' "$corpus" > "$work/requests"
  gzip -c "$work/requests" > "$work/requests.gz"
  for side in old new; do
    port=$([ $side = old ] && echo "$old_port" || echo "$new_port")
    curl -fsS -H 'Content-Type: application/x-ndjson' --data-binary @"$work/requests" \
      "http://127.0.0.1:$port/v1/analyze/batch" > "$work/$side"
  done
  compare "$name stream"
  for side in old new; do
    port=$([ $side = old ] && echo "$old_port" || echo "$new_port")
    curl -fsS --compressed -H 'Content-Type: application/x-ndjson' -H 'Content-Encoding: gzip' \
      --data-binary @"$work/requests.gz" "http://127.0.0.1:$port/v1/analyze/batch" > "$work/$side"
  done
  compare "$name stream gzip"

  python3 -c 'import json, os, sys
for index, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    if index >= int(sys.argv[3]): break
    with open(os.path.join(sys.argv[2], "text-%04d" % index), "w", encoding="utf-8") as out:
        out.write(json.loads(line)["text"])' "$corpus" "$work" "$single"
  for side in old new; do
    port=$([ $side = old ] && echo "$old_port" || echo "$new_port")
    : > "$work/$side"
    for text in "$work"/text-*; do
      curl -sS -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$text" "http://127.0.0.1:$port/v1/analyze" >> "$work/$side"
      echo >> "$work/$side"
    done
  done
  rm -f "$work"/text-*
  compare "$name single"
done
exit $status
