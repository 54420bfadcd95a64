#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Lines of per-kind code (issue 11's measure) in storage, the CLI, JSON, models and dialogs.
#
# "Per-kind" code is code written for one record kind (chamber with its registration, Party
# organisation, instructor, disclosure, honour, mediation committee, tally, case, need, member)
# rather than for every kind through the descriptions:
#   storage  src/storage/*Service.{h,cpp} named for a kind (ChamberService, HonourService …)
#   cli      src/cli/*Commands.cpp named for a kind (HonourCommands, MediationCaseCommands …)
#   json     functions named for a kind in src/reports/*Json*.{h,cpp} and src/cli/*.cpp that build
#            JSON by hand (registrationEventToJson …; recordJson/listedJson serve every kind)
#   models   src/app/**/*Model.{h,cpp} named for a kind (ChamberTableModel …; RecordTableModel and
#            PagedTableModel serve every kind)
#   dialogs  src/app/**/*{Dialog,Tab,Panel,Editor}.{h,cpp} named for a kind (HonourDialog,
#            NeedsTab, TallyPanel …), outside src/app/points and src/app/widgets
#   ui       ui/**/*.ui named for a kind (forms stay Designer files: shown apart, not in the total)
# "Named for a kind": the file's (or function's) name holds one of the kind words below. Lines
# are all lines (wc -l). The descriptions themselves (src/core/RecordKinds*.cpp) and the bindings
# are shown apart for context: they are the one place per kind the issue asks for.
# usage: scripts/kind-code-lines.sh [-v] [TREE]     (-v lists each file or function)
set -eu
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
tree=${1:-$(dirname "$0")/..}
cd "$tree"
kinds='Chamber|Party|Instructor|Disclosure|Honour|Mediation|Committee|Tally|Case|Need|ServiceRequest|Member|Registration'

files_lines() { # AREA FILE… : total lines of the files
    area=$1
    shift
    total=0
    for f in "$@"; do
        [ -f "$f" ] || continue
        n=$(wc -l <"$f")
        total=$((total + n))
        [ $verbose = 1 ] && printf '    %6d  %s\n' "$n" "$f"
    done
    printf '%-9s %6d\n' "$area" "$total"
    echo "$total" >>"$sums"
}

sums=$(mktemp)
trap 'rm -f "$sums"' EXIT

storage=$(find src/storage -maxdepth 1 -name '*Service.h' -o -maxdepth 1 -name '*Service.cpp' | grep -E "/($kinds)[A-Za-z]*Service\.(h|cpp)$" | sort)
cli=$(find src/cli -maxdepth 1 -name '*Commands.cpp' | grep -E "/($kinds)[A-Za-z]*Commands\.cpp$" | sort)
models=$(find src/app -name '*Model.h' -o -name '*Model.cpp' | grep -Ev '/(widgets|points)/' | grep -E "/[A-Za-z]*($kinds)[A-Za-z]*Model\.(h|cpp)$" | sort)
dialogs=$(find src/app -name '*.h' -o -name '*.cpp' | grep -Ev '/(widgets|points)/' |
    grep -E "/[A-Za-z]*($kinds)[A-Za-z]*(Dialog|Tab|Panel|Editor)\.(h|cpp)$" | sort)
ui=$(find ui -name '*.ui' 2>/dev/null | grep -E "/[A-Za-z]*($kinds)[A-Za-z]*\.ui$" | sort)

# word-split on purpose: the paths hold no spaces
# shellcheck disable=SC2086
files_lines storage $storage
# shellcheck disable=SC2086
files_lines cli $cli

# JSON: from a function's first line (at column 0, its name holding a kind word, lower or upper
# case, and Json) to the first line that is "}".
json=0
for f in $(find src/reports src/cli -maxdepth 1 -name '*.cpp' -o -maxdepth 1 -name '*.h' | sort); do
    n=$(awk -v verbose=$verbose -v file="$f" '
        /^[A-Za-z]/ && tolower($0) ~ /[a-z_]*(chamber|party|instructor|disclosure|honour|mediation|committee|tally|case|need|servicerequest|member|registration|readiness)[a-z_]*json[a-z_]*\(/ && !/;[ \t]*$/ {
            inside = 1; start = NR; name = $0
        }
        inside && /^}/ {
            inside = 0; lines = NR - start + 1; total += lines
            if (verbose) printf "    %6d  %s: %s\n", lines, file, name > "/dev/stderr"
        }
        END { print total + 0 }' "$f")
    json=$((json + n))
done
printf '%-9s %6d\n' json "$json"
echo "$json" >>"$sums"

# shellcheck disable=SC2086
files_lines models $models
# shellcheck disable=SC2086
files_lines dialogs $dialogs
printf '%-9s %6d\n' total "$(paste -sd+ "$sums" | bc)"
: >"$sums"
echo "apart:"
# shellcheck disable=SC2086
files_lines '  ui' $ui
# shellcheck disable=SC2086
files_lines '  descr.' src/core/RecordKinds*.cpp src/core/RecordBindings.cpp
