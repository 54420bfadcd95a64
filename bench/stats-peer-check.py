#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that `chamberctl stats --format json` and the SQL peer (bench/stats-peer.sql, run by the
sqlite3 shell) give the same figures for a database, scope, unit level and date.

usage: stats-peer-check.py CHAMBERCTL DATABASE SCOPE LEVEL [AS_OF]
  LEVEL: city, county or township; AS_OF: YYYY-MM-DD (default: today)

Every numeric figure of every unit is compared (rates by numerator and denominator; their `rate`
and `percent` follow from those), and every figure the app writes must be one the peer computes.
Exit 0 when all agree, 1 with the differences listed otherwise."""
import csv
import datetime
import io
import json
import os
import subprocess
import sys

LEVELS = {"city": 2, "county": 3, "township": 4}


def flatten(node, prefix, out):
    for key, value in node.items():
        path = prefix + key
        if isinstance(value, dict):
            if "numerator" in value and "denominator" in value:
                out[path + ".numerator"] = value["numerator"]
                out[path + ".denominator"] = value["denominator"]
            else:
                flatten(value, path + ".", out)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[path] = value


def app_units(stats):
    units = []
    total = {}
    # reporting says which counties' packages the figures come from (docs/exchange.md): not a figure.
    flatten({k: v for k, v in stats.items() if k not in ("units", "scope", "settings", "schema", "as_of", "units_level", "reporting")}, "", total)
    units.append((stats["scope"]["code"], total))
    for unit in stats["units"]:
        figures = {}
        flatten({k: v for k, v in unit.items() if k not in ("code", "name", "level")}, "", figures)
        units.append((unit["code"], figures))
    return units


def peer_units(database, scope, level, as_of):
    here = os.path.dirname(os.path.abspath(__file__))
    script = (f"CREATE TEMP TABLE peer_args AS SELECT '{scope}' AS scope, '{as_of}' AS as_of, {LEVELS[level]} AS unit_level;\n"
              f".read {os.path.join(here, 'stats-peer.sql')}\n")
    out = subprocess.run(["sqlite3", "-bail", "-readonly", database], input=script, capture_output=True, text=True, check=True).stdout
    units = []
    for row in csv.DictReader(io.StringIO(out)):
        code = row.pop("code")
        figures = {}
        for key, value in row.items():
            if value == "":
                continue  # absent (a median with no closed case)
            figures[key] = float(value) if "." in value else int(value)
        units.append((code, figures))
    return units


def main():
    if len(sys.argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        return 2
    chamberctl, database, scope, level = sys.argv[1:5]
    as_of = sys.argv[5] if len(sys.argv) == 6 else datetime.date.today().isoformat()
    app = json.loads(subprocess.run([chamberctl, "--db", database, "stats", "--scope", scope, "--by", level, "--as-of", as_of,
                                     "--format", "json"], capture_output=True, text=True, check=True).stdout)
    ours, peer = app_units(app), peer_units(database, scope, level, as_of)
    problems = []
    if [c for c, _ in ours] != [c for c, _ in peer]:
        problems.append(f"units differ: app {[c for c, _ in ours][:5]}… ({len(ours)}), peer {[c for c, _ in peer][:5]}… ({len(peer)})")
    compared = 0
    for (code, a), (_, b) in zip(ours, peer):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                problems.append(f"{code} {key}: app {a.get(key)!r}, peer {b.get(key)!r}")
            compared += 1
    for p in problems[:40]:
        print(p)
    if problems:
        print(f"{len(problems)} differences in {compared} figures", file=sys.stderr)
        return 1
    print(f"{len(ours)} units, {compared} figures: the app and the SQL peer agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
