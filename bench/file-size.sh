#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The region demo's file size per chamber (issue 16: half of 44.6 KB, ≤ 22 KB), from a demo made
# fresh by this build (a file made by an older build and migrated keeps its old pages until a
# VACUUM): the file as the program wrote it, a VACUUMed copy, and the largest tables and indexes
# of the copy (dbstat). KB = 1,000 bytes.
# usage: bench/file-size.sh CHAMBERCTL [SCOPE]
set -euo pipefail
chamberctl=$1
scope=${2:-45}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$chamberctl" --db "$work/demo.sqlite" demo --scope "$scope" --quiet >/dev/null
chambers=$(sqlite3 -readonly "$work/demo.sqlite" "SELECT count(*) FROM chamber")
written=$(stat -c %s "$work/demo.sqlite")
cp "$work/demo.sqlite" "$work/copy.sqlite"
sqlite3 "$work/copy.sqlite" "VACUUM"
vacuumed=$(stat -c %s "$work/copy.sqlite")
awk -v c="$chambers" -v w="$written" -v v="$vacuumed" 'BEGIN {
    printf "%d chambers: as written %.1f MB, %.1f KB a chamber; VACUUMed %.1f MB, %.1f KB a chamber (target ≤ 22 KB)\n",
           c, w / 1e6, w / c / 1e3, v / 1e6, v / c / 1e3 }'
sqlite3 -readonly "$work/copy.sqlite" \
    "SELECT printf('  %-40s %6.2f MB', name, sum(pgsize) / 1e6) FROM dbstat GROUP BY name ORDER BY sum(pgsize) DESC LIMIT 8"
