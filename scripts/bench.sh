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
    rm -f "$region.partial"
    /usr/bin/time -f "region demo database: %e s wall, %U s user + %S s system CPU (target ≤ 30 s)" \
        build-bench/src/cli/chamberctl --db "$region.partial" demo --scope 45 --quiet >/dev/null
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    mv "$region.partial" "$region"
fi
echo "== the region demo's file size, made fresh (bench/file-size.sh)"
bench/file-size.sh build-bench/src/cli/chamberctl 45
echo "== stats against its SQL peer (bench/stats-peer.sql), CPU seconds, median of paired runs"
bench/stats-peer.sh build-bench/src/cli/chamberctl "$region" 45 5
echo "== exchange packages: the region takes in 14 city packages, against sqlite3 .import (bench/exchange-bench.sh)"
bench/exchange-bench.sh "$PWD/build-bench/src/cli/chamberctl" build-bench/exchange
echo "== import ledger against its floor, sqlite3's .import + INSERT…SELECT (bench/import-peer.sql)"
bench/import-peer.sh build-bench/src/cli/chamberctl "$region" 5
echo "== SIGKILL at a random moment of an import, exchange import, demo and backup (bench/kill-bench.sh)"
bench/kill-bench.sh build-bench/src/cli/chamberctl 50
echo "== region stats and the chamber list on PostgreSQL against SQLite (bench/server-bench.sh; issue 13)"
if command -v pg_virtualenv >/dev/null && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    bench/server-bench.sh build-bench/src/cli/chamberctl build-bench/server 5
else
    echo "PostgreSQL server binaries not found: skipped (scripts/deps.sh installs postgresql-15)."
fi
echo "== report scoring: a published year against the same year computed (bench/report-peer.sh)"
bench/report-peer.sh build-bench/src/cli/chamberctl "$region" 450126 5
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
county=build-bench/county.sqlite
if [ ! -f "$county" ]; then
    rm -f "$county.partial"
    build-bench/src/cli/chamberctl --db "$county.partial" demo --scope 450126 --quiet >/dev/null
    mv "$county.partial" "$county"
fi
echo "== start-up to a painted window against a bare Qt window (bench/startup-peer.sh)"
bench/startup-peer.sh build-bench/bench "$county" 7
bench/startup-peer.sh build-bench/bench "$region" 5
for b in build-bench/bench/bench_*; do
    [ -x "$b" ] || continue
    case "$(basename "$b")" in
        bench_startup|bench_startup_peer) continue ;;  # run above, side by side
    esac
    echo "== $(basename "$b")"
    case "$(basename "$b")" in
        bench_dashboard|bench_dashboard_page|bench_chambers_page) "$b" "$region" ;;
        *) "$b" ;;
    esac
done
