// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMemory.h"

#include "AppSettings.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace chamber {

void ColumnMemory::attach(QTableView *view, const QString &key, const QList<int> &widthsInChars)
{
    QHeaderView *header = view->horizontalHeader();
    // One CJK character is about as wide as the font's height.
    const int charWidth = QFontMetrics(view->font()).height();
    for (int i = 0; i < widthsInChars.size(); ++i)
        if (widthsInChars.at(i) > 0)
            header->resizeSection(i, widthsInChars.at(i) * charWidth + 16);
    header->setStretchLastSection(true);
    const QByteArray saved = AppSettings::instance().columnState(key);
    if (!saved.isEmpty())
        header->restoreState(saved);
    auto save = [header, key] { AppSettings::instance().setColumnState(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace chamber
