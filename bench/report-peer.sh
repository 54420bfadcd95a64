#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `report scoring` of one county of a region file (or, given a city's or the region's code, of
# every county within it in one file: --scope): the last published year, read from its
# snapshot, against the same year reopened in a copy of the file (so computed from the same
# entries), side by side in the same run — whole-process CPU seconds, the median of paired runs,
# and the ratio published ÷ open (target ≤ 1.5).
# usage: bench/report-peer.sh CHAMBERCTL DATABASE [COUNTY|CITY|REGION] [RUNS]
set -euo pipefail
chamberctl=$1
db=$2
county=${3:-450126}
runs=${4:-5}
which=--county
[ "${#county}" -lt 6 ] && which=--scope
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# CPU seconds of the whole process: perf's task-clock (to the microsecond) where perf runs, else
# /usr/bin/time's user + system (to the hundredth, too coarse for runs of tens of milliseconds).
if perf stat -x, -e task-clock true >/dev/null 2>&1; then
    cpu() { perf stat -x, -e task-clock "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ {printf "%.4f\n", $1 / 1000}'; }
else
    cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.3f\n", $1 + $2}'; }
fi
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
published=$(sqlite3 -readonly "$db" "SELECT max(year) FROM points_year WHERE status = 'published'")
cp "$db" "$out/reopened.sqlite"
"$chamberctl" --db "$out/reopened.sqlite" points reopen --year "$published" --reason "bench: the same year computed" >/dev/null
printf '%-40s %10s %10s %7s\n' "report scoring $which $county" "published" "open" "ratio"
for format in json pdf; do
    pub=() opn=()
    for _ in $(seq "$runs"); do
        pub+=("$(cpu "$chamberctl" --db "$db" report scoring --year "$published" "$which" "$county" --format "$format" --out "$out/p.$format")")
        opn+=("$(cpu "$chamberctl" --db "$out/reopened.sqlite" report scoring --year "$published" "$which" "$county" --format "$format" --out "$out/o.$format")")
    done
    p=$(printf '%s\n' "${pub[@]}" | median)
    o=$(printf '%s\n' "${opn[@]}" | median)
    printf '%-40s %10.4f %10.4f %6.2fx\n' "--format $format ($published), CPU s" "$p" "$o" "$(awk -v a="$p" -v b="$o" 'BEGIN {print (b > 0) ? a / b : 0}')"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
