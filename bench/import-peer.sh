#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `import ledger` against its floor, the sqlite3 shell's .import + INSERT…SELECT of the same rows
# (bench/import-peer.sql), side by side: the ledger is the region file's own (`export ledger`),
# imported into an empty database of the same scope, whole at first and then its first half
# (growth). Whole-process CPU seconds and peak memory, the median of paired runs, the ratio.
# usage: bench/import-peer.sh CHAMBERCTL DATABASE [RUNS]
set -euo pipefail
chamberctl=$1
db=$2
runs=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scope=$(sqlite3 -readonly "$db" "SELECT value FROM setting WHERE key = 'scope.code'")
"$chamberctl" --db "$db" export ledger --out "$work/ledger.csv" >/dev/null
"$chamberctl" --db "$work/empty.sqlite" init --scope "$scope" >/dev/null
rows=$(($(wc -l < "$work/ledger.csv") - 2))
head -n $((2 + rows / 2)) "$work/ledger.csv" > "$work/half.csv"
# CPU seconds (perf's task-clock where perf runs: /usr/bin/time's hundredths are too coarse for
# the floor) and peak memory (/usr/bin/time's maximum resident set) of the whole process.
if perf stat -x, -e task-clock true >/dev/null 2>&1; then
    measure() {
        /usr/bin/time -f "rss %M" perf stat -x, -e task-clock "$@" 2>&1 >/dev/null |
            awk -F, '/task-clock/ {t = $1 / 1000} /^rss/ {split($0, r, " "); m = r[2]} END {printf "%.4f %d\n", t, m}'
    }
else
    measure() { /usr/bin/time -f "%U %S %M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.3f %d\n", $1 + $2, $3}'; }
fi
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%-30s %9s %9s %7s %11s %11s\n' "import ledger" "app s" "peer s" "ratio" "app peak" "peer peak"
for ledger in ledger half; do
    app=() peer=() app_kb=0 peer_kb=0
    n=$(($(wc -l < "$work/$ledger.csv") - 2))
    for _ in $(seq "$runs"); do
        rm -rf "$work/app.sqlite"* "$work/peer.sqlite"*
        cp "$work/empty.sqlite" "$work/app.sqlite"
        cp "$work/empty.sqlite" "$work/peer.sqlite"
        read -r c kb < <(measure "$chamberctl" --db "$work/app.sqlite" import ledger "$work/$ledger.csv")
        app+=("$c") app_kb=$kb
        read -r c kb < <(printf '.dbconfig enable_trigger off\n.read %s\n.import --csv --skip 2 %s staging\n.read %s\n' "$here/import-peer.sql" "$work/$ledger.csv" \
                             "$here/import-peer-insert.sql" | measure sqlite3 -bail "$work/peer.sqlite")
        peer+=("$c") peer_kb=$kb
    done
    got=$(sqlite3 "$work/app.sqlite" "SELECT count(*) FROM chamber") want=$(sqlite3 "$work/peer.sqlite" "SELECT count(*) FROM chamber")
    [ "$got" = "$want" ] || echo "warning: the app imported $got chambers, the peer $want"
    a=$(printf '%s\n' "${app[@]}" | median)
    p=$(printf '%s\n' "${peer[@]}" | median)
    printf '%-30s %9.4f %9.4f %6.1fx %8d KB %8d KB\n' "$n rows" "$a" "$p" "$(awk -v a="$a" -v p="$p" 'BEGIN {print (p > 0) ? a / p : 0}')" "$app_kb" "$peer_kb"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
