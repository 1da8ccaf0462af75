#!/usr/bin/env bash
# Builds the fuzzers with clang, ASan and UBSan, and runs each for SECONDS
# (default 30) on its seed corpus. A crash is kept under fuzz/crashes/; add
# it to fuzz/regressions/ so the test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
command -v clang++ > /dev/null || { echo "fuzz: clang++ not installed" >&2; exit 1; }
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DNEWSCLEAN_FUZZ=ON -DNEWSCLEAN_SANITIZE=ON -DNEWSCLEAN_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build-fuzz -j "$(nproc)" --target rule_parser_fuzz jsonl_fuzz cleaner_fuzz > /dev/null
mkdir -p fuzz/crashes
for target in rule_parser jsonl cleaner; do
  corpus=$(mktemp -d)
  cp -r fuzz/corpus/"$target"/. "$corpus"/
  echo "fuzz: $target for ${seconds}s"
  build-fuzz/fuzz/"$target"_fuzz "$corpus" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix=fuzz/crashes/"$target"- -print_final_stats=1 2>&1 | tail -n 12
  rm -rf "$corpus"
done
