#!/usr/bin/env bash
# Property-based API testing: schemathesis generates requests from the OpenAPI document and
# checks every answer (status codes, schemas, headers, no 5xx, invalid input rejected).
# Usage: scripts/schemathesis.sh [RUNS] [EXAMPLES]   Needs: pip install schemathesis (4.x)
# scripts/schemathesis_hooks.py writes the batch route's NDJSON bodies. Two checks of schemathesis
# 4.x are left out because they judge content rules no schema states: positive_data_acceptance
# wants 2xx for every schema-valid body, but an empty or text-less HTML page is 400 invalid_html or
# 422 no_article_text, and ?offsets= or ?id= beside a JSON body is 400 invalid_query (both are
# documented for text/plain and text/html bodies only); negative_data_rejection wants 4xx for a
# bad batch line, which by design gets its own error line in a 200 stream.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
examples=${2:-300}
port=${PORT:-18096}
command -v st >/dev/null || { echo "schemathesis is missing: pip install schemathesis" >&2; exit 1; }
source scripts/lib.sh
start_release_server "$port"
for run in $(seq "$runs"); do
  PYTHONPATH=scripts SCHEMATHESIS_HOOKS=schemathesis_hooks st run "http://127.0.0.1:$port/openapi.json" \
    --checks all --exclude-checks positive_data_acceptance,negative_data_rejection --max-examples "$examples" |
    grep -E "generated|issues found|failures|errors in"
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the server died during run $run" >&2; exit 1; }
done
echo "server alive after $runs runs"
