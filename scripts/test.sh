#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, runs every test (unit, storage, CLI end-to-end, widgets; those
# labelled postgresql against a throw-away PostgreSQL cluster), then
# packs the same build into the Debian package and checks it installed (scripts/package-check.sh;
# needs root or sudo), and gives each libFuzzer harness a short seeded run (scripts/fuzz.sh; issue 15).
# CHAMBER_SKIP_PACKAGE=1 leaves the package out, CHAMBER_SKIP_FUZZ=1 the fuzz run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 600 -LE postgresql
# The same suites on PostgreSQL (issue 13): one throw-away cluster for all of them, started by
# Debian's pg_virtualenv (root is fine); each test makes a database of its own in it.
if command -v pg_virtualenv >/dev/null && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    pg_virtualenv -t sh -c "QT_QPA_PLATFORM=offscreen ctest --test-dir '$BUILD_DIR' --output-on-failure -j '$(nproc)' --timeout 600 -L postgresql"
else
    echo "PostgreSQL server binaries not found: the tests labelled postgresql were skipped (scripts/deps.sh installs postgresql-15)."
fi
if [ "${CHAMBER_SKIP_PACKAGE:-0}" != 1 ]; then
    BUILD_DIR="$BUILD_DIR" scripts/package-check.sh
fi
if [ "${CHAMBER_SKIP_FUZZ:-0}" != 1 ]; then
    # Bounded: FUZZ_SECONDS per harness (7 harnesses) from a fixed seed, over the seed corpus. The
    # sanitizer build goes through ccache too, so only a cold cache pays for it in full (~9 CPU-min).
    # A fault found fails the run and leaves the input in build-fuzz/findings/.
    FUZZ_SEED=${FUZZ_SEED:-1} scripts/fuzz.sh "${FUZZ_SECONDS:-8}"
fi
