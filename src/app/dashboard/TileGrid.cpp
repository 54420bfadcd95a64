// SPDX-License-Identifier: GPL-3.0-or-later
#include "TileGrid.h"

#include "FigureTile.h"

#include <QGridLayout>

namespace chamber {

TileGrid::TileGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    for (int c = 0; c < kColumns; ++c)
        m_grid->setColumnStretch(c, 1);
}

void TileGrid::setTiles(const QList<DashboardTile> &tiles, const QDate &yearEarlier)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    int index = 0;
    for (const auto &t : tiles) {
        auto *tile = new FigureTile(t, yearEarlier, this);
        m_grid->addWidget(tile, index / kColumns, index % kColumns);
        m_tiles.append(tile);
        ++index;
    }
}

FigureTile *TileGrid::tile(const QString &key) const
{
    for (auto *t : m_tiles)
        if (t->tile().key == key)
            return t;
    return nullptr;
}

} // namespace chamber
