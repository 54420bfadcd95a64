#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, then configures and builds ChamberDesk in build/ (warnings are errors).
# Uses ccache when installed (scripts/deps.sh installs it): paths are hashed relative to the
# checkout (CCACHE_BASEDIR) and the build directory is not hashed (CCACHE_NOHASHDIR), so another
# clone or worktree hits the same cache; the sloppiness is
# what ccache needs to cache files built with precompiled headers (cmake/BuildSpeed.cmake).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
BUILD_DIR=${BUILD_DIR:-build}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
    export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros}
    # The build directory is left out of the hash: with debug info ccache would otherwise hash it,
    # and no other clone or worktree (or CI's fresh clone) would ever hit the cache. The only cost
    # is the debug info's compile directory naming the tree that filled the cache.
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAMBER_WERROR=ON "${launcher[@]}"
fi
cmake --build "$BUILD_DIR" -j "$(nproc)"
