#!/usr/bin/env bash
# One pod's share of a corpus in a Kubernetes Indexed Job (deploy/kubernetes/batch-job.yaml; in the
# image as /opt/lede/lede-shard). The corpus is every *.jsonl and *.ndjson file under the INPUT
# folders (and each INPUT file), in byte order of path, read as one sequence of lines: line n
# (from 0) belongs to shard n mod SHARDS, and this pod's shard is JOB_COMPLETION_INDEX. Counting
# lines, not files, keeps the shards within one line of each other whatever the files' sizes.
# Its answers, in input order, go to OUT/part-INDEX.jsonl, written under a temporary name and
# renamed at the end, so a retried pod replaces a partial part instead of appending to it.
#
# Usage: lede-shard OUT INPUT...
# Environment: JOB_COMPLETION_INDEX (set by Kubernetes), SHARDS (the Job's completions),
#   LEDE (/opt/lede/lede), WORKERS (`lede batch --workers`; default its own, the CPUs it sees),
#   LEDE_SHARD_DRY_RUN=1 writes the shard's lines themselves instead of their answers.
set -euo pipefail
[ $# -ge 2 ] || { sed -n 2,14p "$0" >&2; exit 2; }
out=$1
shift
index=${JOB_COMPLETION_INDEX:?JOB_COMPLETION_INDEX is not set: Kubernetes sets it in an Indexed Job}
shards=${SHARDS:?SHARDS is not set: give it the Job spec completions}
case "$index$shards" in *[!0-9]*) echo "JOB_COMPLETION_INDEX and SHARDS must be whole numbers" >&2; exit 2 ;; esac
[ "$index" -lt "$shards" ] || { echo "JOB_COMPLETION_INDEX $index is not below SHARDS $shards" >&2; exit 2; }
lede=${LEDE:-/opt/lede/lede}

list=$(mktemp)
trap 'rm -f "$list"' EXIT
for input in "$@"; do
  if [ -d "$input" ]; then
    find "$input" -type f \( -name '*.jsonl' -o -name '*.ndjson' \)
  elif [ -f "$input" ]; then
    echo "$input"
  else
    echo "no such file or folder: $input" >&2
    exit 2
  fi
done | LC_ALL=C sort > "$list"
[ -s "$list" ] || { echo "no *.jsonl or *.ndjson file in: $*" >&2; exit 2; }

# getline reads a last line that has no newline as a line of its own, so files never run together.
select_lines() {
  LC_ALL=C awk -v index_="$index" -v shards="$shards" '
    {
      while ((status = (getline line < $0)) > 0) {
        if (n % shards == index_) print line
        n++
      }
      if (status < 0) { print "cannot read " $0 > "/dev/stderr"; exit 1 }
      close($0)
    }' "$list"
}

mkdir -p "$out"
part=$(printf '%s/part-%05d.jsonl' "$out" "$index")
if [ "${LEDE_SHARD_DRY_RUN:-0}" = 1 ]; then
  select_lines > "$part.tmp"
else
  select_lines | "$lede" batch - ${WORKERS:+--workers "$WORKERS"} > "$part.tmp"
fi
mv "$part.tmp" "$part"
echo "shard $index of $shards: $(wc -l < "$part") lines from $(wc -l < "$list") files -> $part" >&2
