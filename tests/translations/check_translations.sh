#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources into copies of the committed catalogues: any entry left
# unfinished (a new string, or one never translated) fails the test, with its text shown.
set -euo pipefail
src=${1:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for area in core storage reports import exchange cli app; do
    [ -d "$src/src/$area" ] || continue
    ts="$src/resources/translations/chamber_${area}_zh_CN.ts"
    if [ ! -f "$ts" ]; then
        echo "missing catalogue: $ts"
        status=1
        continue
    fi
    cp "$ts" "$tmp/$area.ts"
    sources=("$src/src/$area")
    [ "$area" = app ] && [ -d "$src/ui" ] && sources+=("$src/ui")
    /usr/lib/qt6/bin/lupdate -silent -locations none -no-obsolete -source-language en -target-language zh_CN \
        "${sources[@]}" -ts "$tmp/$area.ts" >/dev/null
    unfinished=$(python3 "$src/scripts/ts-fill.py" "$tmp/$area.ts" --list)
    if [ -n "$unfinished" ]; then
        echo "chamber_${area}_zh_CN.ts has $(echo "$unfinished" | wc -l) untranslated entries:"
        echo "$unfinished" | head -20
        status=1
    fi
done
[ $status -eq 0 ] && echo "1 passed, 0 failed"
exit $status
