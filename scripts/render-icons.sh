#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon's PNGs (committed, so the build needs no SVG renderer) from the SVG.
# Run after editing resources/icons/io.github.chamberdesk.ChamberDesk.svg. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
id=io.github.chamberdesk.ChamberDesk
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "resources/icons/hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "resources/icons/$id.svg" -o "resources/icons/hicolor/${size}x${size}/$id.png"
done
