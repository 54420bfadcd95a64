#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check_manpages.sh DIR: every generated man page renders as lintian renders it, with no warning
# (Chinese text that cannot be adjusted or broken is fine, as lintian also allows).
set -u
failed=0
count=0
for page in "$1"/*/*.1.gz; do
    count=$((count + 1))
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null \
        | grep -v -e "cannot adjust line" -e "can't break line")
    if [ -n "$warnings" ]; then echo "FAIL: $page"; echo "$warnings"; failed=1; else echo "PASS: $page"; fi
done
[ $count -ge 2 ] || { echo "FAIL: expected the man pages in $1, found $count"; failed=1; }
exit $failed
