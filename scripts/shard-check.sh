#!/usr/bin/env bash
# The Kubernetes manifests and the Indexed Job's sharding, checked without Kubernetes (run by CI):
# 1. every manifest in deploy/kubernetes/ validates against the Kubernetes JSON schemas
#    (kubernetes-validate from PyPI, --strict: unknown fields fail) of the oldest and newest
#    Kubernetes version checked;
# 2. the Job is Indexed, its SHARDS equals its completions, and its command is the shard script
#    that the Dockerfile copies into the image;
# 3. a dry run of that script over a made-up corpus (files of several sizes, one empty, one without
#    a last newline, repeated lines), once per JOB_COMPLETION_INDEX as each pod would run it,
#    yields every input line exactly once and shards within one line of each other.
# Usage: scripts/shard-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import kubernetes_validate" 2>/dev/null || python3 -m pip install -q kubernetes-validate
for version in 1.30.0 1.37.0; do
  python3 -m kubernetes_validate --strict --quiet -k "$version" deploy/kubernetes/*.yaml
  echo "deploy/kubernetes/*.yaml: valid against the Kubernetes $version schemas"
done

python3 - <<'PY'
import sys, yaml
job = yaml.safe_load(open("deploy/kubernetes/batch-job.yaml"))
spec = job["spec"]
container = spec["template"]["spec"]["containers"][0]
env = {e["name"]: e.get("value") for e in container.get("env", [])}
problems = []
if spec.get("completionMode") != "Indexed":
    problems.append("completionMode is not Indexed: pods get no JOB_COMPLETION_INDEX")
if env.get("SHARDS") != str(spec.get("completions")):
    problems.append(f"SHARDS {env.get('SHARDS')} differs from completions {spec.get('completions')}: lines would be lost or analysed twice")
command = container.get("command", [None])[0]
copied = [l.split()[-1] for l in open("Dockerfile") if l.startswith("COPY scripts/lede-shard.sh ")]
if [command] != copied:
    problems.append(f"the Job runs {command}, the Dockerfile copies the shard script to {copied}")
if problems:
    sys.exit("batch-job.yaml: " + "; ".join(problems))
print(f"batch-job.yaml: Indexed, {spec['completions']} shards, runs {command}")
PY

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in/b"
python3 - "$work/in" <<'PY'
import json, sys
root = sys.argv[1]
def lines(name, count, start):
    return [json.dumps({"id": f"{name}-{i}", "text": f"Line {i} of {name}."}) for i in range(start, start + count)]
open(f"{root}/a.jsonl", "w").write("\n".join(lines("a", 37, 0)) + "\n")
open(f"{root}/b/c.ndjson", "w").write("\n".join(lines("c", 5, 0)))  # no last newline
open(f"{root}/b/d.jsonl", "w").write("")
same = json.dumps({"id": "same", "text": "A repeated line."})
open(f"{root}/e.jsonl", "w").write("\n".join(lines("e", 40, 0) + [same, same, ""]) + "\n")
open(f"{root}/notes.txt", "w").write("not part of the corpus\n")
PY
# Every corpus line, whatever the file's last byte, and no line of other files.
expected=$(find "$work/in" -name '*.jsonl' -o -name '*.ndjson' | LC_ALL=C sort | xargs -d '\n' awk '1' | LC_ALL=C sort | sha256sum)
total=$(find "$work/in" -name '*.jsonl' -o -name '*.ndjson' | xargs -d '\n' awk 'END {print NR}')
for shards in 1 3 8 90; do
  out="$work/out-$shards"
  for ((index = 0; index < shards; index++)); do
    JOB_COMPLETION_INDEX=$index SHARDS=$shards LEDE_SHARD_DRY_RUN=1 scripts/lede-shard.sh "$out" "$work/in" 2>/dev/null
  done
  got=$(cat "$out"/part-*.jsonl | LC_ALL=C sort | sha256sum)
  sizes=$(wc -l "$out"/part-*.jsonl | awk '$2 != "total" {print $1}' | sort -n | sed -n '1p;$p' | paste -sd' ')
  parts=$(find "$out" -name 'part-*.jsonl' | wc -l)
  read -r smallest largest <<< "$sizes"
  if [ "$got" != "$expected" ] || [ "$parts" -ne "$shards" ] || [ $((largest - smallest)) -gt 1 ]; then
    echo "lede-shard dry run, $shards shards: WRONG ($parts parts of $smallest to $largest lines; every line once: $([ "$got" = "$expected" ] && echo yes || echo no))" >&2
    exit 1
  fi
  echo "lede-shard dry run, $shards shards: all $total lines exactly once, $smallest to $largest lines a shard"
done
