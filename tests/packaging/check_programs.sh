#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check_programs.sh VERSION PROGRAM…: with no display at all, each program's --version prints
# "ChamberDesk VERSION" and --help its usage (in English and in Chinese), each exiting 0.
set -u
version=$1
shift
failed=0
for program in "$@"; do
    name=$(basename "$program")
    run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }
    out=$(run CHAMBERDESK_LANG=en "$program" --version 2>&1); rc=$?
    if [ $rc -ne 0 ] || [ "$out" != "ChamberDesk $version" ]; then
        echo "FAIL: $name --version exited $rc and printed: $out"; failed=1
    else
        echo "PASS: $name --version: $out"
    fi
    for lang in en zh_CN; do
        if [ "$name" = chamberdesk ]; then
            out=$(run CHAMBERDESK_LANG=$lang HOME=/nonexistent "$program" --lang $lang --help 2>&1); rc=$?
        else
            out=$(run CHAMBERDESK_LANG=$lang "$program" --help 2>&1); rc=$?
        fi
        case $lang in en) want="Usage:";; *) want="用法";; esac
        if [ $rc -ne 0 ] || ! printf '%s' "$out" | grep -q "$want"; then
            echo "FAIL: $name --help ($lang) exited $rc and printed: $out"; failed=1
        else
            echo "PASS: $name --help ($lang)"
        fi
    done
done
exit $failed
