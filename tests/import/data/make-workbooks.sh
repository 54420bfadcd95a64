#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the committed test workbooks with LibreOffice, so that the readers are tested on files a
# real office application wrote, not on files made by ChamberDesk's own code. Run by hand, once,
# after installing LibreOffice locally (it is NOT a build dependency, it is far too large):
#   apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-uno
#   tests/import/data/make-workbooks.sh
# Made with LibreOffice 7.4.7 (Debian 12). The outputs are committed beside this script:
#   binyang-ledger-2025.xls / .ods  the shared sample ledger (GB18030 CSV), as Calc opens it
#   merged-ledger.xls / .ods / .xlsx  merged-ledger.fods (written by hand): a notes sheet, a hidden
#       sheet, and a ledger with a merged title, a two-row header and a township merged over two rows;
#       its null date is 1904-01-01, so the .xls and .xlsx use the 1904 date system
#   encrypted-ledger.xls / .ods  merged-ledger.fods saved with the password "secret"
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
sample="$here/../../shared/samples/binyang-ledger-2025.gb18030.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"  # a throwaway LibreOffice profile
mkdir -p "$HOME"

# The sample ledger: converted to UTF-8 first, then opened as Calc opens a CSV
# (comma, double quote, UTF-8 = 76, start at row 1) and saved in each format.
iconv -f GB18030 -t UTF-8 "$sample" > "$work/binyang-ledger-2025.csv"
for format in xls ods; do
    soffice --headless --infilter="CSV:44,34,76,1" --convert-to "$format" --outdir "$work" "$work/binyang-ledger-2025.csv"
    cp "$work/binyang-ledger-2025.$format" "$here/binyang-ledger-2025.$format"
done

# The merged two-row-header workbook, from the hand-written flat ODS.
for format in xls ods xlsx; do
    soffice --headless --convert-to "$format" --outdir "$work" "$here/merged-ledger.fods"
    cp "$work/merged-ledger.$format" "$here/merged-ledger.$format"
done

# Password-protected copies: --convert-to cannot set a password in 7.4, so through UNO.
soffice --headless --accept="pipe,name=chamberdesk-make-workbooks;urp;" --norestore &
office=$!
/usr/bin/python3 - "$here" <<'PY'
import sys, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

here = sys.argv[1]
resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
for _ in range(60):
    try:
        context = resolver.resolve("uno:pipe,name=chamberdesk-make-workbooks;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(here + "/merged-ledger.fods"), "_blank", 0, (prop("Hidden", True),))
for suffix, filter_name in (("xls", "MS Excel 97"), ("ods", "calc8")):
    doc.storeToURL(uno.systemPathToFileUrl(here + "/encrypted-ledger." + suffix), (prop("FilterName", filter_name), prop("Password", "secret")))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass  # the office quits and drops the connection
PY
wait "$office" || true
