#!/usr/bin/env bash
# Regenerates everything generated under examples/ and styles/: builds chronoline first, then
# writes styles/schema.json, styles/README.md and styles/default.json from the style table, each
# examples/NAME.txt's timeline (NAME.json), NAME/STYLE.png for every built-in style, and
# NAME/report.svg and NAME/report.pdf. tests/examples/examples_test.cpp fails when these are stale.
source "$(dirname "$0")/lib.sh"
install_packages "$ROOT/scripts/debian-packages.txt"
build chronoline chronoline_style_docs
"$BUILD_DIR/src/style/chronoline_style_docs" "$ROOT/styles"

chronoline="$BUILD_DIR/chronoline"
styles=$(cd "$ROOT/styles" && ls *.json | grep -v '^schema\.json$' | sed 's/\.json$//')
cd "$ROOT/examples"
for article in *.txt; do
  name=${article%.txt}
  "$chronoline" extract "$article" -o "$name.json"
  rm -rf "$name" && mkdir "$name"
  for style in $styles; do
    "$chronoline" render "$name.json" --style "$style" -o "$name/$style.png"
  done
  "$chronoline" render "$name.json" --style report -o "$name/report.svg"
  "$chronoline" render "$name.json" --style report -o "$name/report.pdf"
done
# The figure at the top of README.md.
"$chronoline" render lisbon-metro.json -o lisbon-metro.png
echo "Regenerated styles/{schema.json,README.md,default.json} and examples/ for: $(ls *.txt | tr '\n' ' ')"
