// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace chamber {

// Remembers a list's column widths and sort in the user's settings under a key, and gives the
// columns sensible first widths (in characters of the UI font) before the user has moved any.
class ColumnMemory
{
public:
    // Call after the view has its model. widthsInChars: one per column; 0 = stretch the last.
    static void attach(QTableView *view, const QString &key, const QList<int> &widthsInChars);
};

} // namespace chamber
