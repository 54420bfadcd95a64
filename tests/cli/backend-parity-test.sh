#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 13: the same demo data in a SQLite file and in a PostgreSQL database gives byte-identical
# figures and reports: stats (JSON and CSV, at two levels) and the annual scoring report (JSON and
# CSV). Runs inside the tests' PostgreSQL cluster (pg_virtualenv: PGHOST, PGUSER … set).
# Usage: backend-parity-test.sh CHAMBERCTL WORKDIR
set -eu
ctl=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
name="parity_$$"
# No server to test on: skipped (77), never passed.
psql -qX -d postgres -c "SELECT 1" > /dev/null 2>&1 || { echo "no PostgreSQL server (run in pg_virtualenv)"; exit 77; }
psql -qX -d postgres -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
trap 'psql -qX -d postgres -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"' EXIT
file="$work/demo.sqlite"
server="postgresql:///$name"
for db in "$file" "$server"; do
    "$ctl" --db "$db" demo --scope 450126 --seed 7 > /dev/null
done
status=0
compare() {
    label=$1
    shift
    "$ctl" --db "$file" "$@" > "$work/sqlite.out" 2> /dev/null
    "$ctl" --db "$server" "$@" > "$work/server.out" 2> /dev/null
    if ! cmp -s "$work/sqlite.out" "$work/server.out"; then
        echo "DIFFERENT: $label"
        diff "$work/sqlite.out" "$work/server.out" | head -20
        status=1
    elif [ ! -s "$work/sqlite.out" ]; then
        echo "EMPTY: $label"
        status=1
    else
        echo "same: $label ($(wc -c < "$work/sqlite.out") bytes)"
    fi
}
compare "stats json" stats --format json --as-of 2025-12-31
compare "stats csv by township" stats --format csv --as-of 2025-12-31 --by township
compare "chamber list" chamber list
# A published year (its report as published) and the open one (a draft of a given date).
for year in 2025 2026; do
    compare "report scoring json $year" report scoring --year "$year" --format json --date 2026-01-15 --out /dev/stdout
    compare "report scoring csv $year" report scoring --year "$year" --format csv --date 2026-01-15 --out /dev/stdout
done
compare "points scorecard 2026" points scorecard --year 2026
exit $status
