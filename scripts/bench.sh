#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the benchmarks in bench/ (release build in build-bench/). Speed is measured and
# printed here, never asserted in tests. The page benchmarks run offscreen on a region-scale demo
# database (`chamberctl demo --scope 45`, made once in build-bench/region.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
if [ ! -f build-bench/build.ninja ]; then
    cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHAMBER_BUILD_TESTS=OFF
fi
cmake --build build-bench -j "$(nproc)"
region=build-bench/region.sqlite
if [ ! -f "$region" ]; then
    echo "== chamberctl demo --scope 45"
    start=$(date +%s%N)
    rm -f "$region.partial"
    build-bench/src/cli/chamberctl --db "$region.partial" demo --scope 45 >/dev/null
    echo "region demo database: $(( ($(date +%s%N) - start) / 1000000 )) ms"
    mv "$region.partial" "$region"
fi
echo "== stats against its SQL peer (bench/stats-peer.sql), CPU seconds, median of paired runs"
bench/stats-peer.sh build-bench/src/cli/chamberctl "$region" 45 5
echo "== exchange packages: the region takes in 14 city packages, against sqlite3 .import (bench/exchange-bench.sh)"
bench/exchange-bench.sh "$PWD/build-bench/src/cli/chamberctl" build-bench/exchange
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for b in build-bench/bench/bench_*; do
    [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    case "$(basename "$b")" in
        bench_dashboard|bench_dashboard_page|bench_chambers_page) "$b" "$region" ;;
        *) "$b" ;;
    esac
done
