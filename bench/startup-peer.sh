#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up to a painted window (bench_startup: the app's own steps on DATABASE) against its peer,
# a bare Qt window (bench_startup_peer), side by side: whole-process wall and CPU seconds, the
# median of paired runs, and the ratios. Offscreen unless QT_QPA_PLATFORM says otherwise.
# usage: bench/startup-peer.sh BENCH_DIR DATABASE [RUNS]      (BENCH_DIR: build/bench or build-bench/bench)
set -euo pipefail
dir=$1
db=$2
runs=${3:-7}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
measure() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
"$dir/bench_startup" "$db" >/dev/null  # once first: the daily backup of a file opened for the first time today
app_wall=() app_cpu=() peer_wall=() peer_cpu=()
for _ in $(seq "$runs"); do
    read -r w c < <(measure "$dir/bench_startup" "$db")
    app_wall+=("$w") app_cpu+=("$c")
    read -r w c < <(measure "$dir/bench_startup_peer")
    peer_wall+=("$w") peer_cpu+=("$c")
done
aw=$(printf '%s\n' "${app_wall[@]}" | median) ac=$(printf '%s\n' "${app_cpu[@]}" | median)
pw=$(printf '%s\n' "${peer_wall[@]}" | median) pc=$(printf '%s\n' "${peer_cpu[@]}" | median)
printf '%-34s %8s %8s\n' "start-up to a painted window" "wall s" "CPU s"
printf '%-34s %8.3f %8.3f\n' "chamberdesk ($(basename "$db"))" "$aw" "$ac"
printf '%-34s %8.3f %8.3f\n' "bare Qt window (peer)" "$pw" "$pc"
printf '%-34s %7.2fx %7.2fx\n' "ratio" "$(awk -v a="$aw" -v p="$pw" 'BEGIN {print a / p}')" "$(awk -v a="$ac" -v p="$pc" 'BEGIN {print a / p}')"
printf '%-34s %8.3f %8.3f   (target: ≤ 0.5 s for a county file, ≤ 1 s for a province)\n' "app minus peer" \
    "$(awk -v a="$aw" -v p="$pw" 'BEGIN {print a - p}')" "$(awk -v a="$ac" -v p="$pc" 'BEGIN {print a - p}')"
"$dir/bench_startup" "$db"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
