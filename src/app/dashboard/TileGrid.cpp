// SPDX-License-Identifier: GPL-3.0-or-later
#include "TileGrid.h"

#include "FigureTile.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace chamber {

TileGrid::TileGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
}

void TileGrid::setTiles(const QList<DashboardTile> &tiles, const QDate &yearEarlier)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (const auto &t : tiles)
        m_tiles.append(new FigureTile(t, yearEarlier, this));
    // The parts tiles (honours, grades) are the tallest: last, so that they share a row and the
    // other rows stay one line of figures high.
    std::stable_partition(m_tiles.begin(), m_tiles.end(), [](const FigureTile *t) { return t->tile().parts.isEmpty(); });
    arrange(columnsFor(width()));
}

int TileGrid::columnsFor(int width) const
{
    int widest = 0;
    for (const FigureTile *t : m_tiles) {
        t->ensurePolished();  // the style sheet's fonts, before the tile is first shown
        widest = std::max(widest, t->sizeHint().width());
    }
    if (widest <= 0 || width <= 0)
        return kMaxColumns;
    const int spacing = m_grid->horizontalSpacing();
    return std::clamp((width + spacing) / (widest + spacing), 1, kMaxColumns);
}

void TileGrid::arrange(int columns)
{
    for (auto *t : std::as_const(m_tiles))
        m_grid->removeWidget(t);
    for (int c = 0; c < kMaxColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), int(i) / columns, int(i) % columns);
    m_columns = columns;
}

void TileGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsFor(event->size().width());
    if (columns != m_columns)
        arrange(columns);
}

FigureTile *TileGrid::tile(const QString &key) const
{
    for (auto *t : m_tiles)
        if (t->tile().key == key)
            return t;
    return nullptr;
}

} // namespace chamber
