#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `chamberctl stats` against its SQL peer (stats-peer.sql run by the sqlite3 shell) on the same file,
# side by side: whole-process CPU seconds (user + system), the median of paired runs, and the ratio.
# usage: bench/stats-peer.sh CHAMBERCTL DATABASE [SCOPE] [RUNS]
set -euo pipefail
chamberctl=$1
db=$2
scope=${3:-45}
runs=${4:-5}
here=$(cd "$(dirname "$0")" && pwd)
as_of=$(date +%F)
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.3f\n", $1 + $2}'; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%-28s %10s %10s %7s\n' "stats --scope $scope" "app s" "peer s" "ratio"
for by in city county township; do
    level=$(case $by in city) echo 2 ;; county) echo 3 ;; township) echo 4 ;; esac)
    app=() peer=()
    for _ in $(seq "$runs"); do
        app+=("$(cpu "$chamberctl" --db "$db" stats --scope "$scope" --by "$by" --as-of "$as_of" --format json)")
        peer+=("$(printf "CREATE TEMP TABLE peer_args AS SELECT '%s' AS scope, '%s' AS as_of, %d AS unit_level;\n.read %s\n" \
                   "$scope" "$as_of" "$level" "$here/stats-peer.sql" | cpu sqlite3 -bail -readonly "$db")")
    done
    a=$(printf '%s\n' "${app[@]}" | median)
    p=$(printf '%s\n' "${peer[@]}" | median)
    printf '%-28s %10.3f %10.3f %6.2fx\n' "--by $by" "$a" "$p" "$(awk -v a="$a" -v p="$p" 'BEGIN {print (p > 0) ? a / p : 0}')"
done
