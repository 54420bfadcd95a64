#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Report packages at region scale (issue 12, docs/exchange.md). Made once in WORK: a demo database
# for every county of Guangxi, each exported; a database per city taking its counties in and
# forwarding them (14 city packages). Then timed: the region taking the 14 city packages in, against
# sqlite3's own .import of the same rows (CSV into plain tables), and one county's export.
# Usage: bench/exchange-bench.sh CHAMBERCTL WORK
set -euo pipefail
ctl=$1
work=$2
mkdir -p "$work"
cd "$work"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
if [ ! -f cities.done ]; then
    rm -rf cities && mkdir -p counties cities
    rm -f probe.sqlite* && "$ctl" --db probe.sqlite init --scope 45 >/dev/null
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

echo "== region takes in the 14 city packages"
rm -f region.sqlite* && "$ctl" --db region.sqlite init --scope 45 >/dev/null
start=$(date +%s%N)
/usr/bin/time -f "%e s wall, %U s user, %S s sys" "$ctl" --db region.sqlite exchange import cities/*.zip >/dev/null
ours=$(ms "$start")
echo "exchange import: $ours ms"
tables=$(sqlite3 region.sqlite "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'uid') ORDER BY m.name")
rows=0
for t in $tables; do rows=$(( rows + $(sqlite3 region.sqlite "SELECT count(*) FROM $t WHERE origin <> ''") )); done
echo "records: $rows ($(sqlite3 region.sqlite "SELECT count(*) FROM chamber") chambers, $(sqlite3 region.sqlite "SELECT count(*) FROM mediation_case") cases, $(sqlite3 region.sqlite "SELECT count(*) FROM points_entry") points entries)"

echo "== sqlite3 .import of the same rows"
# The rows as CSV with a header; .import creates each table from it (plain columns: no indexes,
# constraints or foreign keys, which the exchange import checks), so the peer is a lower bound.
rm -rf peer && mkdir peer
for t in $tables; do sqlite3 -header -csv region.sqlite "SELECT * FROM $t WHERE origin <> ''" > "peer/$t.csv"; done
rm -f peer.sqlite*
{
    echo "BEGIN;"
    for t in $tables; do [ -s "peer/$t.csv" ] && echo ".import --csv peer/$t.csv $t"; done
    echo "COMMIT;"
} > peer/import.sql
start=$(date +%s%N)
/usr/bin/time -f "%e s wall, %U s user, %S s sys" sqlite3 peer.sqlite < peer/import.sql
peer=$(ms "$start")
echo "sqlite3 .import: $peer ms"
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "ratio exchange import / sqlite3 .import: %.2f\n", a / b }'

echo "== one county's export (the largest county file)"
largest=$(ls -S counties/*.sqlite | head -1)
start=$(date +%s%N)
"$ctl" --db "$largest" exchange export --as-of 2025-12-31 --out county-export.zip >/dev/null
echo "export of $(basename "$largest" .sqlite): $(ms "$start") ms ($(sqlite3 "$largest" "SELECT count(*) FROM chamber") chambers, $(stat -c %s county-export.zip) bytes)"
