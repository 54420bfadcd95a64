#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 13: region-scale `stats` and the chamber list on PostgreSQL against the same on SQLite,
# measured in one run on this machine: the same demo region (scope 45) in a file and in a database
# of a throw-away cluster (pg_virtualenv), each command run RUNS times on each, the median wall
# time of each and their ratio (target: PostgreSQL within 2× of SQLite). The server is local
# (TCP to localhost), as an office's would be on its LAN at best. Connected as the cluster's
# superuser, which row-level security does not filter; a clerk's connection adds the policies.
# Usage: bench/server-bench.sh CHAMBERCTL WORKDIR [RUNS]
set -eu
ctl=$(realpath "$1")
work=$2
runs=${3:-5}
if [ -z "${PGHOST:-}" ]; then
    exec pg_virtualenv -t "$0" "$ctl" "$work" "$runs"
fi
mkdir -p "$work"
file="$work/region-bench.sqlite"
name="bench_region_$$"
psql -qX -d postgres -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
trap 'psql -qX -d postgres -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null' EXIT
server="postgresql:///$name"
if [ ! -f "$file" ]; then
    rm -f "$file.partial"
    "$ctl" --db "$file.partial" demo --scope 45 --quiet > /dev/null
    mv "$file.partial" "$file"
fi
start=$(date +%s.%N)
"$ctl" --db "$server" demo --scope 45 --quiet > /dev/null
echo "region demo on the server: $(echo "$(date +%s.%N) - $start" | bc) s"

# median wall seconds of RUNS runs of a command on a database
median() {
    db=$1
    shift
    for i in $(seq "$runs"); do
        s=$(date +%s.%N)
        "$ctl" --db "$db" "$@" > /dev/null
        echo "$(date +%s.%N) - $s" | bc
    done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
measure() {
    label=$1
    shift
    lite=$(median "$file" "$@")
    pg=$(median "$server" "$@")
    printf '%-40s SQLite %6.3f s   PostgreSQL %6.3f s   ratio %.2f\n' "$label" "$lite" "$pg" "$(echo "$pg / $lite" | bc -l)"
}
measure "stats (region, by city)" stats --format json --as-of 2025-12-31
measure "stats (region, by township)" stats --format json --as-of 2025-12-31 --by township
measure "chamber list (region, every chamber)" chamber list
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
