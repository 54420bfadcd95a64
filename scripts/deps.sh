#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages ChamberDesk needs, skipping the ones already present.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-translations-l10n
    nlohmann-json3-dev libspdlog-dev catch2
    libxlsxwriter-dev libquazip1-qt6-dev libminizip-dev zlib1g-dev libfreexl-dev
    fonts-noto-cjk fonts-wqy-microhei xvfb xauth
    poppler-utils python3-openpyxl sqlite3 libsqlite3-dev libssl-dev
    ccache lintian desktop-file-utils appstream librsvg2-bin
    clang libclang-rt-14-dev
    postgresql-15 postgresql-common libqt6sql6-psql
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
