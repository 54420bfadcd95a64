// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;

namespace chamber {

// Writes CSV the way Excel and WPS open Chinese text right: UTF-8 with a BOM, CRLF line ends,
// fields quoted when needed, and cells that a spreadsheet would run as a formula (= + - @,
// tab, carriage return at the start) neutralised with a leading apostrophe — except plain numbers.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &out);
    void writeRow(const QStringList &fields);
    bool ok() const { return m_ok; }
    static QString escape(const QString &field);

private:
    QIODevice &m_out;
    bool m_ok = true;
};

} // namespace chamber
