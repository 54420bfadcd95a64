#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the screenshots in docs/images from demo data, in Chinese, at 1366×768 (offscreen).
# Run after scripts/build.sh: a county (宾阳县) for the record pages, Guangxi for the dashboard's
# region, city and county views.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
ctl="$BUILD_DIR/src/cli/chamberctl"
app="$BUILD_DIR/src/app/chamberdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CHAMBERDESK_LANG=zh_CN QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} XDG_CONFIG_HOME="$work/config"
"$ctl" --db "$work/county.sqlite" demo --scope 450126 >/dev/null
"$ctl" --db "$work/region.sqlite" demo --scope 45 >/dev/null
mkdir -p docs/images
for page in chambers party mediation points reports settings; do
    "$app" --db "$work/county.sqlite" --screenshot "docs/images/$page.png" --page "$page"
done
# 设置 → 备份与恢复, with the day's automatic copy (made when the app opened the file) and one by hand.
"$ctl" --db "$work/county.sqlite" backup now >/dev/null
"$app" --db "$work/county.sqlite" --screenshot docs/images/settings-backups.png --page settings/backups
# The import log after taking in the sample ledger.
"$ctl" --db "$work/imports.sqlite" init --scope 450126 >/dev/null
"$ctl" --db "$work/imports.sqlite" import ledger tests/shared/samples/binyang-ledger-2025.xlsx >/dev/null
"$app" --db "$work/imports.sqlite" --screenshot docs/images/imports.png --page imports
# 报送情况 of 南宁市 after two counties reported (docs/exchange.md).
"$ctl" --db "$work/binyang.sqlite" demo --scope 450126 >/dev/null
"$ctl" --db "$work/binyang.sqlite" exchange export --as-of 2025-12-31 --out "$work/450126.zip" >/dev/null
"$ctl" --db "$work/hengzhou.sqlite" demo --scope 450181 >/dev/null
"$ctl" --db "$work/hengzhou.sqlite" exchange export --as-of 2025-12-31 --out "$work/450181.zip" >/dev/null
"$ctl" --db "$work/nanning.sqlite" init --scope 4501 >/dev/null
"$ctl" --db "$work/nanning.sqlite" exchange import "$work/450126.zip" "$work/450181.zip" >/dev/null
"$app" --db "$work/nanning.sqlite" --screenshot docs/images/reporting.png --page reporting
# Dialogs no page shows: correcting history entries; the points categories tab.
"$BUILD_DIR/tests/app/DocImages" docs/images "$work/county.sqlite"
"$app" --db "$work/region.sqlite" --screenshot docs/images/dashboard-region.png --page dashboard
"$app" --db "$work/region.sqlite" --screenshot docs/images/dashboard-city.png --page dashboard --drill 4501
"$app" --db "$work/region.sqlite" --screenshot docs/images/dashboard-county.png --page dashboard --drill 450126
# The first page of last year's published scoring report, as the PDF prints it.
"$ctl" --db "$work/county.sqlite" report scoring --year "$(( $(date +%Y) - 1 ))" --format pdf --out "$work/scoring.pdf" >/dev/null
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/scoring.pdf" docs/images/scoring-report
ls -l docs/images
