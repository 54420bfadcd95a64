// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>

namespace chamber {

// Reads the sheets of an XLSX workbook (Office Open XML, as Excel, WPS and LibreOffice write it)
// with minizip (ZipArchive) and QXmlStreamReader — no spreadsheet application is needed. Shared and inline
// strings, numbers, booleans, errors and cached formula results are read; a number whose cell
// format is a date (built-in or custom, 1900 or 1904 system) becomes a date; merged cells hand
// their value to every cell they cover, so a merged header or township names each column and row.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // Every sheet in workbook order (hidden ones marked). Refused if the bytes are not a workbook.
    static Result<QList<Sheet>> read(const QByteArray &bytes);
    // Whether a number format shows a date (id: built-in number; code: the custom format text).
    static bool isDateFormat(int id, const QString &code);
};

} // namespace chamber
