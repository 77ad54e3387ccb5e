#!/usr/bin/env bash
# Property-based API testing: schemathesis generates requests from the OpenAPI document and
# checks every answer (status codes, schemas, headers, no 5xx, invalid input rejected).
# Usage: scripts/schemathesis.sh [RUNS] [EXAMPLES]   Needs: pip install schemathesis
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
examples=${2:-300}
port=${PORT:-18096}
command -v st >/dev/null || { echo "schemathesis is missing: pip install schemathesis" >&2; exit 1; }
source scripts/lib.sh
start_release_server "$port"
for run in $(seq "$runs"); do
  st run "http://127.0.0.1:$port/openapi.json" --checks all --max-examples "$examples" | tail -n 4
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the server died during run $run" >&2; exit 1; }
done
echo "server alive after $runs runs"
