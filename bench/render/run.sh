#!/bin/sh
# Whole-process timings for bench/render/README.md. Usage: bench/render/run.sh [BUILD_DIR=build]
set -eu
build=${1:-build}
here=$(dirname "$0")
tmp=$(mktemp -d)
for n in 1000 10000; do python3 "$here/make_timeline.py" $n > "$tmp/t$n.json"; done
secs() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
echo "render_file 1,000 events -> SVG (whole process): $(secs "$build/bench/render/render_file" "$tmp/t1000.json" "$tmp/o.svg") s"
echo "render_file 10,000 events -> SVG (whole process): $(secs "$build/bench/render/render_file" "$tmp/t10000.json" "$tmp/o.svg") s"
echo "pango_baseline 10,000 labels -> SVG (whole process): $(secs "$build/bench/render/pango_baseline" 10000 "$tmp/b.svg") s"
rm -rf "$tmp"
