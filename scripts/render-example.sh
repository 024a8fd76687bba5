#!/usr/bin/env bash
# Renders the example timeline (examples/lisbon-metro.txt) to build/example.png and .svg,
# installing missing Debian packages and building chronoline first.
source "$(dirname "$0")/lib.sh"
install_packages "$ROOT/scripts/debian-packages.txt"
build chronoline
"$BUILD_DIR/chronoline" render "$ROOT/examples/lisbon-metro.txt" -o "$BUILD_DIR/example.png"
"$BUILD_DIR/chronoline" render "$ROOT/examples/lisbon-metro.txt" -o "$BUILD_DIR/example.svg"
echo "Wrote $BUILD_DIR/example.png and $BUILD_DIR/example.svg"
