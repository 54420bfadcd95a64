// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyle>

class QApplication;
class QTableView;

namespace chamber {

// The app's one look: Fusion with a light palette, Noto Sans CJK SC when installed (so Chinese
// never falls back to a mismatched font), and a short stylesheet for the navigation and lists.
class Theme
{
public:
    static void apply(QApplication &app);
    // Row height, header and selection behaviour every list shares.
    static void setUpTable(QTableView *view);
    // The row height that keeps CJK text unclipped in the current font.
    static int rowHeight();
    // A freedesktop theme icon, or Qt's own standard icon where no theme is installed.
    static QIcon icon(const QString &themeName, QStyle::StandardPixmap fallback);
};

} // namespace chamber
