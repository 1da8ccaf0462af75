#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite.
# --sanitize: the same in build-asan/, under AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSCLEAN_WERROR=ON)
if [ "${1:-}" = --sanitize ]; then
  build=build-asan
  # No -Werror here: GCC's -Wmaybe-uninitialized misfires on instrumented std::function (in Catch2).
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSCLEAN_SANITIZE=ON -DNEWSCLEAN_WERROR=OFF)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
cmake -S . -B "$build" "${flags[@]}" > /dev/null
cmake --build "$build" -j "$(nproc)"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
