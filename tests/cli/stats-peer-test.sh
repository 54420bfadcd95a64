#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The app's stats JSON against the SQL peer (bench/stats-peer.sql) on demo data: every figure of
# every unit, by county and by township, at dates in open and published points years.
# usage: stats-peer-test.sh CHAMBERCTL WORKDIR
set -eu
chamberctl=$1
work=$2
check="$(dirname "$0")/../../bench/stats-peer-check.py"
rm -rf "$work"
mkdir -p "$work"
db="$work/demo.sqlite"
"$chamberctl" --db "$db" demo --scope 4501 >/dev/null
for run in "4501 county 2026-06-30" "4501 township 2025-12-31" "450126 township 2024-07-01" "4501 county 2019-01-01"; do
    set -- $run
    python3 "$check" "$chamberctl" "$db" "$1" "$2" "$3"
done
