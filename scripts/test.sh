#!/usr/bin/env bash
# Builds chronoline and runs every test through ctest, installing missing Debian packages first.
source "$(dirname "$0")/lib.sh"
install_packages "$ROOT/scripts/debian-packages.txt" "$ROOT/scripts/debian-test-packages.txt"
build all
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
