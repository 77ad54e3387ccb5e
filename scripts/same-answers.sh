#!/usr/bin/env bash
# Do two builds answer alike? Runs `lede batch` of each binary over each JSONL corpus and compares
# the answers byte for byte, timings left out. For changes meant to be pure speed-ups.
# Usage: scripts/same-answers.sh OLD_LEDE NEW_LEDE CORPUS.jsonl...
#   e.g. cp .build/release/lede /tmp/lede-old; (change, build); \
#        scripts/same-answers.sh /tmp/lede-old .build/release/lede ../shared/dev/*.jsonl
# A copied binary still loads its models from the build folder it was built in, so this compares
# code changes, not model changes.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,8p "$0" >&2; exit 2; }
old=$1 new=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip() { sed -E 's/"elapsed_ms":[0-9.e-]+//g; s/"timings":\{[^}]*\}//g' "$1"; }
status=0
for corpus in "$@"; do
  name=$(basename "$corpus")
  "$old" batch "$corpus" --workers 2 > "$work/old" 2>/dev/null
  "$new" batch "$corpus" --workers 2 > "$work/new" 2>/dev/null
  if cmp -s <(strip "$work/old") <(strip "$work/new"); then
    echo "$name: same ($(wc -l < "$work/new") answers)"
  else
    echo "$name: DIFFERENT"
    status=1
  fi
done
exit $status
