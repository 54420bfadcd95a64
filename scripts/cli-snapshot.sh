#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Dumps what chamberctl prints for every record kind on fixed demo data (seed 1, 宾阳县), in text,
# JSON and CSV, with the exit code of each command, so that a refactoring can be shown to keep the
# output byte for byte:
#   scripts/cli-snapshot.sh build/src/cli/chamberctl /tmp/before     # before the change
#   scripts/cli-snapshot.sh build/src/cli/chamberctl /tmp/after      # after it
#   diff -r /tmp/before /tmp/after                                   # nothing: unchanged
# LANG picks the language of the text (CHAMBERDESK_LANG, default en); run it with zh_CN too.
set -eu
ctl=$(realpath "$1")
out=$2
lang=${CHAMBERDESK_LANG:-en}
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.sqlite
export CHAMBERDESK_LANG="$lang" QT_QPA_PLATFORM=offscreen HOME="$work"

n=0
# run NAME ARGS…: stdout, stderr and the exit code into OUT/NNN-NAME.
run() {
    name=$1
    shift
    n=$((n + 1))
    f=$(printf '%s/%03d-%s' "$out" "$n" "$name")
    set +e
    "$ctl" --db "$db" "$@" >"$f.out" 2>"$f.err"
    echo $? >"$f.rc"
    set -e
    # The database path differs between runs; nothing else may.
    sed -i "s|$work|WORK|g" "$f.out" "$f.err"
}

run demo demo --scope 450126 --seed 1 --quiet

for fmt in table json; do
    run chamber-list-$fmt chamber list --format $fmt
    run chamber-ready-$fmt chamber ready --format $fmt
    for id in 1 2 5; do run chamber-show-$id-$fmt chamber show $id --format $fmt; done
    run party-list-$fmt party list --format $fmt
    run instructor-list-$fmt party instructor list --format $fmt
    run disclosure-list-$fmt party disclosure list --format $fmt
    for id in 1 2 3; do run party-show-$id-$fmt party show --chamber $id --format $fmt; done
    run honour-list-$fmt honour list --format $fmt
    for id in 1 2; do run honour-show-$id-$fmt honour show $id --format $fmt; done
    run committee-list-$fmt mediation committee list --format $fmt
    for id in 1 2; do run committee-show-$id-$fmt mediation committee show --chamber $id --format $fmt; done
    for id in 1 2; do run tally-list-$id-$fmt mediation tally list --chamber $id --format $fmt; done
    run case-list-$fmt mediation case list --format $fmt --limit 40
    for id in 1 2 3; do run case-show-$id-$fmt mediation case show $id --format $fmt; done
    run need-list-$fmt need list --format $fmt
    for id in 1 2; do run need-show-$id-$fmt need show $id --format $fmt; done
    run member-list-$fmt member list --format $fmt --limit 60
    for id in 1 2; do run member-show-$id-$fmt member show $id --format $fmt; done
done
run ledger-csv export ledger --format csv --out "$work/ledger.csv"
cp "$work/ledger.csv" "$out/ledger.csv"

# Help of every record command: the options and their descriptions.
for cmd in "chamber add" "chamber edit" "chamber list" "party set" "party instructor add" "party instructor edit" \
    "party disclosure add" "party disclosure edit" "honour add" "honour edit" "honour list" "mediation committee set" \
    "mediation tally set" "mediation case add" "mediation case edit" "need add" "need edit" "member add" "member edit"; do
    # shellcheck disable=SC2086
    run help-$(echo $cmd | tr ' ' '-') $cmd --help
done

# Writes: add, edit, show and remove of each kind, and malformed values refused.
run w-chamber-add chamber add --township 宾州镇 --name 测试商会 --founded 2020-01-02 --president 甲 --president-phone 13800000000 \
    --secretary-general 乙 --secretary-phone 13900000000 --full-time-staff 2 --activity-funds 3.5万 --individual-members 40 \
    --unit-members 12 --independent-liability yes --notes 备注
run w-chamber-show chamber show 测试商会 --format json
run w-chamber-edit chamber edit 测试商会 --independent-liability 否 --status dormant --activity-funds ""
run w-chamber-show2 chamber show 测试商会
run w-chamber-bad chamber edit 测试商会 --independent-liability perhaps --founded 2020-13-01 --activity-funds lots
run w-chamber-yes-no chamber edit 测试商会 --independent-liability y
run w-chamber-bad2 chamber edit 测试商会 --secretary-phone "abc" --status sleeping
run w-party-set party set --chamber 测试商会 --form joint --joint-with 某公司 --members 5 --secretary 丙 --secretary-phone 13700000000 \
    --founded 2021-03-04 --stars 3 --rated-on 2022-01-01
run w-party-bad party set --chamber 测试商会 --secretary-phone "x!" --stars 9
run w-party-show party show --chamber 测试商会 --format json
run w-instructor-add party instructor add --chamber 测试商会 --name 丁 --unit 县委 --phone 0771-1234567 --from 2022-02-02
run w-disclosure-add party disclosure add --chamber 测试商会 --period 2024 --party-affairs yes --chamber-affairs no --finances y \
    --date 2024-12-31
run w-disclosure-bad party disclosure add --chamber 测试商会 --period 2024-H2 --finances perhaps
run w-party-show2 party show --chamber 测试商会
run w-honour-add honour add --chamber 测试商会 --kind regional_four_good --year 2023 --document 桂〔2023〕1号 --date 2023-05-06
run w-honour-bad honour add --chamber 测试商会 --kind nonsense --year abc
run w-committee-set mediation committee set --chamber 测试商会 --name 调委会 --founded 2021-01-01 --mediators 3
run w-tally-set mediation tally set --chamber 测试商会 --year 2022 --cases 4 --settled 3
run w-committee-show mediation committee show --chamber 测试商会 --format json
run w-case-add mediation case add --chamber 测试商会 --received 2024-03-01 --source application --applicant 甲公司 --respondent 乙公司 \
    --type debt --summary 欠款 --amount 12000 --mediators 张三、李四
run w-case-bad mediation case add --chamber 测试商会 --received 2024-03-01 --applicant 甲 --respondent 乙 --type nothing \
    --judicial-confirmation maybe --amount x
run w-case-list mediation case list --chamber 测试商会 --format json
run w-member-add member add --chamber 测试商会 --name 某某公司 --kind enterprise --representative 戊 --phone 13600000000 --role vice_president \
    --joined 2020-05-05
run w-member-bad member add --chamber 测试商会 --name 某人 --kind nobody --joined yesterday
run w-member-list member list --chamber 测试商会 --format json
run w-need-add need add --chamber 测试商会 --requester 某某公司 --kind funding --description 贷款 --raised 2024-04-04 --partner 银行
run w-need-bad need add --chamber 测试商会 --kind nothing --description 某 --raised 2024-99-01
run w-need-list need list --chamber 测试商会 --format json
run w-member-counts member counts --chamber 测试商会 --keep y
run w-remove-honour honour remove 1
run w-remove-party party remove --chamber 测试商会
run w-remove-chamber chamber remove 测试商会 --yes
run w-chamber-gone chamber show 测试商会
echo "$n outputs in $out"
