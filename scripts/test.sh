#!/usr/bin/env bash
# Builds chronoline and runs every test through ctest, installing missing Debian packages first.
# Then, unless --quick: the same tests in a build with AddressSanitizer and UBSan, and each
# libFuzzer target for FUZZ_SECONDS (default 45) from its seed corpus in tests/fuzz/corpus/.
source "$(dirname "$0")/lib.sh"
quick=false
[ "${1:-}" = "--quick" ] && quick=true

install_packages "$ROOT/scripts/debian-packages.txt" "$ROOT/scripts/debian-test-packages.txt"
$quick || install_packages "$ROOT/scripts/debian-check-packages.txt"

echo "== tests" >&2
build all
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
$quick && exit 0

echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer" >&2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
BUILD_DIR=$ROOT/build-asan CMAKE_ARGS="-DCHRONOLINE_SANITIZE=ON -DCHRONOLINE_BENCH=OFF" build all
ctest --test-dir "$ROOT/build-asan" --output-on-failure -j "$(nproc)"

echo "== fuzzers, ${FUZZ_SECONDS:-45} s each" >&2
fuzzers=$(cd "$ROOT/tests/fuzz" && ls *_fuzzer.cpp | sed 's/\.cpp$//')
BUILD_DIR=$ROOT/build-fuzz CMAKE_ARGS="-DCMAKE_CXX_COMPILER=clang++ -DCHRONOLINE_FUZZ=ON -DCHRONOLINE_SANITIZE=ON -DCHRONOLINE_BENCH=OFF" \
  build $fuzzers
for fuzzer in $fuzzers; do
  work=$(mktemp -d)
  cp -r "$ROOT/tests/fuzz/corpus/${fuzzer%_fuzzer}/." "$work/"
  set +e
  "$ROOT/build-fuzz/tests/fuzz/$fuzzer" -max_total_time="${FUZZ_SECONDS:-45}" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$work" > "$work.log" 2>&1
  status=$?
  set -e
  grep -E '^(Done|stat::number_of_executed_units|SUMMARY)|ERROR' "$work.log" >&2 || true
  [ "$status" -ne 0 ] && tail -40 "$work.log" >&2
  rm -rf "$work" "$work.log"
  if [ "$status" -ne 0 ]; then echo "$fuzzer found a failure (exit $status)" >&2; exit 1; fi
  echo "$fuzzer: clean" >&2
done
echo "all checks passed" >&2
