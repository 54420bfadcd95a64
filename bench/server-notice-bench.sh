#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 13: what migration 0009's notice trigger costs the writes. The demo county (450126, seed 7:
# 1,371 logged writes) written into a fresh server database with the trigger on and with it
# disabled, alternating, ROUNDS times each, in a throw-away cluster (pg_virtualenv); prints each
# wall time and the median of each. No app listens: the cost measured is the trigger and the queue.
# Usage: bench/server-notice-bench.sh CHAMBERCTL [ROUNDS]
set -eu
ctl=$(realpath "$1")
rounds=${2:-6}
if [ -z "${PGHOST:-}" ]; then
    exec pg_virtualenv -t "$0" "$ctl" "$rounds"
fi
on=""
off=""
round=1
while [ "$round" -le "$rounds" ]; do
    for mode in on off; do
        name="notice_bench_${mode}_$round"
        psql -qX -d postgres -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        "$ctl" --db "postgresql:///$name" init --scope 450126 > /dev/null
        [ "$mode" = off ] && psql -qX -d "$name" -c "ALTER TABLE change_log DISABLE TRIGGER change_log_notice"
        start=$(date +%s.%N)
        "$ctl" --db "postgresql:///$name" demo --scope 450126 --seed 7 > /dev/null
        end=$(date +%s.%N)
        took=$(echo "$end - $start" | bc)
        echo "round $round, trigger $mode: $took s"
        if [ "$mode" = on ]; then on="$on $took"; else off="$off $took"; fi
        psql -qX -d postgres -c "DROP DATABASE $name"
    done
    round=$((round + 1))
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median with the trigger: $(median "$on") s; without: $(median "$off") s"
