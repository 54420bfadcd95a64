#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds build/package/chamberdesk_VERSION_amd64.deb from the existing build tree (CPack DEB): it
# builds only the two programs and the packaging files (a no-op after scripts/build.sh), strips
# them and packs. The path of the .deb is the last line printed.
#   BUILD_DIR=…                       the build tree (default build/, configured by scripts/build.sh)
#   CHAMBER_VERSION_OVERRIDE=0.0.9    another version (the upgrade test's "older" package); an empty
#                                     or unset value packs the project's version again
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    BUILD_DIR="$BUILD_DIR" scripts/build.sh
fi
want=${CHAMBER_VERSION_OVERRIDE:-}
have=$(sed -n 's/^CHAMBER_VERSION_OVERRIDE:STRING=//p' "$BUILD_DIR/CMakeCache.txt")
if [ "$want" != "$have" ]; then
    cmake -DCHAMBER_VERSION_OVERRIDE="$want" "$BUILD_DIR" >/dev/null
fi
targets=(chamberctl chamber_package_files)
if grep -q '^CHAMBER_BUILD_GUI:BOOL=ON' "$BUILD_DIR/CMakeCache.txt"; then targets+=(chamberdesk); fi
cmake --build "$BUILD_DIR" --target "${targets[@]}" -j "$(nproc)"
version=$(cat "$BUILD_DIR/packaging/version")
rm -f "$BUILD_DIR"/package/chamberdesk_"${version}"_*.deb
(cd "$BUILD_DIR" && cpack -G DEB --config CPackConfig.cmake >/dev/null)
deb=$(ls "$BUILD_DIR"/package/chamberdesk_"${version}"_*.deb)
echo "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
