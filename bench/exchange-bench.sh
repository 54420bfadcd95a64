#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Report packages at region scale (issue 12, docs/exchange.md). Made once in WORK: a demo database
# for every county of Guangxi, each exported; a database per city taking its counties in and
# forwarding them (14 city packages). Then timed, side by side: the region taking the 14 city
# packages in, against sqlite3's own .import of the same rows (CSV into plain tables); and one
# county's export.
# Usage: bench/exchange-bench.sh CHAMBERCTL WORK [RUNS]
set -euo pipefail
ctl=$1
work=$2
runs=${3:-3}
mkdir -p "$work"
cd "$work"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
if [ ! -f cities.done ]; then
    rm -rf cities && mkdir -p counties cities
    rm -rf probe.sqlite* && "$ctl" --db probe.sqlite init --scope 45 >/dev/null
    mapfile -t cities < <(sqlite3 probe.sqlite "SELECT code FROM division WHERE level = 2 ORDER BY code")
    for city in "${cities[@]}"; do
        mapfile -t counties < <(sqlite3 probe.sqlite "SELECT code FROM division WHERE level = 3 AND parent_code = '$city' ORDER BY code")
        "$ctl" --db "cities/$city.sqlite" init --scope "$city" >/dev/null
        packages=()
        for county in "${counties[@]}"; do
            if [ ! -f "counties/$county.zip" ]; then  # kept from an interrupted run
                rm -f "counties/$county.sqlite"*
                "$ctl" --db "counties/$county.sqlite" demo --scope "$county" --quiet >/dev/null
                "$ctl" --db "counties/$county.sqlite" exchange export --as-of 2025-12-31 --out "counties/$county.zip" >/dev/null
            fi
            packages+=("counties/$county.zip")
        done
        "$ctl" --db "cities/$city.sqlite" exchange import "${packages[@]}" >/dev/null
        "$ctl" --db "cities/$city.sqlite" exchange export --as-of 2025-12-31 --out "cities/$city.zip" >/dev/null
        echo "city $city: ${#counties[@]} counties"
    done
    rm -f probe.sqlite
    touch cities.done
fi

# Whole-process CPU seconds (perf's task-clock where perf runs, else /usr/bin/time's user +
# system) and wall seconds, the median of RUNS paired runs: the same machine load for both.
if perf stat -x, -e task-clock true >/dev/null 2>&1; then
    cpu_wall() {
        local start=$(date +%s%N) cpu
        cpu=$(perf stat -x, -e task-clock "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ {printf "%.4f", $1 / 1000}')
        echo "$cpu $(( ($(date +%s%N) - start) / 1000000 ))"
    }
else
    cpu_wall() {
        local start=$(date +%s%N) cpu
        cpu=$(/usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.3f", $1 + $2}')
        echo "$cpu $(( ($(date +%s%N) - start) / 1000000 ))"
    }
fi
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "== region takes in the 14 city packages, against sqlite3's .import of the same rows ($runs paired runs)"
rm -rf region.sqlite* && "$ctl" --db region.sqlite init --scope 45 >/dev/null
cp region.sqlite empty-region.sqlite
"$ctl" --db region.sqlite exchange import cities/*.zip >/dev/null
tables=$(sqlite3 region.sqlite "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'uid') ORDER BY m.name")
rows=0
for t in $tables; do rows=$(( rows + $(sqlite3 region.sqlite "SELECT count(*) FROM $t WHERE origin <> ''") )); done
echo "records: $rows ($(sqlite3 region.sqlite "SELECT count(*) FROM chamber") chambers, $(sqlite3 region.sqlite "SELECT count(*) FROM mediation_case") cases, $(sqlite3 region.sqlite "SELECT count(*) FROM points_entry") points entries), packages $(cat cities/*.zip | wc -c) bytes"
# The peer: the rows as CSV with a header; .import creates each table from it (plain columns: no
# indexes, constraints or foreign keys, which the exchange import checks), so it is a lower bound.
rm -rf peer && mkdir peer
# A file keeps uids as 16 bytes (schema version 12), which the shell's CSV cannot carry: the peer
# takes them as their 32 hex digits.
for t in $tables; do
    cols=$(sqlite3 region.sqlite "SELECT group_concat(CASE name WHEN 'uid' THEN 'lower(hex(uid)) AS uid' ELSE '\"' || name || '\"' END, ', ') FROM pragma_table_info('$t')")
    sqlite3 -header -csv region.sqlite "SELECT $cols FROM $t WHERE origin <> ''" > "peer/$t.csv"
done
{
    echo "BEGIN;"
    for t in $tables; do [ -s "peer/$t.csv" ] && echo ".import --csv peer/$t.csv $t"; done
    echo "COMMIT;"
} > peer/import.sql
ours_cpu=() ours_wall=() peer_cpu=() peer_wall=()
for _ in $(seq "$runs"); do
    rm -rf region.sqlite* && cp empty-region.sqlite region.sqlite
    read -r c w < <(cpu_wall "$ctl" --db region.sqlite exchange import cities/*.zip)
    ours_cpu+=("$c") ours_wall+=("$w")
    rm -rf peer.sqlite*
    read -r c w < <(cpu_wall sqlite3 peer.sqlite ".read peer/import.sql")
    peer_cpu+=("$c") peer_wall+=("$w")
done
oc=$(printf '%s\n' "${ours_cpu[@]}" | median) ow=$(printf '%s\n' "${ours_wall[@]}" | median)
pc=$(printf '%s\n' "${peer_cpu[@]}" | median) pw=$(printf '%s\n' "${peer_wall[@]}" | median)
printf '%-28s %10s %10s\n' "" "CPU s" "wall ms"
printf '%-28s %10.3f %10d\n' "exchange import" "$oc" "$ow"
printf '%-28s %10.3f %10d\n' "sqlite3 .import" "$pc" "$pw"
awk -v oc="$oc" -v pc="$pc" -v ow="$ow" -v pw="$pw" 'BEGIN { printf "ratio exchange import / sqlite3 .import: %.2f (CPU), %.2f (wall); target ≤ 3, and under 10 s\n", oc / pc, ow / pw }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== one county's export (the largest county file)"
largest=$(ls -S counties/*.sqlite | head -1)
start=$(date +%s%N)
"$ctl" --db "$largest" exchange export --as-of 2025-12-31 --out county-export.zip >/dev/null
echo "export of $(basename "$largest" .sqlite): $(ms "$start") ms ($(sqlite3 "$largest" "SELECT count(*) FROM chamber") chambers, $(stat -c %s county-export.zip) bytes)"
