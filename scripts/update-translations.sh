#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the zh_CN catalogues from the sources (one per area, see cmake/Translations.cmake).
# New strings arrive unfinished: fill them with scripts/ts-fill.py. Never run by the build.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=/usr/lib/qt6/bin/lupdate
areas=("$@")
[ ${#areas[@]} -gt 0 ] || areas=(core storage reports import exchange cli app)
for area in "${areas[@]}"; do
    [ -d "src/$area" ] || continue
    sources=("src/$area")
    [ "$area" = app ] && [ -d ui ] && sources+=(ui)
    "$LUPDATE" -silent -locations none -no-obsolete -source-language en -target-language zh_CN \
        "${sources[@]}" -ts "resources/translations/chamber_${area}_zh_CN.ts"
done
