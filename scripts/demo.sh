#!/usr/bin/env bash
# Installs what is missing, builds, and cleans a sample with the embedded rules.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build -j "$(nproc)" --target newsclean > /dev/null
build/newsclean "${@:-samples/ko-daum-portal.txt}"
