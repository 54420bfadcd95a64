// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sheet.h"

#include <QByteArray>
#include <QStringList>

namespace chamber {

// Writes one sheet as an OpenDocument spreadsheet (.ods) package: the mimetype first and stored
// uncompressed (so a reader knows the file by its first bytes), content.xml, styles.xml,
// meta.xml and META-INF/manifest.xml. Cells keep their type: numbers as float, dates as
// office:date-value with a yyyy-mm-dd style, everything else as string cells. No cell carries
// a table:formula, so a value such as "=HYPERLINK(…)" stays text in any spreadsheet — the same
// guard the XLSX writer has by writing strings as strings.
class OdsWriter
{
public:
    struct Sheet
    {
        QString name;
        QList<QList<Cell>> rows;  // the first rows may be a title and headers, written in bold
        int boldRows = 0;
        QList<double> columnWidthsCm;  // optional, per column
    };
    static QByteArray write(const Sheet &sheet);
};

} // namespace chamber
