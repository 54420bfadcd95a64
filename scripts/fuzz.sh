#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses of fuzz/ with clang, ASan and UBSan in build-fuzz/, and runs
# each for N seconds (default 60) on a seed corpus from the samples and the import test data.
# Crashes land in build-fuzz/findings/HARNESS/; turn each into a regression file under
# tests/import/data/fuzz/ with a test. scripts/test.sh (so CI) runs each for a few seconds from
# a fixed seed (FUZZ_SEED; unset or 0 means a random one); bench/ runs the long ones.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(csv xlsx ods xls ledger_file values township)
jobs=${FUZZ_JOBS:-2}
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
fi
cmake -S . -B build-fuzz -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAMBER_FUZZ=ON -DCHAMBER_PCH=OFF \
    -DCHAMBER_BUILD_TESTS=OFF -DCHAMBER_BUILD_GUI=OFF -DCHAMBER_WERROR=OFF \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link $san" -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link $san" \
    -DCMAKE_EXE_LINKER_FLAGS="$san" >/dev/null
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build build-fuzz --target "${targets[@]}" -j"$jobs"

# Seeds: every sample and test file, sorted by kind so each harness starts from its own.
seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{csv,xlsx,ods,xls,all,values,township}
for f in tests/shared/samples/* tests/import/data/*; do
    [ -f "$f" ] || continue
    cp "$f" "$seeds/all/"
    case "$f" in
        *.csv) cp "$f" "$seeds/csv/" ;;
        *.xlsx|*.xlsm) cp "$f" "$seeds/xlsx/" ;;
        *.ods) cp "$f" "$seeds/ods/" ;;
        *.xls|*.et) cp "$f" "$seeds/xls/" ;;
    esac
done
printf '2019-05-12' >"$seeds/values/iso"; printf '2019年5月' >"$seeds/values/month"; printf '2012.07' >"$seeds/values/dot"
printf '1.5万元' >"$seeds/values/money"; printf '91450126MA5K0000X1' >"$seeds/values/code"; printf '是' >"$seeds/values/yes"
printf '黎塘镇\0宾阳县黎塘镇商会' >"$seeds/township/name"; printf '450126101\0' >"$seeds/township/code"; printf '\0宾阳县宾州镇商会' >"$seeds/township/fromname"

status=0
for h in "${harnesses[@]}"; do
    case "$h" in
        csv) corpus=$seeds/csv ;; xlsx) corpus=$seeds/xlsx ;; ods) corpus=$seeds/ods ;; xls) corpus=$seeds/xls ;;
        ledger_file) corpus=$seeds/all ;; values) corpus=$seeds/values ;; township) corpus=$seeds/township ;;
    esac
    work=build-fuzz/corpus/$h findings=build-fuzz/findings/$h
    mkdir -p "$work" "$findings"
    echo "== fuzz_$h for ${seconds}s"
    # 2 GB and 10 s per input: over either is a finding (the readers promise bounded memory and time).
    if ! build-fuzz/fuzz/fuzz_$h "$work" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len=1048576 -seed="${FUZZ_SEED:-0}" -artifact_prefix="$findings/" -print_final_stats=1 2>"build-fuzz/fuzz_$h.log"; then
        status=1
        echo "   FINDING: see $findings and build-fuzz/fuzz_$h.log"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/fuzz_$h.log" | sed 's/^/   /' || true
done
exit $status
