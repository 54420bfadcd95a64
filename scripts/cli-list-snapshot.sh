#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Dumps chamberctl's `list` of every record kind (and the tables `show` prints beside a record, and
# one record of each kind as `show --format json` writes it, and the text `show` of every kind) on
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
    # The text `show` of every kind (instructors, disclosures and tallies are the tables of party
    # and committee show): records with and without their optional fields, a dissolved chamber, a
    # joint and star-rated Party organisation, chambers with none, and numbers that are none.
    for id in 1 2 5 7; do run chamber-show-$id chamber show $id; done
    for id in 6 9 13; do run party-show-$id party show --chamber $id; done
    run committee-show-13 mediation committee show --chamber 13
    for id in 1 2; do run honour-show-$id honour show $id; done
    for id in 1 17 18 49 57; do run case-show-$id mediation case show $id; done
    for id in 7 14 23; do run need-show-$id need show $id; done
    for id in 1 37 85; do run member-show-$id member show $id; done
    run chamber-show-none chamber show 99999
    run honour-show-none honour show 99999
    run case-show-none mediation case show 99999
    run need-show-none need show 99999
    run member-show-none member show 99999
done
# Records whose every field is filled (the demo leaves some empty: a need raised by a member, a
# case's summary and follow-up note …) or whose joined values stand alone, written once, then
# shown in both languages.
export CHAMBERDESK_LANG=en
mkdir -p "$out/add"
add() {
    name=$1
    shift
    set +e
    "$ctl" --db "$db" "$@" >"$out/add/$name.out" 2>"$out/add/$name.err"
    echo $? >"$out/add/$name.rc"
    set -e
}
add member member add --chamber 3 --name 思陇镇全填商贸有限公司 --kind enterprise --credit-code 91450126MA5K3R2L9Q \
    --representative 黄全 --phone 0771-5551234 --industry 商贸 --role director --joined 2020-05-05 --left 2025-05-05 --notes 全部填写
add need need add --chamber 3 --member 113 --kind funding --description 流动资金 --raised 2025-04-04 --partner 农商行 --notes 会员提出
add case mediation case add --chamber 3 --number 2025-099 --received 2025-03-01 --source initiative --applicant 甲 \
    --respondent 乙 --type debt --summary 货款 --amount 1.5万 --mediators 张三,李四 --status settled --closed 2025-03-10 \
    --agreed-amount 12000.50 --agreement 调协〔2025〕1号 --judicial-confirmation no --performance partly_performed \
    --follow-up 2025-04-01 --follow-up-note 已回访 --notes 全部填写
add case-bare mediation case add --chamber 3 --received 2025-03-02 --applicant 丙 --respondent 丁 --type other \
    --status settled --closed 2025-03-05 --proof 收据 --follow-up 2025-03-20 --follow-up-note 未满意
add honour honour add --chamber 3 --kind integrity_pioneer --year 2024 --issuer 自治区工商联 --document 桂工商联〔2024〕3号 \
    --date 2024-06-01 --notes 全部填写
add party party set --chamber 3 --name 思陇镇商会联合党支部 --form joint --joint-with 思陇镇个协 --members 0 \
    --secretary-phone 0771-5550000 --founded 2019-07-01 --stars 3 --notes 全部填写
add committee mediation committee set --chamber 13 --name 陈平镇商会调解室 --mediators 0 --notes 全部填写
add chamber chamber edit 3 --supervising-unit 宾阳县工商联 --full-time-staff 0 --notes 全部填写 --independent-liability unknown
for lang in en zh_CN; do
    export CHAMBERDESK_LANG=$lang
    run filled-chamber-show chamber show 3
    run filled-party-show party show --chamber 3
    run filled-committee-show mediation committee show --chamber 13
    run filled-honour-show honour show 6
    run filled-case-show mediation case show 66
    run filled-case-bare-show mediation case show 67
    run filled-need-show need show 27
    run filled-member-show member show 113
done
