#!/usr/bin/env bash
# Configures (once) and builds goruntime into ./build with clang-19 and ninja.
# Usage: utils/build.sh [extra ninja targets...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${GORT_BUILD_DIR:-$root/build}"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_ASM_COMPILER=clang-19 \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Two cores on the reference machines: keep the link jobs from thrashing.
ninja -C "$build" -j "${GORT_JOBS:-$(nproc)}" "$@"
