// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>

namespace chamber {

// Reads the sheets of an old binary Excel workbook (BIFF5/BIFF8 .xls, and WPS's .et, which is the
// same inside an OLE2 compound file). FreeXL reads the cells: text in UTF-8 whatever the
// workbook's code page (BIFF5 workbooks of Chinese Excel and WPS keep GBK/CP936), numbers, and
// dates in the workbook's 1900 or 1904 system. FreeXL says nothing of merged cells or hidden
// sheets, so the workbook stream's BOUNDSHEET and MERGEDCELLS records are read here too: merged
// cells hand their value to every cell they cover (BIFF8; BIFF5 has no such record), and hidden
// sheets are marked. Password-protected (FILEPASS) and encrypted (.xlsx inside OLE2) workbooks
// are refused saying so; damaged ones as damaged.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)
public:
    // Every worksheet in workbook order (hidden ones marked).
    static Result<QList<Sheet>> read(const QByteArray &bytes);
};

} // namespace chamber
