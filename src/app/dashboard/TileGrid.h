// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardFigures.h"

#include <QWidget>

class QGridLayout;

namespace chamber {

class FigureTile;

// The dashboard's rows of figure tiles, in the order DashboardFigures gives them except that the
// parts tiles (honours, grades), the tallest, come last and share a row: as many tiles a
// row as fit the width with every tile's text in full, at most seven (at 1366×768 the thirteen
// tiles then take two rows, and the first row of charts starts on the first screen). The tiles of
// a row are equally tall.
class TileGrid : public QWidget
{
    Q_OBJECT
public:
    explicit TileGrid(QWidget *parent = nullptr);
    void setTiles(const QList<DashboardTile> &tiles, const QDate &yearEarlier);
    QList<FigureTile *> tiles() const { return m_tiles; }  // in display order
    FigureTile *tile(const QString &key) const;
    // Tiles a row now.
    int columns() const { return m_columns; }
    // The tiles a row for a width: as many as fit at their preferred width, 1 to kMaxColumns.
    int columnsFor(int width) const;

    static constexpr int kMaxColumns = 7;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);

    QGridLayout *m_grid;
    QList<FigureTile *> m_tiles;
    int m_columns = kMaxColumns;
};

} // namespace chamber
