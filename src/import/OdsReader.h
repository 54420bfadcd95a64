// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>

namespace chamber {

// Reads the sheets of an OpenDocument spreadsheet (.ods, as LibreOffice, WPS and Kylin/UOS
// desktops save it) with minizip (ZipArchive) and QXmlStreamReader. Cells keep their type:
// office:value-type float/percentage/currency become numbers, date (office:date-value) dates,
// boolean booleans, string text — so a number typed as text stays text. Repeated rows and
// columns (table:number-rows-repeated can cover a million empty rows) are counted, not
// expanded, unless they hold something; spanned cells (number-columns/rows-spanned, the
// covered-table-cell after them) hand their value to every cell they cover; sheets whose table
// style says table:display="false" are marked hidden. Encrypted packages (encryption-data in
// META-INF/manifest.xml) are refused saying so.
class OdsReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)
public:
    static const QByteArray &mimeType();
    // Whether a ZIP package says it is an OpenDocument spreadsheet (its mimetype entry).
    static bool isOds(const QByteArray &bytes);
    // Every sheet in workbook order (hidden ones marked).
    static Result<QList<Sheet>> read(const QByteArray &bytes);
};

} // namespace chamber
