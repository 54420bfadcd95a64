#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SIGKILL at a random moment during writes (issue 15): a ledger import, an exchange package import,
# demo and a backup, RUNS times each. After every kill the file must pass `chamberctl check` and
# hold all or nothing of the interrupted write: the chamber count (or, for the exchange import, the
# count of the origin's chambers) is exactly the before or the after figure, and no `.partial`
# backup is left once the next backup has run. Prints one line per kind and exits 1 on any failure.
# usage: bench/kill-bench.sh CHAMBERCTL [RUNS]
set -euo pipefail
chamberctl=$(realpath "$1")
runs=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ctl() { "$chamberctl" "$@"; }
count() { sqlite3 -readonly "$1" "SELECT count(*) FROM chamber WHERE ${2:-1}"; }

# The material: a county demo (ledger and package from it), and an empty county and city.
ctl --db county.sqlite demo --scope 450126 --quiet >/dev/null
ctl --db county.sqlite export ledger --out ledger.csv >/dev/null
ctl --db county.sqlite exchange export --out county.cdx >/dev/null
ctl --db empty.sqlite init --scope 450126 >/dev/null
ctl --db city.sqlite init --scope 4501 >/dev/null
chambers=$(count county.sqlite)

# Runs CMD in the background, kills it after a random 1..MAX ms, waits for it.
killed_at() {
    local max=$1
    shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(awk -v m="$max" -v r="$RANDOM" 'BEGIN {printf "%.3f", (1 + r % m) / 1000}')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Time of one uninterrupted run, so kills land spread over the whole write.
span_ms() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000 + 1))
}

failures=0
report() {  # kind intact total before after details
    printf '%-22s %3d of %3d intact (all-or-nothing: %d had none of it, %d all of it)\n' "$1" "$2" "$3" "$4" "$5"
}

check_one() {  # file expected-counts… → 0 if the file checks and its count is one of them
    local file=$1 where=$2
    shift 2
    ctl --db "$file" check >/dev/null 2>&1 || return 1
    local n
    n=$(count "$file" "$where")
    for e in "$@"; do [ "$n" = "$e" ] && { echo "$n"; return 0; }; done
    return 1
}

run_kind() {  # kind base-file where before after cmd…
    local kind=$1 base=$2 where=$3 before=$4 after=$5
    shift 5
    cp "$base" probe.sqlite
    local max
    max=$(span_ms "${@/TARGET/probe.sqlite}")
    local intact=0 none=0 all=0
    for _ in $(seq "$runs"); do
        rm -rf target.sqlite target.sqlite-* target.sqlite.backups
        cp "$base" target.sqlite
        killed_at "$max" "${@/TARGET/target.sqlite}"
        if n=$(check_one target.sqlite "$where" "$before" "$after"); then
            intact=$((intact + 1))
            if [ "$n" = "$before" ]; then none=$((none + 1)); else all=$((all + 1)); fi
        else
            failures=$((failures + 1))
            cp target.sqlite "$OLDPWD/kill-failure-$kind.sqlite" 2>/dev/null || true
        fi
    done
    report "$kind" "$intact" "$runs" "$none" "$all"
}

run_kind "import ledger" empty.sqlite 1 0 "$chambers" "$chamberctl" --db TARGET import ledger ledger.csv
run_kind "exchange import" city.sqlite "origin = '450126'" 0 "$chambers" "$chamberctl" --db TARGET exchange import county.cdx
run_kind "demo" empty.sqlite 1 0 "$chambers" "$chamberctl" --db TARGET demo --scope 450126 --quiet

# Backups: a killed backup leaves the database as it was and at most a .partial the next one removes.
intact=0
for _ in $(seq "$runs"); do
    rm -rf target.sqlite target.sqlite-* target.sqlite.backups
    cp county.sqlite target.sqlite
    killed_at 50 "$chamberctl" --db target.sqlite backup now
    # The next backup removes what a killed one left once it is a minute old (a younger one may be
    # another backup still at work): age them as the next day's backup would find them.
    for f in target.sqlite.backups/*.partial*; do [ -e "$f" ] && touch -d '-2 minutes' "$f"; done
    ctl --db target.sqlite backup now >/dev/null 2>&1 || true
    if ctl --db target.sqlite check >/dev/null 2>&1 && [ "$(count target.sqlite)" = "$chambers" ] &&
        ! ls target.sqlite.backups/*.partial* >/dev/null 2>&1; then
        intact=$((intact + 1))
    else
        failures=$((failures + 1))
    fi
done
report "backup now" "$intact" "$runs" "$intact" 0

[ "$failures" -eq 0 ] || { echo "FAILED: $failures killed runs left a file that is damaged or half-written"; exit 1; }
