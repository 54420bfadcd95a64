#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the desktop app on its default database.
# Extra arguments go to the app (e.g. --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: start ChamberDesk from a desktop session, or try: xvfb-run -a $BUILD_DIR/src/app/chamberdesk" >&2
    exit 1
fi
exec "$BUILD_DIR/src/app/chamberdesk" "$@"
