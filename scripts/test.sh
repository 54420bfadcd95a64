#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, runs every test (unit, storage, CLI end-to-end, widgets), then
# packs the same build into the Debian package and checks it installed (scripts/package-check.sh;
# needs root or sudo). CHAMBER_SKIP_PACKAGE=1 leaves the package out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 600
if [ "${CHAMBER_SKIP_PACKAGE:-0}" != 1 ]; then
    BUILD_DIR="$BUILD_DIR" scripts/package-check.sh
fi
