#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a workbook with openpyxl (an independent reader) and prints what the tests check as JSON:
sheet names, each sheet's frozen pane, merged ranges, and every non-empty cell with its value and
Python type, so that the C++ test can tell numbers from text."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for sheet in book.worksheets:
    cells = []
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            cells.append({"ref": cell.coordinate, "row": cell.row, "col": cell.column, "value": cell.value,
                          "type": type(cell.value).__name__, "format": cell.number_format})
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items() if dim.width}
    out["sheets"].append({"title": sheet.title, "freeze": sheet.freeze_panes, "merged": [str(r) for r in sheet.merged_cells.ranges],
                          "widths": widths, "cells": cells,
                          "landscape": sheet.page_setup.orientation == "landscape"})
out["properties"] = {"title": book.properties.title, "created": book.properties.created.isoformat() if book.properties.created else None}
print(json.dumps(out, ensure_ascii=False))
