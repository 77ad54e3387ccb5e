#!/usr/bin/env bash
# Loads the page in headless Chromium, analyses an article through it, and saves a screenshot.
# Usage: scripts/screenshot.sh [ARTICLE] [OUT.png]   (defaults: the seed fixture, docs/page.png)
# Needs: apt-get install chromium
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-Tests/CoreTests/Fixtures/seed-article.txt}
out=${2:-docs/page.png}
port=${PORT:-18091}
command -v chromium >/dev/null || { echo "chromium is missing: apt-get install chromium" >&2; exit 1; }
source scripts/lib.sh
start_release_server "$port"
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(open(sys.argv[1], encoding="utf-8").read()))' "$article")
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1700 \
  --virtual-time-budget=8000 --screenshot="$out" "http://127.0.0.1:$port/#text=$encoded" 2>/dev/null
echo "wrote $out"
