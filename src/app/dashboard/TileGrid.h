// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardFigures.h"

#include <QWidget>

class QGridLayout;

namespace chamber {

class FigureTile;

// The dashboard's row(s) of figure tiles, in the order DashboardFigures gives them.
class TileGrid : public QWidget
{
    Q_OBJECT
public:
    explicit TileGrid(QWidget *parent = nullptr);
    void setTiles(const QList<DashboardTile> &tiles, const QDate &yearEarlier);
    QList<FigureTile *> tiles() const { return m_tiles; }
    FigureTile *tile(const QString &key) const;

    static constexpr int kColumns = 6;  // six ~180 px tiles fit the page at 1366×768

private:
    QGridLayout *m_grid;
    QList<FigureTile *> m_tiles;
};

} // namespace chamber
