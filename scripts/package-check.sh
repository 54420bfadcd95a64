#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI step (scripts/test.sh calls it after the tests): packs the test build into a .deb, checks it
# (lintian, desktop-file-validate, appstreamcli), installs it with apt-get and runs the installed
# programs as a clerk would, in a temporary HOME; checks that an upgrade leaves the database
# alone; removes the package and checks nothing of it is left in /usr. Needs root (or sudo).
# Prints PASS/FAIL per check and exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT=($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -qq)

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# check "what" command…: runs the command, PASS or FAIL with its output on failure.
check() {
    local what=$1 out
    shift
    if out=$("$@" 2>&1); then pass "$what"; else fail "$what"; echo "$out" | sed 's/^/    /'; fi
}
die() { fail "$*"; echo "package check: stopped"; exit 1; }

work=$(mktemp -d)
# However it ends, the build tree is left configured for the project's own version.
restore() {
    if grep -q '^CHAMBER_VERSION_OVERRIDE:STRING=.' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null; then
        cmake -DCHAMBER_VERSION_OVERRIDE= "$BUILD_DIR" >/dev/null
    fi
    rm -rf "$work"
}
trap restore EXIT
purge() {
    if dpkg-query -W -f='${Status}' chamberdesk 2>/dev/null | grep -q "install ok installed"; then
        "${APT[@]}" remove --purge chamberdesk >/dev/null
    fi
}

# --- build the packages: an "older" one for the upgrade test, then this version --------------------
version=$(cat "$BUILD_DIR/packaging/version" 2>/dev/null || true)
[ -n "$version" ] || die "no configured build in $BUILD_DIR (run scripts/build.sh first)"
older="${version}~upgradetest"
deb_old=$(CHAMBER_VERSION_OVERRIDE="$older" BUILD_DIR="$BUILD_DIR" scripts/package.sh | tail -n 1) \
    || die "scripts/package.sh (version $older)"
cp "$deb_old" "$work/"
deb_old="$work/$(basename "$deb_old")"
deb=$(CHAMBER_VERSION_OVERRIDE="" BUILD_DIR="$BUILD_DIR" scripts/package.sh | tail -n 1) || die "scripts/package.sh"
pass "package built: $(basename "$deb")"
[ "$(basename "$deb")" = "chamberdesk_${version}_amd64.deb" ] && pass "file name carries the version $version" \
    || fail "file name $(basename "$deb") is not chamberdesk_${version}_amd64.deb"

# --- static checks -----------------------------------------------------------------------------------
check "lintian: no errors or warnings" lintian --fail-on error,warning --info "$deb"
mkdir -p "$work/contents"
dpkg-deb -x "$deb" "$work/contents"
check "desktop-file-validate" desktop-file-validate "$work/contents/usr/share/applications/io.github.chamberdesk.ChamberDesk.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net \
    "$work/contents/usr/share/metainfo/io.github.chamberdesk.ChamberDesk.metainfo.xml"
grep -q "<release version=\"$version\"" "$work/contents/usr/share/metainfo/io.github.chamberdesk.ChamberDesk.metainfo.xml" \
    && pass "AppStream release is $version" || fail "AppStream release is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6core6" <<<"$depends" && grep -q "libqt6sql6-sqlite" <<<"$depends" \
    && pass "Depends computed from the libraries: $depends" || fail "Depends lacks Qt libraries: $depends"
if [ -n "$(find "$work/contents" -name '*.sqlite*')" ]; then fail "the package ships a database"; else pass "the package ships no database"; fi

# The installed programs run in a clean HOME, from outside the source and build trees, without a display.
clerk_home="$work/home"
mkdir -p "$clerk_home"
as_clerk() {
    (cd "$clerk_home" && env -i HOME="$clerk_home" PATH=/usr/bin:/bin LANG=C.UTF-8 USER=clerk "$@")
}
db="$clerk_home/.local/share/ChamberDesk/ChamberDesk/chamberdesk.sqlite"

# --- upgrade: the older package, a database, this package over it ----------------------------------
purge
check "apt-get install the older package ($older)" "${APT[@]}" install "$deb_old"
check "older chamberctl: init --scope 450126" as_clerk /usr/bin/chamberctl init --scope 450126
check "older chamberctl: chamber add" as_clerk /usr/bin/chamberctl chamber add --township 黎塘镇 --name 宾阳县黎塘镇商会
before=$(sha256sum "$db" 2>/dev/null | cut -d' ' -f1)
ls -la --time-style=full-iso "$(dirname "$db")" >"$work/dir-before" 2>&1
check "apt-get install $version over $older" "${APT[@]}" install "$deb"
after=$(sha256sum "$db" 2>/dev/null | cut -d' ' -f1)
ls -la --time-style=full-iso "$(dirname "$db")" >"$work/dir-after" 2>&1
[ -n "$before" ] && [ "$before" = "$after" ] && pass "upgrade left the database byte for byte as it was" \
    || fail "upgrade changed the database ($before -> $after)"
diff -q "$work/dir-before" "$work/dir-after" >/dev/null && pass "upgrade left the data folder as it was" \
    || { fail "upgrade changed the data folder"; diff "$work/dir-before" "$work/dir-after"; }
[ "$(as_clerk /usr/bin/chamberctl --version 2>&1)" = "ChamberDesk $version" ] && pass "upgraded chamberctl --version is $version" \
    || fail "upgraded chamberctl --version: $(as_clerk /usr/bin/chamberctl --version 2>&1)"
if out=$(as_clerk /usr/bin/chamberctl chamber list 2>&1) && grep -q 宾阳县黎塘镇商会 <<<"$out"; then
    pass "the upgraded chamberctl opens the database and finds its chamber"
else
    fail "the upgraded chamberctl cannot read the database"; echo "$out" | sed 's/^/    /'
fi
check "check after the upgrade" as_clerk /usr/bin/chamberctl check
rm -rf "$clerk_home" && mkdir -p "$clerk_home"

# --- the installed programs on a fresh database ------------------------------------------------------
last_year=$(( $(date +%Y) - 1 ))
check "chamberctl init --scope 450126" as_clerk /usr/bin/chamberctl init --scope 450126
check "chamberctl demo --scope 450126" as_clerk /usr/bin/chamberctl demo --scope 450126
check "chamberctl stats" as_clerk /usr/bin/chamberctl stats
check "chamberctl report scoring --year $last_year --format pdf" \
    as_clerk /usr/bin/chamberctl report scoring --year "$last_year" --format pdf --out "$clerk_home/scoring.pdf"
if head -c 5 "$clerk_home/scoring.pdf" 2>/dev/null | grep -q '%PDF-'; then pass "the report is a PDF"; else fail "no PDF written"; fi
help=$(as_clerk env CHAMBERDESK_LANG=zh_CN /usr/bin/chamberctl --help 2>&1)
# (Captured first: with pipefail, grep -q closing the pipe early would fail the pipeline.)
case $help in *命令*) pass "installed chamberctl speaks Chinese (translations found)";;
    *) fail "installed chamberctl has no Chinese: $help";; esac
out=$(as_clerk /usr/bin/chamberdesk --version 2>&1); rc=$?
[ $rc -eq 0 ] && [ "$out" = "ChamberDesk $version" ] && pass "chamberdesk --version without a display: $out" \
    || fail "chamberdesk --version (exit $rc): $out"
check "man chamberctl (en, zh_CN)" sh -c 'man -l /usr/share/man/man1/chamberctl.1.gz >/dev/null && man -l /usr/share/man/zh_CN/man1/chamberctl.1.gz >/dev/null'

# --- remove: nothing of the package may be left in /usr ----------------------------------------------
dpkg -L chamberdesk | grep '^/usr' >"$work/files"
check "apt-get remove --purge chamberdesk" "${APT[@]}" remove --purge chamberdesk
left=()
while read -r path; do
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay only while another package owns it or it holds others' files.
        if [ -z "$(ls -A "$path")" ] && ! dpkg-query -S "$path" >/dev/null 2>&1; then left+=("$path"); fi
    elif [ -e "$path" ] || [ -L "$path" ]; then
        left+=("$path")
    fi
done <"$work/files"
if [ ${#left[@]} -eq 0 ]; then pass "nothing left in /usr after purge ($(wc -l <"$work/files") paths checked)"
else fail "left in /usr after purge: ${left[*]}"; fi

if [ $failures -ne 0 ]; then
    echo "package check: $failures FAILED"
    exit 1
fi
echo "package check: all PASSED"
