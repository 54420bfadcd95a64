// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace chamber::cli {

// A plain-text table for terminals that lines up Chinese text: CJK characters take two columns.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    // Cells are shown with their control characters escaped (\x1B), so that a stored value can
    // never move the cursor, recolour or clear the terminal.
    void addRow(QStringList row);
    void print(QTextStream &out) const;
    static int displayWidth(const QString &text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace chamber::cli
