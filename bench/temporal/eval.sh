#!/usr/bin/env bash
# Evaluates the temporal tagger: TempEval-3 scores on tbaq and exact values on Duckling's corpus.
# Usage: bench/temporal/eval.sh [BUILD_DIR] [--errors N]   (run from the checkout; needs ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
errors=${3:-0}
shared=$root/../shared
bin=$build/bench/temporal/temporal_tag
[ -x "$bin" ] || { echo "eval.sh: build first: cmake --build $build --target temporal_tag" >&2; exit 2; }
[ -f "$shared/data/tbaq.jsonl" ] || { echo "eval.sh: $shared/data/tbaq.jsonl not found" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" < "$shared/data/tbaq.jsonl" > "$out/tbaq.sys.jsonl"
echo "== tbaq (news mode)"
python3 "$shared/tools/score.py" "$out/tbaq.sys.jsonl" "$shared/data/tbaq.jsonl" --by-type --errors "$errors"
echo "== duckling (forward-looking mode)"
python3 "$here/duckling_eval.py" "$bin" "$shared/data/duckling_en.jsonl" --errors "$errors"
echo "== own news (our blind gold, news mode)"
python3 "$here/own_news.py" score "$build" "$errors"
echo "== own news 2 (held-out gold, news mode; first run recorded in README before any fix)"
python3 "$here/own_news.py" score "$build" "$errors" own-news-2
echo "== own news 3 (third held-out gold, news mode; first run recorded in README before any fix)"
python3 "$here/own_news.py" score "$build" "$errors" own-news-3
echo "== directions (past/future of bare weekdays, months, seasons, quarters; held-out, first run in README)"
python3 "$here/directions.py" "$build" | sed -n 1p
