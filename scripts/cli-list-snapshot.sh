#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Dumps chamberctl's `list` of every record kind (and the tables `show` prints beside a record, and
# one record of each kind as `show --format json` writes it) on
# fixed demo data (seed 1, 宾阳县) in table, JSON and CSV, in English and in zh_CN, each with its
# stderr and exit code, so that building the lists from the kinds' descriptions can be shown to keep
# them byte for byte:
#   scripts/cli-list-snapshot.sh build/src/cli/chamberctl /tmp/after
#   diff -r tests/cli/list-snapshot /tmp/after          # nothing: unchanged
# The test `cli list snapshot` (tests/cli/CMakeLists.txt) runs it and compares with the snapshot
# kept in tests/cli/list-snapshot, taken before the lists were driven from the descriptions.
set -eu
ctl=$(realpath "$1")
out=$2
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.sqlite
export QT_QPA_PLATFORM=offscreen HOME="$work" CHAMBERDESK_LANG=en

# run NAME ARGS…: stdout, stderr and the exit code into OUT/LANG/NAME.
run() {
    name=$1
    shift
    f=$out/$CHAMBERDESK_LANG/$name
    set +e
    "$ctl" --db "$db" "$@" >"$f.out" 2>"$f.err"
    echo $? >"$f.rc"
    set -e
    # The database path differs between runs; nothing else may.
    sed -i "s|$work|WORK|g" "$f.out" "$f.err"
}

"$ctl" --db "$db" demo --scope 450126 --seed 1 --quiet >/dev/null 2>&1
for lang in en zh_CN; do
    export CHAMBERDESK_LANG=$lang
    mkdir -p "$out/$lang"
    for fmt in table json csv; do
        run chamber-list-$fmt chamber list --format $fmt
        run chamber-list-ready-$fmt chamber list --ready --format $fmt
        run chamber-ready-$fmt chamber ready --format $fmt
        run party-list-$fmt party list --format $fmt
        run instructor-list-$fmt party instructor list --format $fmt
        run disclosure-list-$fmt party disclosure list --format $fmt
        run honour-list-$fmt honour list --format $fmt
        run committee-list-$fmt mediation committee list --format $fmt
        run case-list-$fmt mediation case list --format $fmt
        run need-list-$fmt need list --format $fmt
        run member-list-$fmt member list --format $fmt
        for id in 1 2 3 5; do
            run tally-list-$id-$fmt mediation tally list --chamber $id --format $fmt
            run party-show-$id-$fmt party show --chamber $id --format $fmt
            run committee-show-$id-$fmt mediation committee show --chamber $id --format $fmt
        done
    done
    # Filters and paging go through the same tables.
    run honour-list-2023 honour list --year 2023
    run case-list-page mediation case list --limit 5 --offset 3
    run member-list-chamber member list --chamber 2
    run need-list-search need list --search 融资
    run chamber-list-search chamber list --search 镇
    run empty-list honour list --year 1990
    run empty-list-json honour list --year 1990 --format json
    # One record of each kind as `show --format json` prints it (the Party organisation, committee
    # and tallies are in party/committee show above), and a number that is none.
    for id in 1 2 5; do run chamber-show-$id-json chamber show $id --format json; done
    for id in 1 2; do run honour-show-$id-json honour show $id --format json; done
    for id in 1 2 3; do run case-show-$id-json mediation case show $id --format json; done
    for id in 1 2; do run need-show-$id-json need show $id --format json; done
    for id in 1 2; do run member-show-$id-json member show $id --format json; done
    run honour-show-none-json honour show 99999 --format json
done
